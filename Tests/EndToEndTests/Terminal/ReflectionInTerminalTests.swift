import Foundation
import Testing

/// A reflection with the real binary in a real terminal: the line editor, colours, paste, the
/// editor, resizing, and what the command history keeps.
@Suite("A reflection in a terminal", .enabled(if: TerminalHarness.isAvailable))
struct ReflectionInTerminalTests {
  /// Starts `learnlog reflect` in tmux and answers the date, coachee and kind, stopping at the
  /// Goal question.
  private func startAtGoal(
    _ sandbox: TerminalHarness.Sandbox, coachee: String = "Ravi",
    environment: [String: String] = [:], width: Int = 80, height: Int = 24
  ) throws -> TerminalHarness.Session {
    let session = try TerminalHarness.Session(
      sandbox.commandLine(["reflect"], environment: environment), width: width, height: height)
    try session.answer("When was the session?", with: "today")
    try session.answer("Who was your coachee?", with: coachee)
    try session.answer("Was this your Best session", with: "best")
    try session.waitFor("Goal —")
    try session.waitForPrompt()
    return session
  }

  /// Pauses the reflection (at an answer or a follow-up prompt) and waits for learnlog to end.
  private func pause(_ session: TerminalHarness.Session) throws {
    try session.waitForEditing()
    // Ctrl-U first: after /back the previous answer waits on the line to be revised.
    try session.send("C-u")
    try session.enter("/pause")
    #expect(try session.waitForExit() == 0)
  }

  /// The stored entry, through `learnlog show 1 --json` (a new sandbox's first entry is 1).
  private func storedEntry(_ sandbox: TerminalHarness.Sandbox) throws -> [String: Any] {
    let result = try sandbox.runPiped(["show", "1", "--json"])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(result.output))
    return try #require(object as? [String: Any])
  }

  private func storedGoal(_ sandbox: TerminalHarness.Sandbox) throws -> String? {
    let grow = try storedEntry(sandbox)["grow"] as? [String: Any]
    return grow?["goal"] as? String
  }

  @Test("a coloured prompt, a 100-character answer and Ctrl-A")
  func colouredPromptLongAnswerAndCtrlA() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let session = try startAtGoal(sandbox)
    #expect(try TerminalHarness.hasColour(session.screenWithEscapes()))

    let answer = (0..<10).map { "word\($0)xxxx" }.joined(separator: " ").padding(
      toLength: 100, withPad: "z", startingAt: 0)
    #expect(answer.count == 100)
    try session.type(answer)
    let screen = try session.waitFor("the answer to wrap") {
      $0.contains(String(answer.suffix(22)))
    }
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The prompt is "› " (two columns): 78 characters fit on its row, 22 wrap onto the next.
    let promptRow = try #require(lines.lastIndex { $0.hasPrefix("› word0") })
    #expect(lines[promptRow] == "› " + answer.prefix(78))
    #expect(lines[promptRow + 1] == String(answer.suffix(22)))

    try session.send("C-a")
    try waitForCursor(session, x: 2, y: promptRow)
    try session.send("C-e")
    try waitForCursor(session, x: 22, y: promptRow + 1)
    try session.send("Enter")
    try session.waitFor("the next prompt") { $0.contains("Reality —") || $0.contains("/why") }
    try pause(session)
    #expect(try storedGoal(sandbox) == answer)
  }

  private func waitForCursor(
    _ session: TerminalHarness.Session, x: Int, y: Int,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let deadline = Date().addingTimeInterval(10)
    var cursor = try session.cursor()
    while (cursor.x, cursor.y) != (x, y), Date() < deadline {
      usleep(50_000)
      cursor = try session.cursor()
    }
    #expect(
      cursor.x == x && cursor.y == y, "cursor at \(cursor), expected (\(x), \(y))",
      sourceLocation: sourceLocation)
  }

  @Test("Tab on /b completes /back")
  func tabCompletesCommands() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let session = try startAtGoal(sandbox)
    try session.type("/b")
    try session.send("Tab")
    try session.waitFor("› /back")
    try session.send("Enter")
    // /back returns to the previous question.
    try session.waitFor("the kind question again") {
      $0.components(separatedBy: "Was this your Best session").count == 3
    }
    try pause(session)
  }

  @Test("CJK and emoji edited with Backspace are stored byte for byte")
  func cjkAndEmojiWithBackspace() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let session = try startAtGoal(sandbox, coachee: "山田")
    try session.type("本日は 学习日志😀")
    try session.waitFor("本日は 学习日志😀")
    // Two Backspaces remove the emoji and the last ideograph, whole.
    try session.send("BSpace", "BSpace")
    try session.type("記 🎉 とても良い")
    try session.waitFor("学习日記 🎉 とても良い")
    try session.send("Enter")
    try session.waitFor("the next prompt") { $0.contains("Reality —") || $0.contains("/why") }
    try pause(session)
    let goal = try #require(try storedGoal(sandbox))
    #expect(Array(goal.utf8) == Array("本日は 学习日記 🎉 とても良い".utf8))
    #expect(try storedEntry(sandbox)["coachee"] as? String == "山田")
  }

  @Test("a pasted block with a /done line is one answer and does not end the reflection")
  func pasteIsOneAnswer() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let session = try startAtGoal(sandbox)
    try session.paste("We agreed on the first goal for the quarter\n/done\nand a third line")
    try session.waitFor("the paste") { $0.contains("and a third line") }
    try session.send("Enter")
    try session.waitFor("the next prompt") { $0.contains("Reality —") || $0.contains("/why") }
    #expect(try !session.screen().contains("Saved in"))
    try pause(session)
    #expect(
      try storedGoal(sandbox)
        == "We agreed on the first goal for the quarter\n/done\nand a third line")
    #expect(try storedEntry(sandbox)["status"] as? String == "draft")
  }

  @Test("a resize while typing keeps the text")
  func resizeKeepsTheText() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let session = try startAtGoal(sandbox)
    try session.type("half of an answer typed before the resize")
    try session.waitFor("before the resize")
    try session.resize(width: 50, height: 20)
    try session.waitFor("the narrower window") { _ in
      (try? session.cursor().x).map { $0 < 50 } ?? false
    }
    try session.type(" and after it")
    try session.waitFor("ter it")
    try session.resize(width: 100, height: 30)
    try session.send("Enter")
    try session.waitFor("the next prompt") { $0.contains("Reality —") || $0.contains("/why") }
    try pause(session)
    #expect(try storedGoal(sandbox) == "half of an answer typed before the resize and after it")
  }

  @Test("after a resume, Up recalls the follow-up replies as well as the answers")
  func resumedHistoryHoldsReplies() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    // "ok" is too short, so a follow-up asks for more; its reply is the last thing typed.
    let input = sandbox.folder + "/answers.txt"
    try "today\nHal\nother\nHe wanted to fix the Friday release plan.\nok\nThe client is unhappy with the timeline overall.\n/pause\n"
      .write(toFile: input, atomically: true, encoding: .utf8)
    #expect(system(sandbox.commandLine(["reflect"]) + " <" + TerminalHarness.shellQuoted(input) + " >/dev/null 2>&1") == 0)
    let session = try TerminalHarness.Session(sandbox.commandLine(["reflect", "--resume"]))
    try session.waitFor("Welcome back")
    try session.waitForPrompt()
    try session.send("Up")
    try session.waitFor("The client is unhappy with the timeline overall.")
    try session.send("Up")
    try session.waitFor("› ok")
  }

  @Test("the history keeps /commands and command lines, never answers", arguments: [false, true])
  func historyNeverHoldsAnswers(underWideUmask: Bool) throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let marker = "SECRET\(UInt32.random(in: 0...UInt32.max))"
    let command = sandbox.commandLine(["reflect"])
    let session = try TerminalHarness.Session(
      underWideUmask ? "umask 000; " + command : command, height: 80)
    func promptCount(_ screen: String) -> Int {
      screen.split(separator: "\n").filter {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix("›")
      }
      .count
    }
    try session.answer("When was the session?", with: "today")
    try session.answer("Who was your coachee?", with: "\(marker)coachee")
    try session.answer("Was this your Best session", with: "best")
    try session.answer("Goal —", with: "/skip")
    try session.answer(
      "Reality —", with: "A long answer about \(marker) that is only for the log, never for history"
    )
    try session.waitFor("the next prompt") { promptCount($0) == 6 }
    // A pasted "/back" is an answer, not a command.
    try session.waitForPrompt()
    try session.paste("/back")
    try session.send("Enter")
    try session.waitFor("the next prompt") { promptCount($0) == 7 }
    try session.waitForPrompt()
    try session.enter("/help")
    try session.waitFor("Commands (type them in place of an answer)")
    try pause(session)

    let history = try String(contentsOfFile: sandbox.historyPath, encoding: .utf8)
    #expect(!history.contains(marker))
    let lines = history.split(separator: "\n").map(String.init)
    // The pasted "/back" was an answer, not a command, so it is not there.
    #expect(lines == ["learnlog reflect --db <path>", "/skip", "/help", "/pause"])
    #expect(mode(sandbox.historyPath) == 0o600)
    #expect(mode(sandbox.folder + "/state/learnlog") == 0o700)
  }

  private func mode(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return -1 }
    return Int(info.st_mode & 0o777)
  }
}
