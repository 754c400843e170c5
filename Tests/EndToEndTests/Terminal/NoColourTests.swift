import Foundation
import Testing

/// Colour only on a terminal, never with NO_COLOR, never with TERM=dumb, never into a pipe.
@Suite("No colour where it does not belong", .enabled(if: TerminalHarness.isAvailable))
struct NoColourTests {
  /// Runs a short reflection in tmux with `environment` and returns everything shown, with the
  /// colour attributes tmux saw kept as escape sequences.
  private func reflectionScreen(_ sandbox: TerminalHarness.Sandbox, environment: [String: String])
    throws -> String
  {
    let session = try TerminalHarness.Session(
      sandbox.commandLine(["reflect"], environment: environment))
    try session.answer("When was the session?", with: "today")
    try session.answer("Who was your coachee?", with: "Ravi")
    try session.answer("Was this your Best session", with: "best")
    try session.answer("Goal —", with: "ok")
    // "ok" is short: a follow-up (indented, with its hint line) is likely; pause either way.
    try session.waitFor("the follow-up or the next question") {
      $0.contains("/why") || $0.contains("Reality —")
    }
    try session.enter("/help")
    try session.waitFor("Commands (type them")
    try session.enter("/pause")
    #expect(try session.waitForExit() == 0)
    return try session.screenWithEscapes()
  }

  @Test("a terminal gets colour when nothing forbids it")
  func colourByDefault() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    #expect(TerminalHarness.hasColour(try reflectionScreen(sandbox, environment: [:])))
  }

  @Test(
    "NO_COLOR and TERM=dumb leave no escape sequences on the screen",
    arguments: [["NO_COLOR": "1"], ["NO_COLOR": ""], ["TERM": "dumb"]])
  func noColour(environment: [String: String]) throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let screen = try reflectionScreen(sandbox, environment: environment)
    #expect(screen.contains("Paused."))
    #expect(!TerminalHarness.hasColour(screen), "\(environment): \(screen.debugDescription)")
  }

  @Test("log, show and help write no escape bytes into a pipe")
  func pipedOutputIsPlain() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    // An entry to list and show, written through a pipe.
    let answers = "today\nRavi\nbest\nWe set a goal for the quarter together\n/done\n"
    let inputPath = sandbox.folder + "/answers.txt"
    try answers.write(toFile: inputPath, atomically: true, encoding: .utf8)
    let written = system(
      sandbox.commandLine(["reflect"]) + " <" + TerminalHarness.shellQuoted(inputPath)
        + " >/dev/null 2>&1")
    #expect(written == 0)
    for arguments in [
      ["log"], ["show", "1"], ["show", "1", "--transcript"], ["--help"], ["nonsense"],
    ] {
      let result = try sandbox.runPiped(arguments)
      #expect(!result.output.isEmpty, "\(arguments) printed nothing")
      #expect(!result.output.contains(0x1B), "\(arguments) wrote an escape byte")
    }
  }
}
