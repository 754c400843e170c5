import Foundation
import Testing

/// End-to-end checks of `ReadlineLineReader` in a real terminal (tmux).
///
/// They drive `learnlog-readline-demo` (Sources/ReadlineDemo), found through
/// `LEARNLOG_READLINE_DEMO` (Scripts/test sets it) or in `.build/debug`. The program takes a log path as its only argument, reads with
/// `LineReaderFactory.makeReader(commands: ["/back", "/skip", "/pause", "/done", "/help", "/why",
/// "/dismiss", "/edit"], console:)` and prompt `"Question › "` in a loop, calls
/// `rememberAnswer` on every line and paste, appends `"\(input)"` (one `LineInput` per line) to the
/// log, and stops after `.endOfInput` or `.hangup`.
/// Where the demo program is.
enum ReadlineDemo {
  static var path: String? {
    if let path = ProcessInfo.processInfo.environment["LEARNLOG_READLINE_DEMO"] { return path }
    let built = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/learnlog-readline-demo").path
    return FileManager.default.isExecutableFile(atPath: built) ? built : nil
  }

}

@Suite(
  "Readline in tmux",
  .enabled(if: ReadlineDemo.path != nil),
  .enabled(if: TmuxSession.isAvailable),
  .serialized)
struct ReadlineLineReaderTmuxTests {
  private let logPath = NSTemporaryDirectory() + "learnlog-readline-\(UUID().uuidString).log"

  /// Starts the demo directly, or typed into an interactive bash (for job control).
  /// `options` go after the log path (`--interrupt-cancels`).
  /// `inputrc`, when given, is readline's INPUTRC.
  private func start(
    underShell: Bool = false, options: String = "", inputrc: String? = nil
  ) throws -> TmuxSession {
    let demo = ReadlineDemo.path ?? ""
    // No locale in the environment: the reader must fall back to UTF-8 by itself.
    let command =
      "env -u LANG -u LC_ALL -u LC_CTYPE TERM=xterm-256color"
      + (inputrc.map { " INPUTRC=\($0)" } ?? "") + " \(demo) \(logPath) \(options)"
    let session: TmuxSession
    if underShell {
      session = try TmuxSession(command: "bash --norc --noprofile -i")
      try waitFor { try !session.screen().isEmpty }
      try session.send(command, "Enter")
    } else {
      session = try TmuxSession(command: command)
    }
    try waitFor { try session.screen().hasSuffix("Question ›") }
    return session
  }

  private func loggedInputs() -> [String] {
    let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  /// Polls instead of sleeping a fixed time: fast when the machine is, patient when it is busy.
  private func waitFor(
    timeout: Double = 5, _ condition: () throws -> Bool,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try condition() { return }
      usleep(50_000)
    }
    Issue.record("timed out", sourceLocation: sourceLocation)
  }

  private func waitForInput(_ expected: String, count: Int) throws {
    try waitFor { loggedInputs().count >= count }
    #expect(loggedInputs().last == expected)
  }

  @Test("editing, Ctrl-C, paste, completion, recall and Ctrl-D")
  func conversation() throws {
    let session = try start()
    var count = 0
    func expectInput(_ expected: String) throws {
      count += 1
      try waitForInput(expected, count: count)
    }

    try session.send("你好世界")
    try session.send("BSpace", "BSpace", "Enter")
    try expectInput(#"line("你好")"#)

    try session.send("half typed")
    try session.send("C-c")
    try waitFor { try session.screen().contains("half typed^C\nQuestion ›") }
    try session.send("after", "Enter")
    try expectInput(#"line("after")"#)

    try session.paste("first line\n/done\nthird")
    try session.send("Enter")
    try expectInput(#"paste("first line\n/done\nthird")"#)

    try session.paste("/done")
    try session.send("Enter")
    try expectInput(#"paste("/done")"#)

    try session.send("/b", "Tab", "Enter")
    try expectInput(#"line("/back ")"#)

    // Recalled text counts as typed: the coach chose it, so it is a line like any other.
    try session.send("Up", "Up", "Enter")
    try expectInput(#"line("/done")"#)

    try session.send("C-r", "aft", "Enter")
    try expectInput(#"line("after")"#)

    try session.sendBytes([0x61, 0xFF, 0x62, 0x0D])
    try expectInput("line(\"a\u{FFFD}b\")")

    try session.send("C-d")
    try expectInput("endOfInput")
  }

  @Test("a reader made to cancel on Ctrl-C returns interrupted and drops the line")
  func interruptCancels() throws {
    let session = try start(options: "--interrupt-cancels")
    try session.send("half typed")
    try waitFor { try session.screen().hasSuffix("Question › half typed") }
    try session.send("C-c")
    try waitForInput("interrupted", count: 1)
    #expect(loggedInputs() == ["interrupted"])
  }

  @Test("Backspace deletes what the screen shows as one character: emoji sequences, flags, accents")
  func backspaceDeletesWholeCharacters() throws {
    let session = try start()
    var count = 0
    for typed in ["ok👩‍👩‍👧", "ok🇫🇷", "ok👍🏽", "oke\u{301}"] {
      try session.send(typed)
      try waitFor { try session.screen().contains("Question › ok") }
      try session.send("BSpace", "Enter")
      count += 1
      try waitForInput(#"line("ok")"#, count: count)
    }
    // Ctrl-H is Backspace too.
    try session.send("ok👩‍👩‍👧", "C-h", "Enter")
    try waitForInput(#"line("ok")"#, count: count + 1)
  }

  /// What the demo logs for a typed line.
  private func line(_ text: String) -> String {
    "line(\(text.debugDescription))"
  }

  /// Types `text`, waits until the screen shows it, then sends `keys` and Enter, and expects
  /// `saved` to be the line read (the `count`th read).
  private func edit(
    _ session: TmuxSession, typing text: String, then keys: [String], saves saved: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    // Every earlier line is in the log already: this one makes one more.
    let count = loggedInputs().count + 1
    try session.send(text)
    // Some of the text is on the prompt line (how tmux draws an emoji sequence varies).
    try waitFor(
      {
        let last = try session.screen().split(separator: "\n").last ?? ""
        return last.hasPrefix("Question › ") && last.count > "Question › ".count
      }, sourceLocation: sourceLocation)
    for key in keys {
      if key.hasPrefix("hex:") {
        try session.sendBytes(
          key.dropFirst(4).split(separator: " ").map { UInt8($0, radix: 16) ?? 0 })
      } else {
        try session.send(key)
      }
    }
    try session.send("Enter")
    try waitFor({ loggedInputs().count >= count }, sourceLocation: sourceLocation)
    #expect(loggedInputs().last == line(saved), sourceLocation: sourceLocation)
  }

  // The arrow keys as bytes, in both forms terminals send them.
  private static let leftCSI = "hex:1b 5b 44"
  private static let rightCSI = "hex:1b 5b 43"
  private static let leftSS3 = "hex:1b 4f 44"
  private static let rightSS3 = "hex:1b 4f 43"
  private static let deleteKey = "hex:1b 5b 33 7e"
  // Home and End as readline binds them itself: tmux's own `Home` and `End` send `ESC [ 1 ~`
  // and `ESC [ 4 ~`, which only an inputrc (such as Debian's /etc/inputrc) binds.
  private static let home = "hex:1b 5b 48"
  private static let end = "hex:1b 5b 46"

  @Test("Left and Right (CSI and SS3 forms, Ctrl-B, Ctrl-F) step over whole characters")
  func arrowsMoveByCharacter() throws {
    let session = try start()
    func check(_ text: String, _ keys: [String], _ saved: String) throws {
      try edit(session, typing: text, then: keys, saves: saved)
    }
    let family = "👩‍👩‍👧"
    // The tester's cases.
    try check("fam \(family) end", Array(repeating: "Left", count: 5) + ["X"], "fam X\(family) end")
    try check("👍🏽", ["Left", "Y"], "Y👍🏽")
    try check("a🇫🇷b", [Self.home, "Right", "Right", "X"], "a🇫🇷Xb")
    // Each form of Left and Right.
    for left in ["Left", Self.leftCSI, Self.leftSS3, "C-b"] {
      try check("x\(family)👍🏽y", [left, left, "L"], "x\(family)L👍🏽y")
    }
    for right in ["Right", Self.rightCSI, Self.rightSS3, "C-f"] {
      try check("x🇫🇷👍🏽y", ["C-a", right, right, "R"], "x🇫🇷R👍🏽y")
    }
    // Accents, CJK, and both ends of the line (readline's own movement there: nothing moves).
    try check("e\u{301}你", ["Left", "Left", "Q"], "Qe\u{301}你")
    try check("ab", ["Right", "Right", "Z"], "abZ")
    try check("ab", ["C-a", "Left", "Z"], "Zab")
  }

  @Test("Delete and Ctrl-D delete the whole character under the cursor; Ctrl-D ends an empty line")
  func deleteByCharacter() throws {
    let session = try start()
    func check(_ text: String, _ keys: [String], _ saved: String) throws {
      try edit(session, typing: text, then: keys, saves: saved)
    }
    let family = "👩‍👩‍👧"
    // The tester's cases.
    try check("a🇫🇷b", [Self.home, "Right", "DC"], "ab")
    try check("e\(family)f", [Self.end, "Left", "Left", "DC"], "ef")
    try check("e\(family)f", [Self.end, "Left", "DC"], "e\(family)")
    for delete in ["DC", Self.deleteKey, "C-d"] {
      try check("x👍🏽\(family)y", ["C-a", "Right", delete], "x\(family)y")
      try check("x🇫🇷e\u{301}", ["C-a", "Right", "Right", delete], "x🇫🇷")
    }
    // At the end of the line Delete and Ctrl-D delete nothing, and Ctrl-D does not end input.
    try check("ok👍🏽", ["DC", "C-d"], "ok👍🏽")
    // Ctrl-D deleting the last character leaves an empty line, not the end of input.
    try check("👍🏽", ["C-a", "C-d"], "")
    let lines = loggedInputs().count
    try session.send("C-d")
    try waitFor { loggedInputs().count > lines }
    #expect(loggedInputs().last == "endOfInput")
  }

  @Test("Word movement, Ctrl-W, Ctrl-U, Home and End still work around emoji")
  func otherEditingKeys() throws {
    let session = try start()
    func check(_ text: String, _ keys: [String], _ saved: String) throws {
      try edit(session, typing: text, then: keys, saves: saved)
    }
    let family = "👩‍👩‍👧"
    try check("one two three", ["M-b", "M-b", "X"], "one Xtwo three")
    try check("one two three", ["C-a", "M-f", "X"], "oneX two three")
    try check("one \(family) two", ["C-w"], "one \(family) ")
    try check("one 🇫🇷 two", ["Left", "Left", "Left", "Left", "C-u"], " two")
    try check("🇫🇷 mid 👍🏽", [Self.home, "H", Self.end, "E"], "H🇫🇷 mid 👍🏽E")
    // Backspace after moving left goes by character too.
    try check("a\(family)b", ["Left", "BSpace"], "ab")
  }

  @Test("In vi insert mode the arrows and Delete go by character too")
  func viInsertMode() throws {
    let inputrc = NSTemporaryDirectory() + "learnlog-inputrc-\(UUID().uuidString)"
    try "set editing-mode vi\n".write(toFile: inputrc, atomically: true, encoding: .utf8)
    defer { unlink(inputrc) }
    let session = try start(inputrc: inputrc)
    try edit(session, typing: "a👍🏽b", then: ["Left", "Left", "X"], saves: "aX👍🏽b")
    try edit(
      session, typing: "a🇫🇷b", then: [Self.leftSS3, Self.leftSS3, Self.deleteKey],
      saves: "ab")
    try edit(
      session, typing: "a🇫🇷b", then: [Self.home, "Right", "Right", "Y"], saves: "a🇫🇷Yb")
  }

  @Test("Ctrl-A moves to the start of the answer, never into the prompt")
  func startOfLine() throws {
    let session = try start()
    try session.send("text", "C-a", "X", "Enter")
    try waitForInput(#"line("Xtext")"#, count: 1)
  }

  @Test("Ctrl-Z and fg keep the line and the editing mode")
  func suspend() throws {
    let session = try start(underShell: true)
    try session.send("abc")
    try waitFor { try session.screen().hasSuffix("Question › abc") }
    try session.send("C-z")
    try waitFor { try session.screen().contains("Stopped") }
    try session.send("fg", "Enter")
    try waitFor { try session.screen().hasSuffix("Question › abc") }
    try session.send("d", "Enter")
    try waitForInput(#"line("abcd")"#, count: 1)
  }

  @Test("closing the terminal returns the text typed so far")
  func hangup() throws {
    let session = try start()
    try session.send("partial 你好")
    try waitFor { try session.screen().contains("partial 你好") }
    try session.kill()
    try waitFor { loggedInputs().count >= 1 }
    #expect(loggedInputs().last == #"hangup(partial: "partial 你好")"#)
  }
}
