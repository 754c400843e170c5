import Testing

@testable import LearnLog

/// One case per (rule, example) of the built-in pack, so a failure names both.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
  let rule: Rule
  let example: RuleExample
  let shouldFire: Bool

  var testDescription: String {
    "\(rule.id) \(shouldFire ? "fires" : "quiet") on \(example.description)"
  }

  static let builtIn: [RuleExampleCase] = RuleEngine.builtIn.rules.flatMap { rule in
    rule.examples.fires.map { RuleExampleCase(rule: rule, example: $0, shouldFire: true) }
      + rule.examples.quiet.map { RuleExampleCase(rule: rule, example: $0, shouldFire: false) }
  }
}

@Suite("Built-in rule pack")
struct BuiltInRuleExamplesTests {
  @Test("every example behaves as written", arguments: RuleExampleCase.builtIn)
  func example(_ item: RuleExampleCase) {
    let failure = RuleExampleRunner.check(item.rule, item.example, expectedToFire: item.shouldFire)
    #expect(failure == nil, "\(failure?.description ?? "")")
  }

  static let issueThreeIDs = [
    "depth.too-short", "depth.concrete-example", "ownership.i-not-we", "ownership.control",
    "feelings.name-it", "questions.how", "questions.open", "telling.not-asking",
    "plan.what-stopped-you", "results.measurable", "results.link-to-business",
    "actions.stop-start-continue", "actions.when", "actions.vague-verbs", "hedging.commit",
    "balance.growth-edge", "theory.name-the-model", "grow.goal-outcome", "grow.options-several",
    "history.repeated-answer", "history.recurring-theme",
  ]

  @Test func everyIssueRuleExists() {
    let ids = Set(RuleEngine.builtIn.rules.map(\.id))
    for id in Self.issueThreeIDs {
      #expect(ids.contains(id), "missing built-in rule \(id)")
    }
  }

  @Test func idsAreUniqueAndEveryRuleHasBothKindsOfExample() {
    let rules = RuleEngine.builtIn.rules
    #expect(Set(rules.map(\.id)).count == rules.count)
    for rule in rules {
      #expect(!rule.examples.fires.isEmpty, "\(rule.id) has no fires example")
      #expect(!rule.examples.quiet.isEmpty, "\(rule.id) has no quiet example")
      #expect(!rule.ask.isEmpty && !rule.why.isEmpty, "\(rule.id) needs ask and why")
    }
  }

  @Test func packLintsClean() {
    #expect(RuleLinter.lintBuiltIn() == [])
  }

  @Test func tooShortHasCJKExamples() throws {
    let rule = try #require(RuleEngine.builtIn.rule(id: "depth.too-short"))
    let all = rule.examples.fires + rule.examples.quiet
    #expect(all.contains { $0.answer.unicodeScalars.contains(where: Tokenizer.isCJKCharacter) })
  }
}
