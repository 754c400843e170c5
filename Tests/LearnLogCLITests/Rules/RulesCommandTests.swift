import Foundation
import Testing

@testable import LearnLogCLI

/// `learnlog rules …` through the built binary: exit codes, output shape, JSON.
@Suite(.enabled(if: LearnlogBinary.isBuilt, "needs the built learnlog binary"))
final class RulesCommandTests {
  static let userFile = """
    {
      // One rule of my own, one built-in rule replaced, one turned off.
      rules: [
        {
          id: "mine.name-the-coachee", appliesTo: [1], when: { lacks: ["ravi", "mia"] },
          ask: "Who was it with?", why: "Names make it concrete.", priority: 10,
          examples: { fires: ["It went well."], quiet: ["Ravi talked a lot."] },
        },
        {
          id: "feelings.name-it", appliesTo: [2], when: { lacks: "@feelings" },
          ask: ["How did you feel?", "Which feeling?"], why: "Feelings matter.", priority: 99,
          examples: { fires: ["It was a useful session."], quiet: ["I was proud."] },
        },
      ],
      disable: ["depth.concrete-example"],
    }
    """

  /// Line 12 has a `fires` example that stays quiet.
  static let failingFile = """
    {
      rules: [
        {
          id: "mine.too-short",
          appliesTo: [1],
          when: { words: { max: 2 } },
          ask: "More?",
          why: "Depth.",
          examples: {
            fires: [
              "ok",
              "this answer is far too long to fire",
            ],
            quiet: ["a longer answer here"],
          },
        },
      ],
    }
    """

  static let brokenFile = """
    {
      rules: [
        { id: "x", appliesTo: [2], when: { lack: "@feelings" }, ask: "A?", why: "B." },
      ],
      disable: ["no.such-rule"],
    }
    """

  let sandbox: LearnlogBinary

  init() throws {
    sandbox = try LearnlogBinary()
  }

  deinit {
    sandbox.remove()
  }

  // MARK: - list

  @Test func listShowsEveryBuiltInRule() throws {
    let result = try sandbox.run(["rules", "list"])
    #expect(result.status == 0)
    #expect(result.errorOutput == "")
    let lines = result.outputLines
    #expect(
      lines.first?.split(separator: " ", omittingEmptySubsequences: true) == [
        "ID", "WHERE", "PRIORITY", "SOURCE",
      ])
    for id in ["depth.too-short", "feelings.name-it", "questions.how", "history.recurring-theme"] {
      #expect(lines.contains { $0.hasPrefix(id + " ") && $0.hasSuffix("built-in") }, "\(id)")
    }
    let feelings = try #require(lines.first { $0.hasPrefix("feelings.name-it ") })
    #expect(
      feelings.split(separator: " ").map(String.init) == [
        "feelings.name-it", "2", "70", "built-in",
      ])
    #expect(lines.last?.hasPrefix("24 rules in use.") == true)
  }

  @Test func listMarksReplacedUserAndDisabledRules() throws {
    try sandbox.write(Self.userFile)
    let result = try sandbox.run(["rules", "list"])
    #expect(result.status == 0)
    let lines = result.outputLines
    #expect(lines.contains { $0.hasPrefix("feelings.name-it ") && $0.hasSuffix(" 99  replaced") })
    #expect(lines.contains { $0.hasPrefix("mine.name-the-coachee ") && $0.hasSuffix("user file") })
    #expect(
      lines.contains {
        $0.hasPrefix("depth.concrete-example ") && $0.hasSuffix("built-in (disabled)")
      })
    #expect(lines.last?.contains("24 rules in use, 1 disabled.") == true)
    #expect(lines.last?.contains(sandbox.userRulesPath) == true)
  }

  @Test func rulesAloneLists() throws {
    let list = try sandbox.run(["rules", "list"])
    let bare = try sandbox.run(["rules"])
    #expect(bare.status == 0)
    #expect(bare.output == list.output)
  }

  // MARK: - show

  @Test func showPrintsEverything() throws {
    let result = try sandbox.run(["rules", "show", "plan.what-stopped-you"])
    #expect(result.status == 0)
    let text = result.output
    #expect(result.outputLines.first == "plan.what-stopped-you")
    for label in [
      "where:     3", "priority:  65", "source:    built-in, built-in-rules.json5:", "why:       ",
      "asks (one per entry, rotated):", "when:", "fires on:", "stays quiet on:",
    ] {
      #expect(text.contains("  " + label), "\(label)")
    }
    #expect(text.contains("    - What stopped you from doing it?"))
    #expect(text.contains(#"{"contains": "@notDone"}"#))
    #expect(text.contains(#"    - "I didn't check his commitment at the end."  [at q3]"#))
  }

  @Test func showsTheConditionAsJSON() throws {
    let result = try sandbox.run(["rules", "show", "plan.what-stopped-you"])
    let lines = result.outputLines
    let start = try #require(lines.firstIndex(of: "  when:"))
    let end = try #require(lines.firstIndex(of: "  fires on:"))
    let json = lines[(start + 1)..<end].map { String($0.dropFirst(4)) }.joined(separator: "\n")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect((object?["all"] as? [Any])?.count == 3)
  }

  @Test func showAnUnknownRuleSuggestsTheNearest() throws {
    let result = try sandbox.run(["rules", "show", "feelings.name-its"])
    #expect(result.status == 1)
    #expect(result.output == "")
    #expect(
      result.errorOutput.contains(
        "no rule has the id 'feelings.name-its'; did you mean 'feelings.name-it'?"))
  }

  @Test func showsAUserRuleAndADisabledOne() throws {
    try sandbox.write(Self.userFile)
    let mine = try sandbox.run(["rules", "show", "feelings.name-it"])
    #expect(mine.output.contains("source:    replaced, \(sandbox.userRulesPath):"))
    #expect(mine.output.contains("    - How did you feel?\n    - Which feeling?"))
    let disabled = try sandbox.run(["rules", "show", "depth.concrete-example"])
    #expect(disabled.outputLines.first == "depth.concrete-example (disabled by your rule file)")
  }

  // MARK: - lint

  @Test func lintWithoutARuleFileSaysSo() throws {
    let result = try sandbox.run(["rules", "lint"])
    // Not an error: a new coach's `rules lint && rules test` must go on to the tests.
    #expect(result.status == 0)
    #expect(result.output.contains("no rule file of yours at \(sandbox.userRulesPath)"))
    #expect(result.output.contains("the built-in rules have no problems"))
  }

  @Test func lintAGoodFile() throws {
    try sandbox.write(Self.userFile)
    let result = try sandbox.run(["rules", "lint"])
    #expect(result.status == 0)
    #expect(result.output == "no problems\n")
  }

  @Test func lintListsEachProblemWithItsPlace() throws {
    let path = try sandbox.write(Self.brokenFile, to: "team.json")
    let result = try sandbox.run(["rules", "lint", path])
    #expect(result.status == 1)
    #expect(result.outputLines.count == 2)
    #expect(
      result.outputLines.first?.hasPrefix("\(path):3:40: unknown condition kind \"lack\"") == true)
    #expect(
      result.outputLines.last?.hasPrefix("\(path):5:13: no rule has the id \"no.such-rule\"")
        == true)
    #expect(result.errorLines == ["learnlog: error: 2 problems in \(path)"])
  }

  @Test func lintASyntaxError() throws {
    try sandbox.write("{\n  rules: [\n    { id: \"x\" appliesTo: [2] },\n  ]\n}\n")
    let result = try sandbox.run(["rules", "lint"])
    #expect(result.status == 1)
    #expect(result.outputLines.count == 1)
    #expect(result.outputLines.first?.hasPrefix("\(sandbox.userRulesPath):3:15: ") == true)
  }

  @Test func lintAMissingFile() throws {
    let result = try sandbox.run(["rules", "lint", "/no/such/rules.json"])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("cannot read /no/such/rules.json"))
  }

  // MARK: - test

  @Test func testPassesWithTheBuiltInPack() throws {
    let result = try sandbox.run(["rules", "test"])
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("All "))
    #expect(result.output.hasSuffix(" examples of 24 rules behave as written.\n"))
  }

  @Test func testReportsEachFailureAtItsLine() throws {
    let path = try sandbox.write(Self.failingFile, to: "mine.json")
    let result = try sandbox.run(["rules", "test", path])
    #expect(result.status == 1)
    #expect(
      result.outputLines == [
        "\(path):12:11: rule \"mine.too-short\": expected to fire on \"this answer is far too long to fire\", but it stayed quiet (8 words (not at most 2))"
      ])
    #expect(result.errorLines == ["learnlog: error: 1 of 3 examples failed"])
  }

  @Test func testWithAFileReportsOnlyThatFile() throws {
    let path = try sandbox.write(Self.userFile, to: "mine.json")
    let result = try sandbox.run(["rules", "test", path])
    #expect(result.status == 0)
    #expect(result.output == "All 4 examples of 2 rules behave as written.\n")
  }

  @Test func testWithoutAFileRunsTheUserFileToo() throws {
    try sandbox.write(Self.failingFile)
    let result = try sandbox.run(["rules", "test"])
    #expect(result.status == 1)
    #expect(result.outputLines.count == 1)
    #expect(result.outputLines.first?.hasPrefix("\(sandbox.userRulesPath):12:11: ") == true)
  }

  @Test func testABrokenFileReportsWhyRulesWereLeftOut() throws {
    let path = try sandbox.write(Self.brokenFile, to: "team.json")
    let result = try sandbox.run(["rules", "test", path])
    #expect(result.status == 1)
    #expect(result.outputLines.first?.hasPrefix("\(path):3:40: ") == true)
  }

  // MARK: - try

  @Test func tryMarksTheFollowUpTheConversationWouldShow() throws {
    let result = try sandbox.run(
      ["rules", "try", "--stage", "questions", "What do you want? Did you try? Is it late?"])
    #expect(result.status == 0)
    let lines = result.outputLines
    #expect(
      lines.first?.hasPrefix("2 rules fire at the questions stage, highest priority first") == true)
    #expect(lines.filter { $0.hasPrefix("* ") } == ["* questions.open (priority 75)"])
    #expect(lines.contains("  questions.how (priority 70)"))
    #expect(lines.contains { $0.hasPrefix("    evidence: 2 of 3 questions are closed") })
    #expect(lines.contains { $0.hasPrefix("    matched:  \"Did you try?\", \"Is it late?\"") })
  }

  @Test func tryReadsTheAnswerFromStandardInput() throws {
    let result = try sandbox.run(["rules", "try", "-q", "2"], input: "It was a useful\nsession.\n")
    #expect(result.status == 0)
    #expect(result.outputLines.contains("* feelings.name-it (priority 70)"))
  }

  @Test func tryJoinsSeveralWords() throws {
    let result = try sandbox.run([
      "rules", "try", "-q", "2", "It", "was", "a", "useful", "session.",
    ])
    #expect(result.outputLines.contains("* feelings.name-it (priority 70)"))
  }

  @Test func trySaysWhenNothingFires() throws {
    let result = try sandbox.run([
      "rules", "try", "-q", "2", "I felt proud when she named her own next step.",
    ])
    #expect(result.status == 0)
    #expect(result.output == "No rule fires on this answer at question 2.\n")
  }

  @Test func tryJSONHasTheDocumentedShape() throws {
    let result = try sandbox.run(
      [
        "rules", "try", "--stage", "questions", "--json",
        "What do you want? Did you try? Is it late?",
      ])
    #expect(result.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(Array(document.keys) == ["nudges"])
    let nudges = try #require(document["nudges"] as? [[String: Any]])
    #expect(nudges.map { $0["rule"] as? String } == ["questions.open", "questions.how"])
    #expect(nudges.map { $0["shown"] as? Bool } == [true, false])
    for nudge in nudges {
      #expect(Set(nudge.keys) == ["rule", "ask", "why", "evidence", "shown"])
      let evidence = try #require(nudge["evidence"] as? [String: Any])
      #expect(evidence["summary"] is String)
    }
  }

  @Test func tryJSONWithNothingFiring() throws {
    let result = try sandbox.run([
      "rules", "try", "-q", "2", "--json", "I felt proud when she named her own next step.",
    ])
    #expect(result.output == "{\"nudges\":[]}\n")
  }

  @Test func tryUsesTheUserFile() throws {
    try sandbox.write(Self.userFile)
    let result = try sandbox.run(["rules", "try", "-q", "2", "--json", "It was a useful session."])
    let document =
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
    let nudges = document?["nudges"] as? [[String: Any]]
    #expect(["How did you feel?", "Which feeling?"].contains(nudges?.first?["ask"] as? String))
  }

  @Test func tryWithTwoFollowUpsPerAnswerMarksTwo() throws {
    try sandbox.write("{ settings: { maxFollowUpsPerAnswer: 2 } }")
    let result = try sandbox.run(
      ["rules", "try", "-s", "questions", "What do you want? Did you try? Is it late?"])
    #expect(result.outputLines.filter { $0.hasPrefix("* ") }.count == 2)
  }

  @Test(arguments: [
    (["rules", "try", "It was fine."], "give one of '--question' or '--stage'"),
    (["rules", "try", "-q", "2", "-s", "goal", "x"], "give only one of '--question' or '--stage'"),
    (
      ["rules", "try", "-q", "17", "x"],
      "invalid value '17' for '--question': expected a number from 1 to 16"
    ),
    (
      ["rules", "try", "-q", "0", "x"],
      "invalid value '0' for '--question': expected a number from 1 to 16"
    ),
    (
      ["rules", "try", "-q", "two", "x"],
      "invalid value 'two' for '--question': expected a whole number"
    ),
    (["rules", "try", "-s", "goals", "x"], "invalid value 'goals' for '--stage'"),
    (["rules", "show"], "missing argument"),
    (["rules", "lint", "a.json", "b.json"], "unexpected argument 'b.json'"),
    (["rules", "frobnicate"], "unknown command 'frobnicate'"),
  ])
  func usageErrorsExit64(arguments: [String], message: String) throws {
    let result = try sandbox.run(arguments)
    #expect(result.status == 64)
    #expect(result.output == "")
    #expect(result.errorLines.first?.hasPrefix("learnlog: error: ") == true)
    #expect(result.errorLines.first?.contains(message) == true, "\(result.errorOutput)")
    #expect(result.errorLines.last?.hasPrefix("Run 'learnlog rules") == true)
  }

  @Test func tryAnEmptyAnswerFails() throws {
    let result = try sandbox.run(["rules", "try", "-q", "2"], input: "\n  \n")
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("the answer is empty"))
  }

  // MARK: - help

  @Test(arguments: ["list", "show", "lint", "test", "try"])
  func everySubcommandHasHelpWithExamples(subcommand: String) throws {
    let result = try sandbox.run(["rules", subcommand, "--help"])
    #expect(result.status == 0)
    #expect(result.output.contains("USAGE:\n  learnlog rules \(subcommand)"))
    #expect(result.output.contains("EXAMPLES:\n  learnlog rules \(subcommand)"))
  }

  @Test func theRootHelpListsRules() throws {
    let result = try sandbox.run(["--help"])
    #expect(result.output.contains("  rules "))
  }
}

@Suite struct RulesCommandTreeTests {
  @Test func theTreeIsSound() {
    #expect(CommandTree.root.validationProblems() == [])
  }

  @Test(arguments: [
    ["rules"], ["rules", "list"], ["rules", "show"], ["rules", "lint"], ["rules", "test"],
    ["rules", "try"],
  ])
  func helpFitsEightyColumns(path: [String]) {
    let help = HelpFormatter.render(path, root: CommandTree.root, width: 80)
    #expect(help.contains("USAGE:"))
    #expect(help.contains("EXAMPLES:"))
    for line in help.split(separator: "\n") {
      #expect(line.count <= 80, "\(path): \(line)")
    }
  }

  @Test func tryIsDescribedByItsSpec() throws {
    let rules = try #require(CommandTree.root.subcommand(named: "rules"))
    #expect(rules.defaultSubcommand == "list")
    #expect(rules.visibleSubcommands.map(\.name) == ["list", "show", "lint", "test", "try"])
    let trySpec = try #require(rules.subcommand(named: "try"))
    #expect(trySpec.options.map(\.long) == ["question", "stage"])
    #expect(trySpec.flags.map(\.long) == ["json"])
  }
}
