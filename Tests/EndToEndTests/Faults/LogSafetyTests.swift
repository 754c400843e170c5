import Foundation
import Testing

/// What learnlog must never do to files: replace one with a backup, make up folders, write to a
/// damaged log, or create a log a command does not need.
@Suite("Faults: log safety", .serialized)
struct LogSafetyTests {
  // MARK: - backup FILE

  @Test("backup FILE never replaces an existing file, makes no folder, and names a folder as one")
  func backupTargets() throws {
    let sandbox = try FaultSandbox()
    #expect(try sandbox.run(["note", "a note to back up"]).status == 0)
    let important = sandbox.path("important.txt")
    try "important\n".write(toFile: important, atomically: true, encoding: .utf8)
    let taken = try sandbox.run(["backup", important])
    #expect(taken.status == 1, "\(taken.description)")
    #expect(taken.err.split(separator: "\n").count == 1, "\(taken.err)")
    #expect(taken.err.contains(important) && taken.err.contains("already exists"), "\(taken.err)")
    #expect(taken.err.contains("choose another name or remove it first"), "\(taken.err)")
    #expect(try String(contentsOfFile: important, encoding: .utf8) == "important\n")

    let missing = sandbox.path("no such folder/dir")
    let intoMissing = try sandbox.run(["backup", missing + "/x.db"])
    #expect(intoMissing.status == 1, "\(intoMissing.description)")
    #expect(intoMissing.err.contains("the folder \(missing) does not exist"), "\(intoMissing.err)")
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("no such folder")))

    let folder = sandbox.path("files")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let intoFolder = try sandbox.run(["backup", folder])
    #expect(intoFolder.status == 1, "\(intoFolder.description)")
    #expect(intoFolder.err.contains("\(folder) is a folder; give the backup a file name"), "\(intoFolder.err)")
    #expect(!intoFolder.err.contains("--db"), "\(intoFolder.err)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)

    // A new name in an existing folder still works, once.
    let copy = folder + "/copy.sqlite3"
    let made = try sandbox.run(["backup", copy])
    #expect(made.status == 0, "\(made.description)")
    #expect(Faults.mode(copy) == 0o600)
    let again = try sandbox.run(["backup", copy])
    #expect(again.status == 1 && again.err.contains("already exists"), "\(again.description)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["copy.sqlite3"])
  }

  // MARK: - doctor's suggested commands

  @Test("a.db and a.sqlite3 in one folder: doctor offers each only its own backup")
  func logsDifferingOnlyInExtension() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("pair")
    #expect(try sandbox.run(["note", "x"], database: folder + "/a.sqlite3").status == 0)
    #expect(try sandbox.run(["note", "z"], database: folder + "/a.db").status == 0)
    let backup = try sandbox.run(["backup"], database: folder + "/a.db")
    #expect(backup.status == 0 && backup.out.contains("/backups/a.db-"), "\(backup.description)")
    let other = try sandbox.run(["doctor"], database: folder + "/a.sqlite3")
    #expect(other.out.contains("Backups: none yet"), "\(other.out)")
    let own = try sandbox.run(["doctor"], database: folder + "/a.db")
    #expect(own.out.contains("Backups: 1, newest ") && own.out.contains("/backups/a.db-"), "\(own.out)")
  }

  @Test("doctor's chmod and restore commands quote hostile paths; pasted, they run nothing else")
  func doctorQuotesPaths() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("it's $(touch pwn) `touch pwn2`")
    let database = folder + "/a.db"
    #expect(try sandbox.run(["note", "a note"], database: database).status == 0)
    #expect(try sandbox.run(["backup"], database: database).status == 0)
    #expect(chmod(database, 0o644) == 0)
    var bytes = Faults.bytes(database)
    for index in 4096..<min(bytes.count, 4096 * 3) { bytes[index] = 0xA5 }
    try Data(bytes).write(to: URL(fileURLWithPath: database))
    let doctor = try sandbox.run(["doctor"], database: database)
    #expect(doctor.status == 1, "\(doctor.description)")
    // Doctor does not send the coach to doctor.
    #expect(!doctor.out.contains("`learnlog doctor`"), "\(doctor.out)")
    #expect(doctor.out.contains("is damaged"), "\(doctor.out)")
    let lines = doctor.out.split(separator: "\n").map(String.init)
    let chmodLine = try #require(lines.first { $0.contains("chmod go-rwx") }, "\(doctor.out)")
    let restoreLine = try #require(lines.first { $0.contains("To restore it") }, "\(doctor.out)")
    let chmodStart = try #require(chmodLine.range(of: "chmod go-rwx")).lowerBound
    let restoreStart = try #require(restoreLine.range(of: "mv ")).lowerBound
    let chmodCommand = String(chmodLine[chmodStart...])
    let restoreCommand = String(restoreLine[restoreStart...])
    for command in [chmodCommand, restoreCommand] {
      let shell = try FaultProcess.run(
        "/bin/sh", ["-c", "cd \(FaultSandbox.quoted(sandbox.root)) && \(command)"], environment: [:])
      #expect(shell.status == 0, "\(command)\n\(shell.description)")
    }
    for name in ["pwn", "pwn2", folder + "/pwn"] {
      #expect(!FileManager.default.fileExists(atPath: name.hasPrefix("/") ? name : sandbox.path(name)), "\(name)")
    }
    // The commands did what they say: the log is private and whole again.
    let after = try sandbox.run(["doctor"], database: database)
    #expect(after.status == 0 && after.out.contains("No problems found."), "\(after.description)")
  }

  // MARK: - A damaged log is never written to

  @Test("Every command that writes refuses a log with a damaged page, in one line, before writing")
  func damagedLogRefusesEveryWrite() throws {
    let sandbox = try FaultSandbox()
    let database = sandbox.databasePath
    let answers = (1...21).map { Faults.answer($0, tag: "page") }
    sandbox.keepSecret(answers)
    #expect(try sandbox.run(["reflect"], input: Faults.input(Faults.context() + answers)).status == 0)
    #expect(try sandbox.run(["sessions", "add", "--coachee", "Zoe", "--minutes", "30"]).status == 0)
    #expect(try sandbox.run(["note", "a note before the damage"]).status == 0)
    // The tester's damage: 4000 bytes of a page in the middle overwritten; the header is fine.
    var bytes = Faults.bytes(database)
    try #require(bytes.count > 20480 + 4000)
    for index in 20480..<(20480 + 4000) { bytes[index] = 0xA5 }
    try Data(bytes).write(to: URL(fileURLWithPath: database))
    let journal = sandbox.path("journal.txt")
    try "[2026-11-01 09:00] A jrnl note\nIts body.\n".write(toFile: journal, atomically: true, encoding: .utf8)
    let reflection = sandbox.path("reflection.md")
    try "Question 1. Something I learned.\n".write(toFile: reflection, atomically: true, encoding: .utf8)
    for arguments in [
      ["note", "x"], ["sessions", "add", "--coachee", "Q", "--minutes", "5"],
      ["sessions", "edit", "1", "--minutes", "7"], ["sessions", "remove", "1", "--yes"],
      ["reflect"], ["reflect", "--session", "1"], ["forget", "--coachee", "Ravi", "--yes"],
      ["import", "--format", "jrnl", journal], ["import", "--kind", "best", "--coachee", "Q", reflection],
    ] {
      let result = try sandbox.run(arguments, input: Faults.input(Faults.context() + ["a goal"]))
      #expect(result.status == 1, "\(arguments): \(result.description)")
      let lines = result.err.split(separator: "\n")
      #expect(lines.count == 1 && result.err.contains("is damaged"), "\(arguments): \(result.err)")
      #expect(!result.out.contains("When was the session"), "\(arguments): asked a question")
      #expect(Faults.bytes(database) == bytes, "\(arguments): the file was written to")
      #expect(!FileManager.default.fileExists(atPath: database + "-wal")
        || Faults.bytes(database + "-wal").isEmpty, "\(arguments): the write-ahead log holds a write")
    }
  }

  // MARK: - Logs that are not there, or not files

  @Test("Commands that change or remove what is in the log create no log when there is none")
  func changingAMissingLogCreatesNothing() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("nx3")
    let database = folder + "/none.db"
    for (arguments, missing) in [
      (["sessions", "remove", "1", "--yes"], "there is no session 1"),
      (["sessions", "edit", "1", "--minutes", "7"], "there is no session 1"),
      (["forget", "--coachee", "Ravi", "--yes"], "no reflection or session has the coachee 'Ravi'"),
      (["reflect", "--resume"], "there is no unfinished reflection to resume"),
      (["reflect", "--session", "2"], "there is no session 2"),
    ] {
      let result = try sandbox.run(arguments, database: database)
      #expect(result.status == 1, "\(arguments): \(result.description)")
      #expect(result.err.split(separator: "\n").count == 1, "\(arguments): \(result.err)")
      #expect(result.err.contains(missing), "\(arguments): \(result.err)")
      #expect(result.err.contains("there is no log at \(database) yet"), "\(arguments): \(result.err)")
      #expect(!FileManager.default.fileExists(atPath: folder), "\(arguments) created the log")
    }
  }

  @Test("A device or a folder given as the log: one line saying it is not a regular file")
  func notARegularFile() throws {
    let sandbox = try FaultSandbox()
    let folder = sandbox.path("a folder")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for (database, kind) in [("/dev/null", "a device"), (folder, "a folder")] {
      for arguments in [["log"], ["note", "x"], ["sessions", "add", "--coachee", "Q", "--minutes", "5"]] {
        let result = try sandbox.run(arguments, database: database)
        #expect(result.status == 1, "\(database) \(arguments): \(result.description)")
        #expect(result.err.split(separator: "\n").count == 1, "\(database) \(arguments): \(result.err)")
        #expect(
          result.err.contains("\(database) is \(kind), not a regular file") && result.err.contains("--db"),
          "\(database) \(arguments): \(result.err)")
        #expect(!result.err.contains("SQLite error"), "\(database) \(arguments): \(result.err)")
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    let doctor = try sandbox.run(["doctor"], database: "/dev/null")
    #expect(doctor.status == 1 && doctor.out.contains("is a device, not a regular file"), "\(doctor.description)")
    #expect(!doctor.out.contains("chmod"), "\(doctor.out)")
  }
}
