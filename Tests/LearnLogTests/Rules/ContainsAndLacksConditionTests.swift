import Testing

@testable import LearnLog

@Suite struct ContainsConditionTests {
  @Test func findsAPhraseOnWordBoundariesAndQuotesTheCoach() throws {
    let result = try ConditionTesting.evaluate(#"{ contains: ["i told", "told * to"] }"#,
      on: "Then I TOLD him to call.")
    #expect(result.fires)
    #expect(result.evidence?.matches == ["I TOLD", "TOLD him to"])
  }

  @Test func doesNotMatchInsideWords() throws {
    #expect(try !ConditionTesting.evaluate(#"{ contains: "tell" }"#, on: "He is telling me.").fires)
  }

  @Test func countsWithAtLeast() throws {
    let condition = ##"{ contains: { patterns: ["#"], label: "figure", atLeast: 2 } }"##
    #expect(try ConditionTesting.evaluate(condition, on: "Up 12% on 3 lanes").fires)
    let one = try ConditionTesting.evaluate(condition, on: "Up 12% overall")
    #expect(!one.fires)
    #expect(one.evidence?.summary.contains("fewer than 2") == true)
  }

  @Test func usesWordListsAndPrefixes() throws {
    #expect(try ConditionTesting.evaluate(#"{ contains: "@feelings" }"#, on: "Frustrated!").fires)
    #expect(try ConditionTesting.evaluate(#"{ contains: "@feelings" }"#, on: "我有点紧张").fires)
  }
}

@Suite struct LacksConditionTests {
  @Test func firesWhenNothingMatchesWithALabelledSummary() throws {
    let result = try ConditionTesting.evaluate(#"{ lacks: "@feelings" }"#, on: "It was a useful session.")
    #expect(result.fires)
    #expect(result.evidence?.summary == #"no feeling word in "It was a useful session.""#)
  }

  @Test func quietWhenAPatternMatches() throws {
    let result = try ConditionTesting.evaluate(#"{ lacks: "@feelings" }"#, on: "I felt uneasy.")
    #expect(!result.fires)
    #expect(result.evidence?.matches == ["uneasy"])
  }

  @Test func notOfContainsIsLacks() throws {
    #expect(try ConditionTesting.evaluate(#"{ not: { contains: "@feelings" } }"#, on: "Fine").fires)
  }
}
