import Foundation
import Testing

/// kill -9, SIGTERM and SIGHUP in the middle of a reflection: nothing answered is lost, and a
/// half-typed answer comes back on resume.
@Suite("Faults: crashes and signals", .serialized)
struct CrashAndSignalTests {
  @Test("kill -9 mid-reflection keeps every answer given, and --resume continues at the next step")
  func killNine() throws {
    let sandbox = try FaultSandbox()
    let answers = (1...21).map { Faults.answer($0) }
    sandbox.keepSecret(answers)
    let process = try sandbox.start(["reflect"])
    process.write(Faults.input(Faults.context()))
    // Five GROW answers and questions 1–6, one at a time, as a coach would.
    for number in 1...11 {
      process.write(Faults.input([answers[number - 1]]))
      let next = number < 5 ? ["Reality", "Options", "Will", "Which questions"][number - 1]
        : number == 5 ? "1/16" : "\(number - 4)/16"
      try process.waitForOutput(next)
    }
    // The twelfth answer is half sent: no line break yet.
    process.write(Array("Answer 12 never finish".utf8))
    process.send(SIGKILL)
    let killed = process.wait()
    #expect(killed.wasSignalled && killed.status == SIGKILL)
    sandbox.expectNoSecrets(in: killed)

    #expect(try Faults.storedAnswers(1, in: sandbox) == Array(answers[0..<11]))
    let resumed = try sandbox.run(
      ["reflect", "--resume"], input: Faults.input(Array(answers[11...])))
    #expect(resumed.status == 0, "\(resumed.description)")
    // The first question asked on resume is question 7, the one the kill interrupted.
    #expect(resumed.out.contains("We stopped at 7/16."), "\(resumed.out)")
    let questions = resumed.out.split(separator: "\n").filter { $0.contains("/16  ") }
    #expect(questions.first?.hasPrefix("7/16  ") == true, "\(resumed.out)")
    #expect(try Faults.storedAnswers(1, in: sandbox) == answers)
    #expect(try Faults.show(1, in: sandbox)["status"] as? String == "complete")
    if Faults.hasSQLiteShell {
      #expect(try Faults.sqlite(sandbox.databasePath, "PRAGMA integrity_check") == "ok")
    }
  }

  @Test("SIGTERM and SIGHUP in plain (piped) mode end cleanly and keep every answer")
  func signalInPlainMode() throws {
    for signalNumber in [SIGTERM, SIGHUP] {
      let sandbox = try FaultSandbox()
      let answers = (1...3).map { Faults.answer($0, tag: "s\(signalNumber)") }
      sandbox.keepSecret(answers)
      let process = try sandbox.start(["reflect"])
      process.write(Faults.input(Faults.context() + answers))
      try process.waitForOutput("Will")
      process.send(signalNumber)
      let result = process.wait(timeout: 30)
      sandbox.expectNoSecrets(in: result)
      // Piped input has no half-typed text to keep, so the signal keeps its usual effect: the
      // process ends at once (no hang, no crash report), and every committed answer stays.
      #expect(result.wasSignalled && result.status == signalNumber, "\(result.description)")
      #expect(result.err.isEmpty, "\(result.err)")
      #expect(try Faults.storedAnswers(1, in: sandbox) == answers)
      if Faults.hasSQLiteShell {
        #expect(try Faults.sqlite(sandbox.databasePath, "PRAGMA integrity_check") == "ok")
      }
    }
  }

  @Test("SIGTERM with an answer half typed: kept with the draft, back on the line on resume")
  func sigtermHalfTyped() throws {
    try halfTyped { (terminal: FaultTerminal, pid: Int32) throws in
      kill(pid, SIGTERM)
      // The reader returns the half-typed text; learnlog saves it, says how to resume, and
      // then ends by the signal, as the shell sees it (128 + 15).
      #expect(try terminal.waitForExit() == 128 + SIGTERM)
      #expect(try terminal.screen().contains("learnlog reflect --resume"))
    }
  }

  @Test("Ctrl-\\ (SIGQUIT) with an answer half typed: kept like SIGTERM, and no core dump")
  func sigquitHalfTyped() throws {
    try halfTyped { (terminal: FaultTerminal, pid: Int32) throws in
      // What the terminal sends for Ctrl-\.
      kill(pid, SIGQUIT)
      #expect(try terminal.waitForExit() == 128 + SIGQUIT)
      let screen = try terminal.screen()
      #expect(screen.contains("learnlog reflect --resume") && !screen.contains("core dumped"))
    }
  }

  @Test("Closing the terminal (SIGHUP) with an answer half typed: kept, offered back on resume")
  func closedTerminalHalfTyped() throws {
    try halfTyped { (terminal: FaultTerminal, pid: Int32) throws in
      try terminal.closeWindow()
      try terminal.waitForProcessEnd(pid)
    }
  }

  /// A reflection in a terminal answered up to Goal, `partial` typed there, then SIGTERM: the
  /// text is kept to be offered back, and nothing of it reaches standard error.
  private static func leaveMidAnswer(typing partial: String, in sandbox: FaultSandbox) throws {
    let terminal = try FaultTerminal(sandbox: sandbox, arguments: ["reflect"])
    defer { terminal.close() }
    try terminal.answer(
      Faults.context(), after: ["When was the session", "Who was your coachee", "Was this your Best"])
    try terminal.waitForPrompt(after: "Goal")
    try terminal.type(partial)
    try terminal.waitFor(partial)
    kill(try terminal.pid(), SIGTERM)
    #expect(try terminal.waitForExit() == 128 + SIGTERM)
    terminal.expectNoSecrets()
  }

  /// Resumes once more: the kept text is gone from the line, and from standard error.
  private static func expectNotOfferedAgain(_ partial: String, in sandbox: FaultSandbox) throws {
    let again = try FaultTerminal(sandbox: sandbox, arguments: ["reflect", "--resume"])
    let screen = try again.waitForPrompt(after: "Goal")
    #expect(!screen.contains("You had started typing") && !screen.contains(partial), "\(screen)")
    try again.press("C-d")
    _ = try again.waitForExit()
    again.expectNoSecrets()
  }

  @Test("Half-typed text offered back, cleared and left with Ctrl-D is not offered again")
  func clearedHalfTypedTextStaysCleared() throws {
    guard FaultTerminal.isAvailable else { return }
    let sandbox = try FaultSandbox()
    let partial = "Half typed zqv7kcleared"
    sandbox.keepSecret([partial])
    try Self.leaveMidAnswer(typing: partial, in: sandbox)

    let resumed = try FaultTerminal(sandbox: sandbox, arguments: ["reflect", "--resume"])
    try resumed.waitFor("› \(partial)")
    try resumed.press("C-u")  // clears the line (Ctrl-C would also stop the test's wrapper shell)
    try resumed.waitForPrompt(after: "Goal")
    try resumed.press("C-d")
    #expect(try resumed.waitForExit() == 0)
    resumed.close()

    try Self.expectNotOfferedAgain(partial, in: sandbox)
  }

  @Test(
    "Half-typed text offered back, erased and followed by /pause or a cancelled /edit is not offered again",
    arguments: [["/pause"], ["/edit", "/pause"]])
  func erasedHalfTypedTextStaysErased(commands: [String]) throws {
    guard FaultTerminal.isAvailable else { return }
    let sandbox = try FaultSandbox()
    let partial = "Stale secret zqv7kerased"
    sandbox.keepSecret([partial])
    try Self.leaveMidAnswer(typing: partial, in: sandbox)

    // `true` as the editor leaves the file unchanged: the edit is cancelled.
    let resumed = try FaultTerminal(
      sandbox: sandbox, arguments: ["reflect", "--resume"], extra: ["EDITOR": "true"])
    try resumed.waitFor("› \(partial)")
    try resumed.press("C-a", "C-k")
    try resumed.waitForPrompt(after: "You had started typing")
    for command in commands {
      try resumed.type(command)
      try resumed.press("Enter")
      if command == "/edit" { try resumed.waitForPrompt(after: "Edit cancelled") }
    }
    #expect(try resumed.waitForExit() == 0)
    resumed.expectNoSecrets()
    resumed.close()

    try Self.expectNotOfferedAgain(partial, in: sandbox)
    let history = (try? String(contentsOfFile: sandbox.path("state/learnlog/history"), encoding: .utf8)) ?? ""
    #expect(!history.contains(partial))
  }

  private func halfTyped(_ interrupt: (FaultTerminal, Int32) throws -> Void) throws {
    guard FaultTerminal.isAvailable else { return }
    let sandbox = try FaultSandbox()
    let answers = (1...2).map { Faults.answer($0, tag: "h") }
    let partial = "Half typed 半分 zqv7kpartial"
    sandbox.keepSecret(answers + [partial])
    let terminal = try FaultTerminal(sandbox: sandbox, arguments: ["reflect"])
    let questions = ["When was the session", "Who was your coachee", "Was this your Best", "Goal", "Reality"]
    try terminal.answer(Faults.context() + answers, after: questions)
    try terminal.waitForPrompt(after: "Options")
    try terminal.type(partial)
    try terminal.waitFor(partial)
    let pid = try terminal.pid()
    try interrupt(terminal, pid)
    terminal.expectNoSecrets()
    terminal.close()
    #expect(try Faults.storedAnswers(1, in: sandbox) == answers)

    let resumed = try FaultTerminal(sandbox: sandbox, arguments: ["reflect", "--resume"])
    let screen = try resumed.waitFor("› \(partial)")
    #expect(screen.contains("You had started typing an answer here"))
    #expect(screen.contains("Options"))
    try resumed.type(" and done")
    try resumed.press("Enter")
    try resumed.waitForPrompt(after: "Will")
    try resumed.press("C-d")
    #expect(try resumed.waitForExit() == 0)
    resumed.expectNoSecrets()
    #expect(try Faults.storedAnswers(1, in: sandbox) == answers + [partial + " and done"])
  }
}
