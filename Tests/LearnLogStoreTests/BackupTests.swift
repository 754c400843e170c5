import LearnLog
import Testing

@testable import LearnLogStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Backups and the doctor")
struct BackupTests {
  @Test func aBackupIsAPrivateWholeCopy() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.saveImported(Fixtures.importedEntry())
    let target = folder.file("copies/backup.sqlite3")
    let previous = umask(0)
    defer { umask(previous) }
    try store.database.backup(to: target)
    var info = stat()
    #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(stat(folder.file("copies"), &info) == 0 && info.st_mode & 0o777 == 0o700)
    let copy = try LogStore(path: target)
    #expect(try copy.entry(id: id) == store.entry(id: id))
    #expect(!FileManager.default.fileExists(atPath: target + ".partial"))
  }

  @Test func aBackupWorksWhileAnotherConnectionWrites() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    let writer = try LogStore(path: path)
    let reader = try LogStore(path: path)
    try writer.saveImported(Fixtures.importedEntry())
    try reader.database.backup(to: folder.file("b1.sqlite3"))
    try writer.saveImported(Fixtures.importedEntry(coachee: "Ravi"))
    try reader.database.backup(to: folder.file("b1.sqlite3"))
    #expect(try LogStore(path: folder.file("b1.sqlite3")).summaries().count == 2)
  }

  @Test func backupNamesSortByTimeAndAutomaticOnesArePruned() throws {
    let folder = try TemporaryFolder()
    let backups = Backups(databasePath: folder.file("log.sqlite3"))
    let start = Date(timeIntervalSince1970: 1_796_202_000)
    let store = try LogStore(path: folder.file("log.sqlite3"))
    var made: [String] = []
    for minute in 0..<5 {
      let path = backups.newPath(at: start.addingTimeInterval(Double(minute) * 60), label: "before-v9")
      try store.database.backup(to: path)
      made.append(path)
    }
    let manual = backups.newPath(at: start)
    try store.database.backup(to: manual)
    backups.pruneAutomatic(keep: 3)
    #expect(Set(backups.list()) == Set(made.suffix(3) + [manual]))
    #expect(backups.list().first == made.last)
  }

  @Test func migratingAnOlderFileBacksItUpFirst() throws {
    guard Schema.supportedVersion > 1 else { return }
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    do {
      let old = try Database(path: path)
      try old.executeScript(Schema.version1)
      try old.execute("PRAGMA user_version = 1")
      try old.execute(
        "INSERT INTO entries (kind, status, coachee, session_date, source, created_at, updated_at) VALUES ('best', 'complete', 'Ravi', '2026-11-28', 'import', 0, 0)"
      )
    }
    _ = try LogStore(path: path)
    let backups = Backups(databasePath: path).list()
    #expect(backups.count == 1)
    #expect(backups.first?.contains("-before-v") == true)
    let saved = try Database(path: backups[0])
    #expect(try saved.pragmaInteger("user_version") == 1)
    #expect(try saved.queryFirst("SELECT coachee FROM entries") { $0.text(0) } == "Ravi")
  }

  @Test func theDoctorReportsASoundLog() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("data/log.sqlite3")
    let store = try LogStore(path: path)
    try store.saveImported(Fixtures.importedEntry())
    let diagnosis = Diagnosis.examine(path: path)
    #expect(diagnosis.isHealthy)
    #expect(diagnosis.integrity == ["ok"])
    #expect(diagnosis.schemaVersion == Schema.supportedVersion)
    #expect(diagnosis.counts.first { $0.name == "entries" }?.count == 1)
  }

  @Test func theDoctorNamesADamagedFileAndChangesNothing() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    do {
      let store = try LogStore(path: path)
      try store.saveImported(Fixtures.importedEntry())
    }
    // Keep the header, wreck the rest.
    let bytes = try contents(of: path)
    let damaged = Array(bytes.prefix(100)) + [UInt8](repeating: 0xA5, count: bytes.count - 100)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(damaged)))
    unlink(path + "-wal")
    unlink(path + "-shm")
    let diagnosis = Diagnosis.examine(path: path)
    #expect(!diagnosis.isHealthy)
    #expect(diagnosis.openError != nil || diagnosis.integrity != ["ok"])
    #expect(try contents(of: path) == damaged)
  }

  @Test func theDoctorFlagsAFileOthersCanRead() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    _ = try LogStore(path: path)
    chmod(path, 0o644)
    let diagnosis = Diagnosis.examine(path: path)
    #expect(diagnosis.modes.contains { $0.path == path && !$0.isPrivate })
    #expect(!diagnosis.isHealthy)
  }
}
