import Testing

@testable import LearnLog

@Suite struct WordsConditionTests {
  @Test(arguments: [
    ("Fine.", true), ("很好", true), ("👍 👍 ok", true), ("It was a useful session.", false),
    ("我让他先讲数据然后问他", false),
  ])
  func boundsCountWordsAsTheTokenizerDoes(answer: String, fires: Bool) throws {
    #expect(try ConditionTesting.evaluate(#"{ words: { max: 4 } }"#, on: answer).fires == fires)
  }

  @Test func minAndMaxTogether() throws {
    let condition = #"{ words: { min: 2, max: 3 } }"#
    #expect(try !ConditionTesting.evaluate(condition, on: "One").fires)
    #expect(try ConditionTesting.evaluate(condition, on: "One two").fires)
    let result = try ConditionTesting.evaluate(condition, on: "One two three four")
    #expect(result.evidence?.counts["words"] == 4)
  }
}

@Suite struct RatioConditionTests {
  let condition = #"{ ratio: { of: "@we", to: "@i", atLeast: 3, minimumOf: 2 } }"#

  @Test func firesWhenOneListOutnumbersTheOther() throws {
    let result = try ConditionTesting.evaluate(condition, on: "We met, we agreed, our plan. I nodded.")
    #expect(result.fires)
    #expect(result.evidence?.counts == ["we": 3, "I": 1])
  }

  @Test func quietBelowTheFactorOrTheMinimum() throws {
    #expect(try !ConditionTesting.evaluate(condition, on: "We met and I asked, then we agreed.").fires)
    #expect(try !ConditionTesting.evaluate(condition, on: "We met.").fires)
    #expect(try ConditionTesting.evaluate(condition, on: "We met. We agreed.").fires)
  }
}

@Suite struct QuestionsConditionTests {
  @Test func mostlyClosed() throws {
    let condition = #"{ questions: { kind: "closed", fractionAtLeast: 0.6, minimumQuestions: 2 } }"#
    let result = try ConditionTesting.evaluate(
      condition, on: "What would success look like? Did you call? Is price the problem?",
      at: .grow(.questions))
    #expect(result.fires)
    #expect(result.evidence?.counts == ["questions": 3, "closed": 2])
    #expect(try !ConditionTesting.evaluate(condition, on: "Did you call?", at: .grow(.questions)).fires)
  }

  @Test func howCountsAsOpen() throws {
    let condition = #"{ questions: { kind: "open", atLeast: 2 } }"#
    #expect(try ConditionTesting.evaluate(condition, on: "How so? What else?").fires)
  }

  @Test func fewHowQuestions() throws {
    let condition = #"{ questions: { kind: "how", atMost: 0, minimumQuestions: 3 } }"#
    #expect(try ConditionTesting.evaluate(condition, on: "What? Why? Who?").fires)
    #expect(try !ConditionTesting.evaluate(condition, on: "What? Why? How?").fires)
  }
}

@Suite struct ListItemsConditionTests {
  @Test func countsOptions() throws {
    let condition = #"{ listItems: { atMost: 1 } }"#
    #expect(try ConditionTesting.evaluate(condition, on: "Meet the new buyer.").fires)
    #expect(try !ConditionTesting.evaluate(condition, on: "Meet the buyer; offer a trial").fires)
    #expect(try !ConditionTesting.evaluate(condition, on: "打电话、发邮件").fires)
  }
}

@Suite struct QuoteConditionTests {
  @Test func findsQuotedWords() throws {
    let result = try ConditionTesting.evaluate(#"{ quote: true }"#, on: #"She said "I never get the big ones"."#)
    #expect(result.fires)
    #expect(result.evidence?.matches == ["I never get the big ones"])
    #expect(try ConditionTesting.evaluate(#"{ quote: true }"#, on: "他说「我不想做」").fires)
    #expect(try !ConditionTesting.evaluate(#"{ quote: { minimumWords: 3 } }"#, on: #"a "big" deal"#).fires)
  }
}
