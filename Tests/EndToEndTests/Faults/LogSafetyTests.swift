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
    let restoreStart = try #require(restoreLine.range(of: "cp ")).lowerBound
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
}
