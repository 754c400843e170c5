import Testing

@testable import LearnLog

/// Builds a one-rule file around a condition and evaluates it, so each condition kind is tested
/// through the same path the engine uses.
enum ConditionTesting {
  static let lists = """
    wordLists: {
      feelings: { label: "feeling word", words: ["uneasy", "proud", "frustrat*", "紧张"] },
      we: { label: "we", words: ["we", "us", "our"] },
      i: { label: "I", words: ["i", "me", "my"] },
    },
    """

  static func rule(_ condition: String, appliesTo: String = "[\"any\"]") throws -> Rule {
    let text = """
      {
        \(lists)
        rules: [{ id: "test.rule", appliesTo: \(appliesTo), when: \(condition), ask: "?", why: "." }],
      }
      """
    let file = try RuleFile(text: text, name: "test.json5")
    let (set, problems) = RuleSet.compile([file])
    #expect(problems == [], "\(problems.map(\.description))")
    return try #require(set.rules.first)
  }

  static func evaluate(
    _ condition: String, on answer: String, at step: Step = .question(1),
    entry: [Step: String] = [:], history: [CoachHistory.PastEntry] = []
  ) throws -> (fires: Bool, evidence: Evidence?) {
    let example = RuleExample(answer: answer, step: step, entryAnswers: entry, history: history)
    return RuleExampleRunner.evaluate(try rule(condition), on: example)
  }

  static func problems(in text: String) -> [RuleError] {
    do {
      return RuleSet.compile([try RuleFile(text: text, name: "user.json5")]).problems
    } catch {
      return [error]
    }
  }
}
