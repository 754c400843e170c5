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
  private func start(underShell: Bool = false, options: String = "") throws -> TmuxSession {
    let demo = ReadlineDemo.path ?? ""
    // No locale in the environment: the reader must fall back to UTF-8 by itself.
    let command =
      "env -u LANG -u LC_ALL -u LC_CTYPE TERM=xterm-256color \(demo) \(logPath) \(options)"
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
