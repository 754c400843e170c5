import Foundation
import LearnLogTestSupport
import Testing

/// A reflection in a real terminal under tmux: GNU readline's editing, signals and bracketed
/// paste. Skipped when tmux is not installed (Scripts/test installs it).
///
/// Follow-up rules are turned off through the coach's rule file, so every keystroke goes to the
/// step the test expects. Each key is sent only once the prompt it is meant for is on screen:
/// readline's signal handlers are in place only while it reads, and type-ahead would be echoed
/// by the terminal before readline takes over.
@Suite("Reflect in a terminal (tmux)", .enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed"))
struct TerminalReflectionTests {
  private func start(_ sandbox: Sandbox, _ arguments: [String] = ["reflect"], name: String)
    throws -> TmuxSession
  {
    try TmuxSession(
      sandbox: sandbox, arguments: arguments, environment: sandbox.environment(), name: name)
  }

  /// Answers the date, coachee and kind, ending at the Goal prompt.
  private func answerContext(_ tmux: TmuxSession) throws {
    try tmux.waitForPrompt(after: "When was the session?")
    try tmux.type("2026-11-28")
    try tmux.press("Enter")
    try tmux.waitForPrompt(after: "Who was your coachee?")
    try tmux.type("Ravi")
    try tmux.press("Enter")
    try tmux.waitForPrompt(after: "Was this your Best session")
    try tmux.type("best")
    try tmux.press("Enter")
    try tmux.waitForPrompt(after: "Goal — what did Ravi want")
  }

  /// Waits until the last line of the screen is `line` (trailing blanks ignored).
  private func waitForLastLine(_ tmux: TmuxSession, _ line: String) throws {
    try tmux.waitUntil("the line “\(line)”") { screen in
      screen.split(separator: "\n").last.map(String.init) == line
    }
  }

  private func expectCleanExit(
    _ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let status = try tmux.waitForExit()
    let screen = try tmux.screen()
    #expect(status == 0, "exit status \(status); the screen shows:\n\(screen)",
      sourceLocation: sourceLocation)
  }

  @Test func cjkEmojiCtrlCCtrlDAndResume() throws {
    let sandbox = try Sandbox()
    try sandbox.disableBuiltInFollowUps()
    let tmux = try start(sandbox, name: "edit")
    defer { tmux.close() }
    try answerContext(tmux)

    // Goal: CJK, then Backspace twice deletes two whole characters (the program runs with no
    // locale in its environment: its UTF-8 fallback is what makes this work).
    try tmux.type("我们讨论了目标")
    try waitForLastLine(tmux, "› 我们讨论了目标")
    try tmux.press("BSpace", "BSpace")
    try waitForLastLine(tmux, "› 我们讨论了")
    try tmux.press("Enter")

    // Reality: emoji, one Backspace deletes one emoji.
    try tmux.waitForPrompt(after: "Reality — where do things stand?")
    try tmux.type("Sales down 30% 😊👍")
    try waitForLastLine(tmux, "› Sales down 30% 😊👍")
    try tmux.press("BSpace")
    try waitForLastLine(tmux, "› Sales down 30% 😊")
    try tmux.press("Enter")

    // Options: Ctrl-C mid-answer clears the line; the same question is still open.
    try tmux.waitForPrompt(after: "Options — which options")
    try tmux.type("half typed then abandoned")
    try waitForLastLine(tmux, "› half typed then abandoned")
    try tmux.press("C-c")
    try tmux.waitForPrompt(after: "half typed then abandoned^C")
    try tmux.type("Meet the buyer; offer a trial")
    try tmux.press("Enter")

    // Will: Up recalls earlier answers (newest first); Ctrl-A goes to the start of the line.
    try tmux.waitForPrompt(after: "Will — what did Ravi commit to")
    try tmux.press("Up")
    try waitForLastLine(tmux, "› Meet the buyer; offer a trial")
    try tmux.press("Up")
    try waitForLastLine(tmux, "› Sales down 30% 😊")
    try tmux.press("C-a")
    try tmux.type("Again: ")
    try waitForLastLine(tmux, "› Again: Sales down 30% 😊")
    try tmux.press("Enter")

    // Questions asked: Ctrl-D on an empty line pauses.
    try tmux.waitForPrompt(after: "Which questions did you ask?")
    try tmux.press("C-d")
    try expectCleanExit(tmux)
    let paused = try tmux.screen()
    #expect(paused.contains("Paused. Your answers are saved; continue with: learnlog reflect --resume"))

    let draft = try EndToEnd.show(1, in: sandbox)
    #expect(draft.status == "draft")
    #expect(draft.grow.goal == "我们讨论了")
    #expect(Array(draft.grow.goal?.utf8 ?? "".utf8) == Array("我们讨论了".utf8))
    #expect(draft.grow.reality == "Sales down 30% 😊")
    #expect(draft.grow.options == "Meet the buyer; offer a trial")
    #expect(draft.grow.will == "Again: Sales down 30% 😊")
    #expect(draft.grow.questions == nil)
    // The text cleared with Ctrl-C was never an answer or a turn.
    #expect(!draft.coachTurns.contains { $0.contains("half typed") })

    // A new terminal: --resume continues at the questions step.
    let resumed = try start(sandbox, ["reflect", "--resume"], name: "resume")
    defer { resumed.close() }
    try resumed.waitFor("Welcome back to your reflection (Best, with Ravi, 28 Nov).")
    try resumed.waitForPrompt(after: "Which questions did you ask?")
    try resumed.type("How could you find out what the buyer values?")
    try resumed.press("Enter")
    try resumed.waitForPrompt(after: "1/16  What did I do?")
    try resumed.type("/done")
    try resumed.press("Enter")
    try expectCleanExit(resumed)
    #expect(try resumed.screen().contains("Saved as entry 1"))

    let entry = try EndToEnd.show(1, in: sandbox)
    #expect(entry.status == "complete")
    #expect(entry.grow.goal == "我们讨论了")
    #expect(entry.grow.questions == "How could you find out what the buyer values?")
  }

  @Test func bracketedPasteIsOneAnswerAndTabCompletesCommands() throws {
    let sandbox = try Sandbox()
    try sandbox.disableBuiltInFollowUps()
    let tmux = try start(sandbox, name: "paste")
    defer { tmux.close() }
    try answerContext(tmux)
    try tmux.type("A plan to win back the spring volume.")
    try tmux.press("Enter")

    // Reality: three pasted lines, one of them "/done", are one answer, not a command.
    try tmux.waitForPrompt(after: "Reality — where do things stand?")
    try tmux.paste("Volume is down 30%.\n/done\nThe new buyer prefers a rival.")
    try tmux.waitFor("The new buyer prefers a rival.")
    try tmux.press("Enter")
    try tmux.waitForPrompt(after: "Options — which options")

    // Tab completes "/b" to "/back", which goes back to Reality.
    try tmux.type("/b")
    try waitForLastLine(tmux, "› /b")
    try tmux.press("Tab")
    try waitForLastLine(tmux, "› /back")
    try tmux.press("Enter")
    try tmux.waitUntil("Reality asked again") {
      $0.components(separatedBy: "Reality — where do things stand?").count == 3
    }
    // The earlier answer is back on the line for revising; Ctrl-C clears it and Enter on the
    // empty line keeps the stored answer.
    try tmux.waitUntil("the pasted answer preloaded") {
      $0.components(separatedBy: "The new buyer prefers a rival.").count == 3
    }
    try tmux.press("C-c")
    try tmux.waitForPrompt(after: "^C")
    try tmux.press("Enter")
    try tmux.waitForPrompt(after: "Options — which options")
    try tmux.type("/pause")
    try tmux.press("Enter")
    try expectCleanExit(tmux)

    let entry = try EndToEnd.show(1, in: sandbox)
    #expect(entry.status == "draft", "the pasted /done must not end the reflection")
    #expect(entry.grow.reality == "Volume is down 30%.\n/done\nThe new buyer prefers a rival.")
    #expect(entry.coachTurns.contains("/back"))
  }

  @Test func closingTheTerminalKeepsTheHalfTypedAnswer() throws {
    let sandbox = try Sandbox()
    try sandbox.disableBuiltInFollowUps()
    let tmux = try start(sandbox, name: "hangup")
    try answerContext(tmux)
    try tmux.type("半分 typed answer")
    try waitForLastLine(tmux, "› 半分 typed answer")
    // Killing the server hangs up the terminal: learnlog gets SIGHUP mid-answer.
    try tmux.hangUp()

    let resumed = try start(sandbox, ["reflect", "--resume"], name: "after-hangup")
    defer { resumed.close() }
    try resumed.waitFor("You had started typing an answer here; it is back on the line.")
    try waitForLastLine(resumed, "› 半分 typed answer")
    try resumed.type(", finished")
    try resumed.press("Enter")
    try resumed.waitForPrompt(after: "Reality — where do things stand?")
    try resumed.type("/pause")
    try resumed.press("Enter")
    try expectCleanExit(resumed)
    #expect(try EndToEnd.show(1, in: sandbox).grow.goal == "半分 typed answer, finished")
  }

  @Test func aDraftOpenInOneTerminalIsRefusedInAnother() throws {
    let sandbox = try Sandbox()
    try sandbox.disableBuiltInFollowUps()
    let first = try start(sandbox, name: "first")
    defer { first.close() }
    try answerContext(first)
    let second = try BinaryRunner.learnlog(["reflect", "--resume"], environment: sandbox.environment())
    #expect(second.status == 1)
    #expect(second.stderr.contains("reflection 1 is open in another learnlog"))
    try first.type("My goal")
    try first.press("Enter")
    try first.waitForPrompt(after: "Reality — where do things stand?")
    try first.type("/pause")
    try first.press("Enter")
    try expectCleanExit(first)
    // Once the first has paused, the draft can be resumed again.
    let third = try BinaryRunner.learnlog(
      ["reflect", "--resume"], input: "/pause\n", environment: sandbox.environment())
    #expect(third.status == 0)
    #expect(try EndToEnd.show(1, in: sandbox).grow.goal == "My goal")
  }
}
