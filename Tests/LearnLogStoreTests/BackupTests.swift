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

  @Test func twoLogsInOneFolderKeepSeparateBackups() throws {
    let folder = try TemporaryFolder()
    let first = folder.file("s.db")
    let second = folder.file("a.sqlite3")
    let date = Date(timeIntervalSince1970: 1_796_202_000)
    let written = try [first, second].map { path in
      try Backups(databasePath: path).write(from: LogStore(path: path).database, at: date)
    }
    #expect(written[0].split(separator: "/").last?.hasPrefix("s.db-2026") == true)
    #expect(written[1].split(separator: "/").last?.hasPrefix("a-2026") == true)
    #expect(Backups(databasePath: first).list() == [written[0]])
    #expect(Backups(databasePath: second).list() == [written[1]])
    // The doctor offers each log only its own backup.
    #expect(Diagnosis.examine(path: first).backups == [written[0]])
    #expect(Diagnosis.examine(path: second).backups == [written[1]])
    // A stem that starts like another's is still another log.
    #expect(Backups(databasePath: folder.file("s-a.db")).list().isEmpty)
  }

  @Test func logsWhoseNamesDifferOnlyInTheirExtensionDoNotShare() throws {
    let folder = try TemporaryFolder()
    let paths = [folder.file("a.db"), folder.file("a.sqlite3"), folder.file("a")]
    let date = Date(timeIntervalSince1970: 1_796_202_000)
    let written = try paths.map { path in
      try Backups(databasePath: path).write(from: LogStore(path: path).database, at: date)
    }
    #expect(written.map { String($0.split(separator: "/").last!.prefix(8)) } == ["a.db-202", "a-202612", "a-202612"])
    #expect(Backups(databasePath: paths[0]).list() == [written[0]])
    #expect(Diagnosis.examine(path: paths[0]).backups == [written[0]])
    // `a.sqlite3` and `a` name their backups alike, as before: only the `.db` log keeps apart.
    #expect(Diagnosis.examine(path: paths[1]).backups.contains(written[1]))
    #expect(!Diagnosis.examine(path: paths[1]).backups.contains(written[0]))
  }

  @Test func backupsNamedTheOldWayAreListedOnlyWhenTheyCanBeNoOtherLogs() throws {
    let folder = try TemporaryFolder()
    let log = folder.file("notes.db")
    let store = try LogStore(path: log)
    // What an earlier learnlog wrote for notes.db: named by the stem.
    let old = folder.file("backups/notes-20261130-101500-before-v5.sqlite3")
    try store.database.backup(to: old)
    let new = try Backups(databasePath: log).write(from: store.database, at: Date(timeIntervalSince1970: 1_796_202_000))
    #expect(new.contains("/backups/notes.db-2026"))
    #expect(Backups(databasePath: log).list() == [new, old])
    // With a notes.sqlite3 beside it, the old name could be either log's: notes.db leaves it out.
    _ = try LogStore(path: folder.file("notes.sqlite3"))
    #expect(Backups(databasePath: log).list() == [new])
    #expect(Backups(databasePath: folder.file("notes.sqlite3")).list() == [old])
  }

  @Test func backupsInTheSameSecondNeverOverwriteEachOther() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    let store = try LogStore(path: path)
    let backups = Backups(databasePath: path)
    let date = Date(timeIntervalSince1970: 1_796_202_000)
    var made: [String] = []
    for coachee in ["Ravi", "Mei", "Ana"] {
      try store.saveImported(Fixtures.importedEntry(coachee: coachee))
      made.append(try backups.write(from: store.database, at: date))
    }
    #expect(Set(made).count == 3)
    #expect(made[1].hasSuffix("-2.sqlite3") && made[2].hasSuffix("-3.sqlite3"))
    // Newest first: -3, -2, then the first one.
    #expect(backups.list() == made.reversed())
    #expect(try LogStore(path: made[0]).summaries().count == 1)
    #expect(try LogStore(path: made[2]).summaries().count == 3)
    // Refusing to replace leaves the existing file as it was.
    let before = try contents(of: made[0])
    #expect(throws: StoreError.self) { try store.database.backup(to: made[0], replacing: false) }
    #expect(try contents(of: made[0]) == before)
  }

  @Test func pruningKeepsThreeAutomaticBackupsPerLog() throws {
    let folder = try TemporaryFolder()
    let start = Date(timeIntervalSince1970: 1_796_202_000)
    let paths = [folder.file("s.db"), folder.file("a.db")]
    for path in paths {
      let store = try LogStore(path: path)
      for minute in 0..<5 {
        try Backups(databasePath: path).write(
          from: store.database, at: start.addingTimeInterval(Double(minute) * 60), label: "before-v9")
      }
    }
    Backups(databasePath: paths[0]).pruneAutomatic()
    #expect(Backups(databasePath: paths[0]).list().count == Backups.automaticKept)
    #expect(Backups(databasePath: paths[1]).list().count == 5)
    Backups(databasePath: paths[1]).pruneAutomatic()
    #expect(Backups(databasePath: paths[1]).list().count == Backups.automaticKept)
    #expect(Backups(databasePath: paths[0]).list().count == Backups.automaticKept)
  }

  @Test func theDefaultLogStillFindsBackupsNamedTheOldWay() throws {
    let folder = try TemporaryFolder()
    let log = folder.file("learnlog.sqlite3")
    let store = try LogStore(path: log)
    let old = folder.file("backups/learnlog-20261130-101500-before-v5.sqlite3")
    try store.database.backup(to: old)
    let manual = folder.file("backups/learnlog-20261201-090000.sqlite3")
    try store.database.backup(to: manual)
    #expect(Backups(databasePath: log).list() == [manual, old])
    #expect(Backups(databasePath: folder.file("other.sqlite3")).list().isEmpty)
    #expect(Backups.parse("learnlog-20261130-101500-2-before-v5.sqlite3", prefix: "learnlog")?.counter == 2)
    #expect(Backups.parse("learnlog-20261130-101500.sqlite3.123.partial", prefix: "learnlog") == nil)
    #expect(Backups.stem(of: "s.db") == "s" && Backups.stem(of: ".hidden") == ".hidden")
    #expect(Backups.prefix(ofLogNamed: "s.db") == "s.db" && Backups.prefix(ofLogNamed: "s.sqlite3") == "s")
    #expect(Backups.prefix(ofLogNamed: "a.b.db") == "a.b.db" && Backups.prefix(ofLogNamed: ".sqlite3") == ".sqlite3")
    #expect(Backups(databasePath: folder.file("a.db")).list().isEmpty)
    #expect(Backups.parse("a.db2-20261130-101500.sqlite3", prefix: "a.db") == nil)
  }

  @Test func theDoctorChecksALogItCannotWrite() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    try LogStore(path: path).createEntry(Fixtures.importedEntry())
    // Anyone may write the folder (so the -shm file can be made there), nobody may write the file.
    _ = chmod(folder.path, 0o777)
    _ = chmod(path, 0o444)
    defer { _ = chmod(path, 0o600) }
    let before = try contents(of: path)
    let diagnosis = try asUnprivilegedUser { Diagnosis.examine(path: path) }
    #expect(diagnosis.openError == nil)
    #expect(diagnosis.isReadOnly)
    #expect(diagnosis.integrity == ["ok"])
    #expect(diagnosis.counts.first { $0.name == "entries" }?.count == 1)
    #expect(try contents(of: path) == before)
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
