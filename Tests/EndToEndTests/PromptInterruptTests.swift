import Foundation
import LearnLogTestSupport
import Testing

/// Ctrl-C at the questions commands other than `reflect` ask on a terminal (the fields of
/// `sessions add`, the confirmations of `sessions remove` and `forget`) cancels the command:
/// one line on standard error, exit status 130, nothing changed. In a reflection Ctrl-C only
/// clears the line (TerminalReflectionTests).
@Suite(
  "Ctrl-C cancels a command's questions (tmux)",
  .enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed"))
struct PromptInterruptTests {
  private func start(_ sandbox: Sandbox, _ arguments: [String], name: String) throws
    -> TmuxSession
  {
    try TmuxSession(
      sandbox: sandbox, arguments: arguments, environment: sandbox.environment(), name: name)
  }

  /// Waits until the last line of the screen starts with `question` and ends with the prompt's
  /// `:` or `]`, or with `typed`: readline shows the prompt only once its signal handlers are in
  /// place.
  private func waitForQuestion(_ tmux: TmuxSession, _ question: String, typed: String = "")
    throws
  {
    try tmux.waitUntil("the question “\(question)”") { screen in
      let last = screen.split(separator: "\n").last.map(String.init) ?? ""
      guard last.hasPrefix(question) else { return false }
      if typed.isEmpty { return last.hasSuffix(":") || last.hasSuffix("]") }
      return last.hasSuffix(" " + typed)
    }
  }

  /// The coachees in the session register, from the coaching-hours export.
  private func registeredCoachees(_ sandbox: Sandbox) throws -> [String] {
    let result = try BinaryRunner.learnlog(
      ["sessions", "export", "--format", "icf-csv"], environment: sandbox.environment())
    try #require(result.status == 0, "\(result.description)")
    // A row per session (client, date, …), then totals, which have no date.
    return result.stdout.split(separator: "\r\n").dropFirst().compactMap { row in
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      return fields.count > 1 && !fields[1].isEmpty ? String(fields[0]) : nil
    }
  }

  /// Presses Ctrl-C and checks the exit status and the one line said.
  private func interrupt(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    try tmux.press("C-c")
    let status = try tmux.waitForExit()
    let screen = try tmux.screen()
    #expect(status == 130, "the screen shows:\n\(screen)", sourceLocation: sourceLocation)
    #expect(
      screen.contains("^C\nlearnlog: error: cancelled; nothing was changed\n"),
      "the screen shows:\n\(screen)", sourceLocation: sourceLocation)
  }

  @Test func ctrlCCancelsSessionsAddWithNothingStored() throws {
    let sandbox = try Sandbox()
    let first = try BinaryRunner.learnlog(
      ["sessions", "add", "--coachee", "Mei", "--minutes", "30"],
      environment: sandbox.environment())
    try #require(first.status == 0, "\(first.description)")

    let tmux = try start(sandbox, ["sessions", "add", "--pro-bono"], name: "add")
    defer { tmux.close() }
    try waitForQuestion(tmux, "Date (Enter for today, ")
    try tmux.type("2026-11-30")
    try tmux.press("Enter")
    try waitForQuestion(tmux, "Coachee (a name or alias):")
    try tmux.type("Ravi")
    try waitForQuestion(tmux, "Coachee (a name or alias):", typed: "Ravi")
    try interrupt(tmux)
    #expect(!(try tmux.screen()).contains("Topic"))
    #expect(try registeredCoachees(sandbox) == ["Mei"])
  }

  @Test func ctrlCCancelsTheConfirmationsOfRemoveAndForget() throws {
    let sandbox = try Sandbox()
    let added = try BinaryRunner.learnlog(
      ["sessions", "add", "--date", "2026-11-28", "--coachee", "Ravi", "--minutes", "45"],
      environment: sandbox.environment())
    try #require(added.status == 0, "\(added.description)")

    let remove = try start(sandbox, ["sessions", "remove", "1"], name: "remove")
    defer { remove.close() }
    try waitForQuestion(remove, "Remove session 1 (2026-11-28, Ravi)? [y/N]")
    try interrupt(remove)
    #expect(!(try remove.screen()).contains("Kept session"))
    #expect(try registeredCoachees(sandbox) == ["Ravi"])

    let forget = try start(sandbox, ["forget", "--coachee", "Ravi"], name: "forget")
    defer { forget.close() }
    let question = "Erase 0 reflections and 1 session about Ravi? This cannot be undone. [y/N]"
    try waitForQuestion(forget, question)
    // A "y" typed but not entered is not a confirmation.
    try forget.type("y")
    try waitForQuestion(forget, question, typed: "y")
    try interrupt(forget)
    #expect(!(try forget.screen()).contains("Nothing was erased"))
    #expect(try registeredCoachees(sandbox) == ["Ravi"])
  }
}
