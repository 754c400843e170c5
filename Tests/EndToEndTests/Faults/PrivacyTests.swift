import Foundation
import Testing

/// Nobody else on the machine can read a reflection: every file and folder learnlog creates is
/// 0600/0700 whatever the umask, answer text stays out of errors and history, and
/// `forget --coachee` erases a coachee from the disk, not just from view.
@Suite("Faults: privacy", .serialized)
struct PrivacyTests {
  static let wideUmask = ["/bin/sh", "-c", "umask 000; exec \"$@\"", "sh"]

  @Test("Under umask 000, the log, its folders, -wal/-shm, backups, exports and briefs are private")
  func privateFilesUnderWideUmask() throws {
    let sandbox = try FaultSandbox()
    let database = sandbox.path("new folder/deeper/log.sqlite3")
    let answers = (1...21).map { Faults.answer($0, tag: "u") }
    sandbox.keepSecret(answers)
    // A reflection held open, so the write-ahead log and shared memory exist while we look.
    let process = try sandbox.start(["reflect"], database: database, prefix: Self.wideUmask)
    process.write(Faults.input(Faults.context() + Array(answers[0..<3])))
    try process.waitForOutput("Will")
    for path in [database, database + "-wal", database + "-shm"] {
      #expect(Faults.mode(path) == 0o600, "\(path): \(String(Faults.mode(path) ?? -1, radix: 8))")
    }
    for folder in [sandbox.path("new folder"), sandbox.path("new folder/deeper")] {
      #expect(Faults.mode(folder) == 0o700, "\(folder)")
    }
    process.write(Faults.input(Array(answers[3...])))
    process.closeInput()
    let finished = process.wait()
    sandbox.expectNoSecrets(in: finished)
    #expect(finished.status == 0, "\(finished.description)")

    let made: [(arguments: [String], path: String)] = [
      (["backup"], ""),
      (["backup", sandbox.path("copy.sqlite3")], sandbox.path("copy.sqlite3")),
      (["export", "-o", sandbox.path("export.json")], sandbox.path("export.json")),
      (["export", "--format", "md", "-o", sandbox.path("export.md")], sandbox.path("export.md")),
      (["prepare", "-o", sandbox.path("brief.md")], sandbox.path("brief.md")),
      (["prepare", "--format", "html", "-o", sandbox.path("brief.html")], sandbox.path("brief.html")),
    ]
    for (arguments, path) in made {
      let result = try sandbox.run(arguments, database: database, prefix: Self.wideUmask)
      #expect(result.status == 0, "\(arguments): \(result.description)")
      if !path.isEmpty { #expect(Faults.mode(path) == 0o600, "\(arguments)") }
    }
    let backups = sandbox.path("new folder/deeper/backups")
    #expect(Faults.mode(backups) == 0o700)
    let copies = try FileManager.default.contentsOfDirectory(atPath: backups)
    #expect(!copies.isEmpty)
    for copy in copies { #expect(Faults.mode(backups + "/" + copy) == 0o600, "\(copy)") }
    // doctor agrees.
    let doctor = try sandbox.run(["doctor"], database: database)
    #expect(doctor.status == 0, "\(doctor.description)")
  }

  @Test("In a terminal under umask 000: history and editor files are private; no answer in history")
  func terminalFilesUnderWideUmask() throws {
    guard FaultTerminal.isAvailable else { return }
    let sandbox = try FaultSandbox()
    let typed = "Typed reality answer zqv7khistory"
    let edited = "Edited goal answer zqv7keditor"
    sandbox.keepSecret([typed, edited])
    let editor = sandbox.path("editor.sh")
    try """
    #!/bin/sh
    stat -c %a "$1" > \(sandbox.path("editor-modes"))
    stat -c %a "$(dirname "$1")" >> \(sandbox.path("editor-modes"))
    printf '%s\\n' "$1" > \(sandbox.path("editor-path"))
    printf '%s\\n' '\(edited)' > "$1"
    """.write(toFile: editor, atomically: false, encoding: .utf8)
    chmod(editor, 0o755)
    let terminal = try FaultTerminal(
      sandbox: sandbox, arguments: ["reflect"], extra: ["EDITOR": editor, "VISUAL": nil],
      umask: "000")
    let questions = ["When was the session", "Who was your coachee", "Was this your Best"]
    for (line, question) in zip(Faults.context(), questions) {
      try terminal.waitForPrompt(after: question)
      try terminal.type(line)
      try terminal.press("Enter")
    }
    try terminal.waitForPrompt(after: "Goal")
    try terminal.type("/edit")
    try terminal.press("Enter")
    try terminal.waitForPrompt(after: "Reality")
    try terminal.type(typed)
    try terminal.press("Enter")
    try terminal.waitForPrompt(after: "Options")
    try terminal.type("/pause")
    try terminal.press("Enter")
    #expect(try terminal.waitForExit() == 0)
    terminal.expectNoSecrets()
    #expect(try Faults.storedAnswers(1, in: sandbox) == [edited, typed])

    let modes = (try? String(contentsOfFile: sandbox.path("editor-modes"), encoding: .utf8)) ?? ""
    #expect(modes == "600\n700\n")
    let editorPath = ((try? String(contentsOfFile: sandbox.path("editor-path"), encoding: .utf8)) ?? "")
      .trimmingCharacters(in: .newlines)
    #expect(!editorPath.isEmpty && !FileManager.default.fileExists(atPath: editorPath))
    // The history of command lines: private, and never an answer.
    let history = sandbox.path("state/learnlog/history")
    if FileManager.default.fileExists(atPath: history) {
      #expect(Faults.mode(history) == 0o600)
      #expect(Faults.mode(sandbox.path("state/learnlog")) == 0o700)
      let text = String(decoding: Faults.bytes(history), as: UTF8.self)
      #expect(!text.contains("zqv7k"), "\(text)")
    }
    // The database itself, created under umask 000 in a folder learnlog made.
    #expect(Faults.mode(sandbox.databasePath) == 0o600)
  }

  @Test("forget --coachee erases the coachee's reflections, sessions and index text from the raw file")
  func forgetErasesFromDisk() throws {
    let sandbox = try FaultSandbox()
    let ravi = (1...21).map { Faults.answer($0, tag: "ravi") }
    let mia = (1...21).map { Faults.answer($0, tag: "mia") }
    sandbox.keepSecret(ravi + mia)
    for (coachee, answers) in [("Ravi", ravi), ("Mia", mia), ("ravi ", Array(ravi.prefix(3)))] {
      let result = try sandbox.run(["reflect"], input: Faults.input(Faults.context(coachee: coachee) + answers))
      #expect(result.status == 0, "\(result.description)")
    }
    let note = try sandbox.run(["note", "Ravi seemed tired today zqv7knote"])
    #expect(note.status == 0, "\(note.description)")
    let searchBefore = try sandbox.run(["search", "zqv7k1ravix"])
    #expect(searchBefore.out.contains("zqv7k1ravix"), "\(searchBefore.description)")
    #expect(rawCount("zqv7k1ravix", in: sandbox) > 0)

    // Without a terminal and without --yes, it refuses and erases nothing.
    let refused = try sandbox.run(["forget", "--coachee", "Ravi"])
    #expect(refused.status == 1)
    #expect(refused.err.contains("--yes"), "\(refused.err)")
    #expect(try Faults.storedAnswers(1, in: sandbox) == ravi)

    // A reader holding the log open does not stop it.
    let reader = try sandbox.start(["reflect"])
    reader.write(Faults.input(["2026-11-29"]))
    try reader.waitForOutput("Who was your coachee")

    let forgotten = try sandbox.run(["forget", "--coachee", "RAVI", "--yes"])
    #expect(forgotten.status == 0, "\(forgotten.description)")
    #expect(forgotten.out.contains("Erased 2 reflections and 1 session"), "\(forgotten.out)")
    #expect(forgotten.out.contains("1 note still mentions"), "\(forgotten.out)")
    reader.write(Faults.input(["Noor"]))
    reader.closeInput()
    _ = reader.wait()

    let log = try sandbox.run(["log", "--json"])
    #expect(!log.out.contains("Ravi") && log.out.contains("Mia"), "\(log.out)")
    #expect(try Faults.storedAnswers(2, in: sandbox) == mia)
    let search = try sandbox.run(["search", "zqv7k1ravix"])
    #expect(!search.out.contains("zqv7k1ravix"))
    for marker in ["ravix", "zqv7k1ravix", "zqv7k21ravix"] {
      #expect(rawCount(marker, in: sandbox) == 0, "\(marker) is still in the file")
    }
    #expect(rawCount("zqv7k5miax", in: sandbox) > 0)
    // Notes only with --notes.
    #expect(rawCount("zqv7knote", in: sandbox) > 0)
    let notes = try sandbox.run(["forget", "--coachee", "Ravi", "--notes", "--yes"])
    #expect(notes.status == 0, "\(notes.description)")
    #expect(rawCount("zqv7knote", in: sandbox) == 0)
    if Faults.hasSQLiteShell {
      #expect(try Faults.sqlite(sandbox.databasePath, "PRAGMA integrity_check") == "ok")
    }
    let again = try sandbox.run(["forget", "--coachee", "Ravi", "--yes"])
    #expect(again.status == 1 && again.err.contains("no reflection or session"), "\(again.description)")
  }

  @Test("forget asks on a terminal: n keeps everything, y erases")
  func forgetConfirms() throws {
    guard FaultTerminal.isAvailable else { return }
    let sandbox = try FaultSandbox()
    let answers = (1...2).map { Faults.answer($0, tag: "confirm") }
    sandbox.keepSecret(answers)
    _ = try sandbox.run(["reflect"], input: Faults.input(Faults.context() + answers))
    for (reply, isErased) in [("n", false), ("y", true)] {
      let terminal = try FaultTerminal(sandbox: sandbox, arguments: ["forget", "--coachee", "Ravi"])
      try terminal.waitFor("Erase 1 reflection and 1 session about Ravi? This cannot be undone. [y/N]")
      try terminal.type(reply)
      try terminal.press("Enter")
      #expect(try terminal.waitForExit() == 0)
      #expect((rawCount("zqv7k1confirmx", in: sandbox) == 0) == isErased)
      terminal.close()
    }
  }

  /// How often `text` occurs in the raw bytes of the database and its write-ahead log.
  private func rawCount(_ text: String, in sandbox: FaultSandbox) -> Int {
    let needle = Array(text.utf8)
    var total = 0
    for path in [sandbox.databasePath, sandbox.databasePath + "-wal"] {
      let bytes = Faults.bytes(path)
      guard bytes.count >= needle.count else { continue }
      var index = 0
      while index <= bytes.count - needle.count {
        if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle {
          total += 1
          index += needle.count
        } else {
          index += 1
        }
      }
    }
    return total
  }
}
