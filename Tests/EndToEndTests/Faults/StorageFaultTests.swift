import Foundation
import Testing

/// The log's file under stress: several writers at once, a full disk, read-only files and
/// folders, odd paths, and damaged databases.
@Suite("Faults: storage", .serialized)
struct StorageFaultTests {
  // MARK: - Concurrency

  @Test("Two reflections and an import at once: no 'database is locked', nothing lost")
  func concurrentWriters() throws {
    let sandbox = try FaultSandbox()
    // Create and migrate the log first, as a coach's existing log would be.
    #expect(try sandbox.run(["log"]).status == 0)
    let journal = sandbox.path("journal.txt")
    let noteCount = 3_000
    var text = ""
    for index in 0..<noteCount {
      text += "[2026-0\(index % 9 + 1)-1\(index % 9) 09:\(String(format: "%02d", index % 60))] Note \(index)\n"
      text += "Body of note \(index): what I noticed in the one-to-one.\n\n"
    }
    try text.write(toFile: journal, atomically: true, encoding: .utf8)
    let rounds = 2
    for round in 0..<rounds {
      let answersA = (1...21).map { Faults.answer($0, tag: "a\(round)") }
      let answersB = (1...21).map { Faults.answer($0, tag: "b\(round)") }
      sandbox.keepSecret(answersA + answersB)
      let first = try sandbox.start(["reflect"])
      let second = try sandbox.start(["reflect"])
      let importer = round == 0 ? try sandbox.start(["import", "--format", "jrnl", journal]) : nil
      importer?.closeInput()
      // Answer line by line, interleaved, so both write while the import holds its transaction.
      first.write(Faults.input(Faults.context(coachee: "Ana")))
      second.write(Faults.input(Faults.context(coachee: "Ben")))
      for index in 0..<21 {
        first.write(Faults.input([answersA[index]]))
        second.write(Faults.input([answersB[index]]))
        usleep(2_000)
      }
      first.closeInput()
      second.closeInput()
      for process in [first, second] + (importer.map { [$0] } ?? []) {
        let result = process.wait(timeout: 300)
        sandbox.expectNoSecrets(in: result)
        #expect(result.status == 0 && !result.wasSignalled, "\(result.description)")
        #expect(!(result.out + result.err).lowercased().contains("locked"), "\(result.description)")
        #expect(!result.err.contains("Could not save"), "\(result.err)")
      }
    }
    let log = try sandbox.run(["log", "--json"])
    let entries = try JSONSerialization.jsonObject(with: Data(log.stdout)) as? [[String: Any]] ?? []
    #expect(entries.count == 2 * rounds)
    for entry in entries {
      let id = entry["id"] as? Int ?? 0
      let answers = try Faults.storedAnswers(id, in: sandbox)
      #expect(answers.count == 21, "entry \(id) has \(answers.count) answers")
      #expect(try Faults.show(id, in: sandbox)["status"] as? String == "complete")
    }
    if Faults.hasSQLiteShell {
      #expect(try Faults.sqlite(sandbox.databasePath, "SELECT count(*) FROM notes") == "\(noteCount)")
      #expect(try Faults.sqlite(sandbox.databasePath, "SELECT count(*) FROM answers") == "\(2 * rounds * 21)")
      #expect(try Faults.sqlite(sandbox.databasePath, "PRAGMA integrity_check") == "ok")
    }
  }

  // MARK: - Disk full

  /// A reflection on a 16 MB disk, answered up to Options, after which the disk is filled:
  /// `count` long answers (about 25 KB each, so that saving them needs new pages: SQLite may
  /// reuse space it already holds in the write-ahead log for short ones), the first two of them
  /// given while there was room. Nil where a small disk cannot be mounted.
  private func reflectionFillingTheDisk(tag: String, count: Int, prefix: [String] = []) throws
    -> (disk: SmallDisk, database: String, answers: [String], process: FaultProcess)?
  {
    guard let disk = try SmallDisk(sandbox: FaultSandbox(), megabytes: 16) else { return nil }
    let database = disk.folder + "/log.sqlite3"
    let answers = (1...count).map {
      Faults.answer($0, tag: tag) + String(repeating: " more words \($0)", count: 2_000)
    }
    disk.sandbox.keepSecret(answers)
    let process = try disk.sandbox.start(["reflect"], database: database, prefix: prefix)
    process.write(Faults.input(Faults.context() + Array(answers[0..<2])))
    try process.waitForOutput("Options")
    try disk.fill()
    return (disk, database, answers, process)
  }

  @Test("Disk already full when learnlog starts: the log is still read; writing says the disk is full")
  func diskFullBeforeStarting() throws {
    guard let disk = try SmallDisk(sandbox: FaultSandbox(), megabytes: 2) else { return }
    let sandbox = disk.sandbox
    let database = disk.folder + "/log.sqlite3"
    let answer = Faults.answer(1, tag: "fullstart")
    sandbox.keepSecret([answer])
    let reflected = try sandbox.run(
      ["reflect"], input: Faults.input(Faults.context() + [answer, "/pause"]), database: database)
    #expect(reflected.status == 0, "\(reflected.description)")
    try disk.fill()
    defer { try? disk.free() }
    // The reading commands: SQLite cannot grow the -shm file a WAL reader maps, so the log is
    // read as it is on disk.
    let log = try sandbox.run(["log"], database: database)
    #expect(log.status == 0 && log.out.contains("Ravi"), "\(log.description)")
    let search = try sandbox.run(["search", "zqv7k1fullstartx"], database: database)
    #expect(search.status == 0 && search.out.contains("entry 1"), "\(search.description)")
    let export = try sandbox.run(["export"], database: database)
    #expect(export.status == 0 && export.out.contains("fullstart"), "\(export.description)")
    // doctor still checks the file, and names the full disk as the problem.
    let doctor = try sandbox.run(["doctor"], database: database)
    #expect(doctor.status == 1, "\(doctor.description)")
    #expect(doctor.out.contains("Integrity check: ok"), "\(doctor.out)")
    #expect(doctor.out.contains("✗ The disk holding the log is full"), "\(doctor.out)")
    // Writing: one line that names the cause, never a raw SQLite code.
    for arguments in [["note", "zqv9"], ["reflect", "--resume"], ["backup"]] {
      let refused = try sandbox.run(arguments, database: database)
      #expect(refused.status == 1, "\(arguments): \(refused.description)")
      #expect(refused.err.split(separator: "\n").count == 1, "\(arguments): \(refused.err)")
      #expect(refused.err.contains("is full; free some space"), "\(arguments): \(refused.err)")
      #expect(!refused.err.contains("SQLite"), "\(arguments): \(refused.err)")
    }
    try disk.free()
    let noted = try sandbox.run(["note", "zqv9", "after"], database: database)
    #expect(noted.status == 0, "\(noted.description)")
  }

  @Test("Disk full while answering: one clear line, answers kept in memory and saved when space returns")
  func diskFullThenSpaceReturns() throws {
    guard let (disk, database, answers, process) = try reflectionFillingTheDisk(tag: "full", count: 21)
    else { return }
    let sandbox = disk.sandbox
    // Answers typed while the disk is full: each time one warning line, and the talk goes on.
    process.write(Faults.input(Array(answers[2..<6])))
    try process.waitForOutput("2/16")
    try process.waitForError("Could not save to the log")
    try disk.free()
    process.write(Faults.input(Array(answers[6...])))
    process.closeInput()
    let result = process.wait()
    sandbox.expectNoSecrets(in: result)
    #expect(result.status == 0, "\(result.description)")
    // One warning while the disk was full (not one per answer), and word once it is saved.
    let warnings = result.err.split(separator: "\n")
    #expect(warnings.count == 1, "\(result.err)")
    for line in warnings {
      #expect(line.contains("Could not save to the log") && line.contains("full"), "\(line)")
    }
    #expect(result.out.contains("Saved: everything you typed while the log could not be written"))
    #expect(try Faults.storedAnswers(1, in: sandbox, database: database) == answers)
    if Faults.hasSQLiteShell {
      #expect(try Faults.sqlite(database, "PRAGMA integrity_check") == "ok")
    }
  }

  @Test("Disk still full at the end: the reflection goes to a private recovery file")
  func diskFullUntilTheEnd() throws {
    guard
      let (disk, database, answers, process) = try reflectionFillingTheDisk(
        tag: "rescue", count: 21, prefix: PrivacyTests.wideUmask)
    else { return }
    let sandbox = disk.sandbox
    process.write(Faults.input(Array(answers[2...])))
    process.closeInput()
    let result = process.wait()
    sandbox.expectNoSecrets(in: result)
    // Not saved in the log: the status says so, for scripts.
    #expect(result.status == 1, "\(result.description)")
    // The recovery file is in the home folder (the log's disk is the full one), mode 0600.
    let home = sandbox.path("home")
    let files = try FileManager.default.contentsOfDirectory(atPath: home)
      .filter { $0.hasPrefix("learnlog-recovery-") }
    try #require(files.count == 1, "\(result.err)")
    let recovery = home + "/" + files[0]
    #expect(result.err.contains(recovery), "\(result.err)")
    #expect(Faults.mode(recovery) == 0o600)
    let text = String(decoding: Faults.bytes(recovery), as: UTF8.self)
    for answer in answers { #expect(text.contains(answer)) }
    // Nothing claimed it was saved.
    #expect(!result.out.contains("Saved as entry") && !result.out.contains("Saved in"), "\(result.out)")
    // Space returns: the recovery file completes the draft the log kept, under its id, and the
    // log was never damaged.
    try disk.free()
    let imported = try sandbox.run(["import", "--format", "json", recovery], database: database)
    #expect(imported.status == 0, "\(imported.description)")
    #expect(imported.out.contains("restored unfinished entry 1 from it"), "\(imported.out)")
    #expect(try Faults.storedAnswers(1, in: sandbox, database: database) == answers)
    #expect(try Faults.show(1, in: sandbox, database: database)["status"] as? String == "complete")
    let again = try sandbox.run(["import", "--format", "json", recovery], database: database)
    #expect(again.out.contains("skipped 1 item already in the log"), "\(again.out)")
    if Faults.hasSQLiteShell {
      #expect(try Faults.sqlite(database, "PRAGMA integrity_check") == "ok")
    }
  }

  @Test("Pausing while the disk is full: no claim that the answers are saved, a recovery file")
  func diskFullAtAPause() throws {
    guard let (disk, _, answers, process) = try reflectionFillingTheDisk(tag: "pause", count: 4)
    else { return }
    let sandbox = disk.sandbox
    // Two more answers, then the end of input pauses the reflection.
    process.write(Faults.input(Array(answers[2...])))
    process.closeInput()
    let result = process.wait()
    sandbox.expectNoSecrets(in: result)
    #expect(result.status == 1, "\(result.description)")
    #expect(!result.out.contains("Your answers are saved"), "\(result.out)")
    #expect(result.err.contains("learnlog-recovery-"), "\(result.err)")
  }

  // MARK: - Paths and permissions

  @Test("A log on a path with spaces and CJK, in folders that do not exist yet (made 0700)")
  func oddPath() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("my logs/日記 フォルダ/새 폴더")
    let database = folder + "/learn log 日記.sqlite3"
    let answers = (1...21).map { Faults.answer($0, tag: "path") }
    sandbox.keepSecret(answers)
    let result = try sandbox.run(["reflect"], input: Faults.input(Faults.context() + answers), database: database)
    #expect(result.status == 0, "\(result.description)")
    #expect(try Faults.storedAnswers(1, in: sandbox, database: database) == answers)
    for path in [sandbox.path("my logs"), sandbox.path("my logs/日記 フォルダ"), folder] {
      #expect(Faults.mode(path) == 0o700, "\(path)")
    }
    #expect(Faults.mode(database) == 0o600)
    let backup = try sandbox.run(["backup"], database: database)
    #expect(backup.status == 0, "\(backup.description)")
    let doctor = try sandbox.run(["doctor"], database: database)
    #expect(doctor.status == 0 && doctor.out.contains("No problems found."), "\(doctor.description)")
  }

  @Test("A read-only log file or folder: a clear error before any question, nothing changed")
  func readOnly() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("ro")
    let database = folder + "/log.sqlite3"
    _ = try sandbox.run(["reflect"], input: Faults.input(Faults.context() + [Faults.answer(1)]), database: database)
    let original = Faults.bytes(database)
    try #require(!original.isEmpty)
    guard let nobody = Unprivileged(sandbox: sandbox) else { return }
    let journal = sandbox.path("journal.txt")
    try "[2026-01-05 09:00] A note\nzqv9 body\n".write(toFile: journal, atomically: true, encoding: .utf8)
    // Owned by nobody, so modes apply even though the tests run as root.
    nobody.own(sandbox.root)
    for (what, setUp, undo) in [
      ("file", "chmod 0400 '\(database)'", "chmod 0600 '\(database)'"),
      ("folder", "chmod 0500 '\(folder)'", "chmod 0700 '\(folder)'"),
    ] {
      _ = system(setUp)
      let result = try sandbox.run(
        ["reflect"], input: Faults.input(Faults.context()), database: database,
        prefix: nobody.prefix)
      _ = system(undo)
      #expect(result.status == 1, "\(what): \(result.description)")
      let lines = result.err.split(separator: "\n")
      #expect(lines.count == 1, "\(what): \(result.err)")
      #expect(result.err.contains("read-only") || result.err.contains("Cannot"), "\(what): \(result.err)")
      #expect(!result.out.contains("When was the session"), "\(what): asked a question first")
      #expect(Faults.bytes(database) == original, "\(what): the file changed")
    }
    // The read commands open it read-only instead: the log is there to be looked at.
    for (what, setUp, undo) in [
      ("file", "chmod 0400 '\(database)'", "chmod 0600 '\(database)'"),
      ("folder", "chmod 0500 '\(folder)'", "chmod 0700 '\(folder)'"),
    ] {
      _ = system(setUp)
      let log = try sandbox.run(["log"], database: database, prefix: nobody.prefix)
      let search = try sandbox.run(["search", "--json", "the"], database: database, prefix: nobody.prefix)
      let doctor = try sandbox.run(["doctor"], database: database, prefix: nobody.prefix)
      // A dry run stores nothing, so it needs no write access: it runs on a copy in memory.
      let dryRun = try sandbox.run(
        ["import", "--format", "jrnl", "--dry-run", journal], database: database, prefix: nobody.prefix)
      _ = system(undo)
      #expect(dryRun.status == 0, "\(what): \(dryRun.description)")
      #expect(dryRun.out.hasPrefix("Would import 1 jrnl entry"), "\(what): \(dryRun.out)")
      // doctor checks it read-only and notes that, rather than refusing.
      #expect(doctor.status == 0, "\(what): \(doctor.description)")
      #expect(doctor.out.contains("Integrity check: ok"), "\(what): \(doctor.out)")
      // (In the read-only folder the -wal and -shm files are still there, so SQLite can write.)
      #expect(what != "file" || doctor.out.contains("read-only"), "\(what): \(doctor.out)")
      #expect(log.status == 0 && log.err.isEmpty, "\(what): \(log.description)")
      #expect(log.out.contains("Best"), "\(what): \(log.out)")
      #expect(search.status == 0 && search.err.isEmpty, "\(what): \(search.description)")
      #expect(Faults.bytes(database) == original, "\(what): the file changed")
    }
  }

  @Test("Two logs in one folder: each has its own backups, and doctor offers only its own")
  func twoLogsInOneFolder() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("shared")
    let first = folder + "/s.db"
    let second = folder + "/a.db"
    for database in [first, second] {
      let result = try sandbox.run(
        ["reflect"], input: Faults.input(Faults.context() + [Faults.answer(1)]), database: database)
      #expect(result.status == 0, "\(result.description)")
    }
    // Several backups within a second: none replaces another.
    for database in [first, second, second, second] {
      let backup = try sandbox.run(["backup"], database: database)
      #expect(backup.status == 0, "\(backup.description)")
    }
    let names = (try FileManager.default.contentsOfDirectory(atPath: folder + "/backups")).sorted()
    #expect(names.filter { $0.hasPrefix("s.db-") }.count == 1, "\(names)")
    #expect(names.filter { $0.hasPrefix("a.db-") }.count == 3, "\(names)")
    let doctor = try sandbox.run(["doctor"], database: first)
    #expect(doctor.status == 0, "\(doctor.description)")
    #expect(doctor.out.contains("Backups: 1, newest \(folder)/backups/s.db-"), "\(doctor.out)")
    #expect(!doctor.out.contains("/backups/a.db-"), "\(doctor.out)")
    let other = try sandbox.run(["doctor"], database: second)
    #expect(other.out.contains("Backups: 3, newest \(folder)/backups/a.db-"), "\(other.out)")
    #expect(!other.out.contains("/backups/s.db-"), "\(other.out)")
  }

  @Test("The read commands on a log that does not exist yet: empty views, nothing created")
  func readingAMissingLog() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("not yet")
    let database = folder + "/log.sqlite3"
    for arguments in [
      ["log"], ["log", "--json"], ["search", "goal"], ["prepare"], ["review"], ["export"],
      ["sessions", "list"], ["sessions", "export", "--format", "icf-csv"], ["programme"],
      ["show", "1"],
    ] {
      let result = try sandbox.run(arguments, database: database)
      #expect(!result.wasSignalled, "\(arguments): \(result.description)")
      let errors = result.err.split(separator: "\n")
      #expect(errors.first?.contains("no log at \(database) yet") == true, "\(arguments): \(result.err)")
      #expect(errors.count <= 2, "\(arguments): \(result.err)")
      #expect(!FileManager.default.fileExists(atPath: folder), "\(arguments) created the log")
    }
    let log = try sandbox.run(["log", "--json"], database: database)
    #expect(log.status == 0, "\(log.description)")
    let entries = try JSONSerialization.jsonObject(with: Data(log.out.utf8)) as? [Any]
    #expect(entries?.isEmpty == true, "\(log.out)")
  }

  @Test("A missing folder that cannot be created: one clear line, exit 1")
  func folderCannotBeCreated() throws {
    let sandbox = try FaultSandbox()
    let blocker = sandbox.path("file-in-the-way")
    try "not a folder".write(toFile: blocker, atomically: true, encoding: .utf8)
    let result = try sandbox.run(["reflect"], database: blocker + "/sub/log.sqlite3")
    #expect(result.status == 1, "\(result.description)")
    #expect(result.err.split(separator: "\n").count == 1 && result.err.contains("cannot create the folder"), "\(result.err)")
  }

  // MARK: - Damaged databases

  @Test("A damaged log (truncated, random bytes, a text file): one clear line, untouched, doctor explains", arguments: ["truncated", "random", "text", "zeroed-page"])
  func damaged(kind: String) throws {
    let sandbox = try FaultSandbox()
    let database = sandbox.databasePath
    let answers = (1...21).map { Faults.answer($0, tag: "dmg") }
    sandbox.keepSecret(answers)
    _ = try sandbox.run(["reflect"], input: Faults.input(Faults.context() + answers))
    #expect(try sandbox.run(["backup"]).status == 0)
    var bytes = Faults.bytes(database)
    var generator = SeededGenerator(seed: 42)
    switch kind {
    case "truncated": bytes = Array(bytes.prefix(bytes.count / 3 + 100))
    case "random": bytes = (0..<bytes.count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    case "text": bytes = Array("These are my notes, not a database.\n".utf8)
    default:
      // A page in the middle overwritten: the header is fine, the b-trees are not.
      for index in 4096..<min(bytes.count, 4096 * 3) { bytes[index] = 0xA5 }
    }
    try Data(bytes).write(to: URL(fileURLWithPath: database))
    for arguments in [["reflect"], ["log"], ["show", "1"], ["backup"], ["export"]] {
      let result = try sandbox.run(arguments, input: Faults.input(Faults.context()))
      #expect(!result.wasSignalled, "\(kind) \(arguments): crashed")
      #expect(result.status != 0, "\(kind) \(arguments): \(result.description)")
      let lines = result.err.split(separator: "\n")
      #expect(lines.count == 1, "\(kind) \(arguments): \(result.err)")
      #expect(!result.out.contains("When was the session"), "\(kind) \(arguments): asked a question")
      #expect(Faults.bytes(database) == bytes, "\(kind) \(arguments): the file was changed")
    }
    let doctor = try sandbox.run(["doctor"])
    #expect(doctor.status == 1, "\(doctor.description)")
    #expect(doctor.out.contains("To restore it"), "\(doctor.out)")
    #expect(doctor.out.contains("cp '"), "\(doctor.out)")
    #expect(Faults.bytes(database) == bytes, "doctor changed the file")
  }
}

/// A tiny tmpfs mounted inside the sandbox, to fill up on demand. Nil (test skipped) when mounting
/// is not allowed here.
final class SmallDisk {
  let sandbox: FaultSandbox
  let folder: String
  private let filler: String

  init?(sandbox: FaultSandbox, megabytes: Int) throws {
    self.sandbox = sandbox
    folder = sandbox.path("disk")
    filler = folder + "/filler"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard Faults.isRoot,
      system("mount -t tmpfs -o size=\(megabytes)m,mode=0700 tmpfs '\(folder)' >/dev/null 2>&1") == 0
    else { return nil }
    sandbox.addCleanup("umount -l '\(folder)'")
  }

  /// Fills every free byte.
  func fill() throws {
    _ = system("dd if=/dev/zero of='\(filler)' bs=64k >/dev/null 2>&1; dd if=/dev/zero of='\(filler)2' bs=1 >/dev/null 2>&1")
  }

  func free() throws {
    unlink(filler)
    unlink(filler + "2")
  }
}

/// Runs learnlog as `nobody`, for tests of file modes (root ignores them).
struct Unprivileged {
  let prefix: [String]

  init?(sandbox: FaultSandbox) {
    guard Faults.isRoot, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      system("setpriv --reuid=nobody --regid=nogroup --clear-groups true >/dev/null 2>&1") == 0
    else { return nil }
    prefix = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    // nobody must be able to reach the sandbox.
    _ = system("chmod 0755 '\(sandbox.root)'")
  }

  func own(_ path: String) {
    _ = system("chown -R nobody:nogroup '\(path)'")
  }
}
