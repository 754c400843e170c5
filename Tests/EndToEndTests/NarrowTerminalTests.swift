import Foundation
import LearnLogTestSupport
import Testing

/// `log`, `search`, `rules list`, `config` and `show` in narrow terminals under tmux: tables
/// become a record per row, headings and snippets wrap under their indent, so the terminal never
/// breaks a line mid-word and nothing that matters is cut.
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
    // The long name wraps under the value column rather than being cut.
    #expect(table.contains("COACHEE   Alexandra\n          Konstantinopoulou-Smith 李娜\n"), "\(table)")
    #expect(!table.contains("…"), "\(table)")
    #expect(table.contains("ANSWERED  1/16\n"), "\(table)")

    let search = try TmuxSession(
      sandbox: sandbox, arguments: ["search", "zqv9wide"], environment: environment, width: 40,
      name: "search")
    #expect(try search.waitForExit() == 0)
    let lines = try search.screen().split(separator: "\n").map(String.init)
    let snippet = lines.drop { !$0.hasPrefix("  I listened") }.prefix { $0.hasPrefix("  ") }
    #expect(snippet.count >= 3, "\(lines)")
    #expect(snippet.joined(separator: " ").contains("asked open questions"), "\(lines)")
    Self.expectFits(lines.joined(separator: "\n"), width: 40)
  }

  /// The search heading wraps under two spaces instead of losing its end (the question) to "…".
  @Test func aSearchHeadingWrapsInSixtyColumns() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let imported = try BinaryRunner.learnlog(
      ["import", "-", "--kind", "challenging", "--date", "2026-11-22",
       "--coachee", "Alexandra Konstantinopoulou-Smith 李娜"],
      input: "Q1: I listened for zqv9wide feedback\n", environment: environment)
    #expect(imported.status == 0, "\(imported.description)")
    let search = try TmuxSession(
      sandbox: sandbox, arguments: ["search", "zqv9wide"], environment: environment, width: 60,
      name: "search60")
    #expect(try search.waitForExit() == 0)
    let screen = try search.screen()
    Self.expectFits(screen, width: 60)
    let lines = screen.split(separator: "\n").map(String.init)
    let heading = lines.drop { !$0.hasPrefix("entry 1 · ") }.prefix { !$0.hasPrefix("  I listened") }
    #expect(heading.count >= 2, "\(screen)")
    #expect(heading.dropFirst().allSatisfy { $0.hasPrefix("  ") }, "\(screen)")
    // Nothing cut: the heading ends with the whole question.
    let joined = heading.joined().filter { $0 != " " }
    #expect(joined.hasSuffix("Konstantinopoulou-Smith李娜·MostChallenging·Q1WhatdidIdo?"), "\(screen)")
  }

  /// `rules list` keeps every rule id whole at 60 columns (what `rules show ID` needs); at 20
  /// it is a record per rule, an id too long for the line going on under the value column.
  @Test(arguments: [20, 60])
  func rulesListFits(width: Int) throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let piped = try BinaryRunner.learnlog(["rules", "list"], environment: environment)
    #expect(piped.status == 0, "\(piped.description)")
    let ids = piped.stdout.split(separator: "\n").dropFirst()
      .filter { $0.contains("built-in") }.map { String($0.prefix { $0 != " " }) }
    #expect(ids.count > 10 && ids.contains("actions.stop-start-continue"), "\(piped.stdout)")

    let session = try TmuxSession(
      sandbox: sandbox, arguments: ["rules", "list"], environment: environment, width: width,
      height: 200, name: "rules\(width)")
    #expect(try session.waitForExit() == 0)
    let screen = try session.screen()
    Self.expectFits(screen, width: width)
    #expect(screen.contains("rules in use."), "\(screen)")
    if width == 60 {
      for id in ids { #expect(screen.contains("\n\(id) "), "\(id) whole: \(screen)") }
    } else {
      // Each ID line and the lines under its value column spell the whole id.
      let lines = screen.split(separator: "\n").map(String.init)
      var shown: [String] = []
      for (index, line) in lines.enumerated() where line.hasPrefix("ID  ") {
        let rest = lines[(index + 1)...].prefix { $0.hasPrefix("          ") }
        shown.append(([line] + rest).map { $0.dropFirst(10) }.joined())
      }
      #expect(shown == ids, "\(screen)")
    }
  }

  /// `config`'s two lines wrap at spaces and its table fits, at 60 columns and at 20.
  @Test(arguments: [20, 60])
  func configFits(width: Int) throws {
    let sandbox = try Sandbox()
    let session = try TmuxSession(
      sandbox: sandbox, arguments: ["config"], environment: sandbox.environment(), width: width,
      height: 100, name: "config\(width)")
    #expect(try session.waitForExit() == 0)
    let screen = try session.screen()
    Self.expectFits(screen, width: width)
    #expect(!screen.contains("…"), "\(screen)")
    let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    #expect(words.contains("Rule file: none; the built-in rules apply (yours would be"), "\(screen)")
    #expect(screen.contains("followUpsPerAnswer") || width < 30, "\(screen)")
    if width == 60 {
      #expect(screen.contains("\nfollowUpsPerAnswer  1"), "a table: \(screen)")
    }
  }

  /// `show` at 20 columns: the section titles and CJK answers fit (the floor was 25 columns).
  @Test func showFitsTwentyColumns() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let imported = try BinaryRunner.learnlog(
      ["import", "-", "--kind", "best", "--date", "2026-11-22", "--coachee", "李娜"],
      input: "Goal: 她想在下个季度之前学会如何更清楚地给团队反馈意见\nQ1: 我先听她说完再提问题，然后一起确定下一步的行动计划\n",
      environment: environment)
    #expect(imported.status == 0, "\(imported.description)")
    let session = try TmuxSession(
      sandbox: sandbox, arguments: ["show", "1"], environment: environment, width: 20,
      height: 200, name: "show20")
    #expect(try session.waitForExit() == 0)
    let screen = try session.screen()
    Self.expectFits(screen, width: 20)
    #expect(screen.contains("The session,"), "\(screen)")
  }

  /// `review` at 20 columns: the header and the month legend wrap, and a rule's bar goes under
  /// its id (only an id longer than the line may be wider, the id being whole).
  @Test func reviewFitsTwentyColumns() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let imported = try BinaryRunner.learnlog(
      ["import", "-", "--kind", "best", "--date", "2026-11-22", "--coachee", "Ravi"],
      input: "Goal: better feedback\nQ1: I listened\n", environment: environment)
    #expect(imported.status == 0, "\(imported.description)")
    let session = try TmuxSession(
      sandbox: sandbox, arguments: ["review"], environment: environment, width: 20,
      height: 200, name: "review20")
    #expect(try session.waitForExit() == 0)
    let screen = try session.screen()
    let lines = screen.split(separator: "\n").map(String.init)
    #expect(lines.first == "Prompt history · 1", "\(screen)")
    #expect(lines.contains("By month, Nov 2026:"), "\(screen)")
    let ruleIDLine = { (line: String) in line.hasPrefix("  ") && !line.dropFirst(2).contains(" ") }
    Self.expectFits(lines.filter { !ruleIDLine($0) }.joined(separator: "\n"), width: 20)
    #expect(lines.contains { $0.hasPrefix("    ") && $0.contains("█") }, "the bar under its id: \(screen)")
  }

  /// A pipe gets config's and rules list's lines whole, whatever COLUMNS says: scripts read them.
  @Test func aPipeIsNeverWrapped() throws {
    let sandbox = try Sandbox()
    var environment = sandbox.environment()
    environment["COLUMNS"] = "20"
    let config = try BinaryRunner.learnlog(["config"], environment: environment)
    #expect(config.status == 0, "\(config.description)")
    #expect(
      config.stdout.contains(
        "Rule file: none; the built-in rules apply (yours would be \(sandbox.configHome)/learnlog/rules.json)\n"),
      "\(config.stdout)")
    #expect(config.stdout.contains("\nfollowUpsPerAnswer  1"), "\(config.stdout)")
    let rules = try BinaryRunner.learnlog(["rules", "list"], environment: environment)
    #expect(rules.stdout.contains("\nactions.stop-start-continue  "), "\(rules.stdout)")
    #expect(rules.stdout.contains(" rules in use. `learnlog rules show ID` explains one.\n"), "\(rules.stdout)")
  }

  /// Every line of `screen` (captured with terminal-wrapped lines joined) fits `width` columns:
  /// a longer line is one the terminal had to break.
  static func expectFits(_ screen: String, width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    for line in screen.split(separator: "\n") where !line.hasPrefix("[learnlog exited") {
      #expect(columns(String(line)) <= width, "wider than \(width): \(line)\n\(screen)", sourceLocation: sourceLocation)
    }
  }

  /// Display columns, near enough for these tests: CJK and fullwidth characters take two.
  static func columns(_ text: String) -> Int {
    text.reduce(0) { total, character in
      let value = character.unicodeScalars.first?.value ?? 0
      return total + ((0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFF00...0xFF60).contains(value) ? 2 : 1)
    }
  }
}
