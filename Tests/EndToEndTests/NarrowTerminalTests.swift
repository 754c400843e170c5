import Foundation
import LearnLogTestSupport
import Testing

/// `log` and `search` in a 40-column terminal under tmux: the table becomes a record per entry
/// and snippets wrap under their indent, so the terminal never breaks a line mid-word.
@Suite("Narrow terminals (tmux)", .enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed"))
struct NarrowTerminalTests {
  @Test func logAndSearchFitFortyColumns() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let imported = try BinaryRunner.learnlog(
      ["import", "-", "--kind", "challenging", "--date", "2026-11-22",
       "--coachee", "Alexandra Konstantinopoulou-Smith 李娜"],
      input: "Q1: I listened for zqv9wide feedback and asked open questions about how she wanted to move forward\n",
      environment: environment)
    #expect(imported.status == 0, "\(imported.description)")

    let log = try TmuxSession(
      sandbox: sandbox, arguments: ["log"], environment: environment, width: 40, name: "log")
    #expect(try log.waitForExit() == 0)
    let table = try log.screen()
    #expect(table.contains("KIND      Most Challenging\n"), "\(table)")
    #expect(table.contains("COACHEE   Alexandra Konstantinopoulou-S…\n"), "\(table)")
    #expect(table.contains("ANSWERED  1/16\n"), "\(table)")

    let search = try TmuxSession(
      sandbox: sandbox, arguments: ["search", "zqv9wide"], environment: environment, width: 40,
      name: "search")
    #expect(try search.waitForExit() == 0)
    let lines = try search.screen().split(separator: "\n").map(String.init)
    let snippet = lines.drop { !$0.hasPrefix("entry 1") }.dropFirst().prefix { $0.hasPrefix("  ") }
    #expect(snippet.count >= 3, "\(lines)")
    #expect(snippet.joined(separator: " ").contains("asked open questions"), "\(lines)")
  }
}
