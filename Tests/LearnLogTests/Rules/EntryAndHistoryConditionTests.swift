import Testing

@testable import LearnLog

@Suite struct OtherAnswerConditionTests {
  let condition = #"{ otherAnswer: { step: "q3", when: { contains: "because" } } }"#

  @Test func testsAnotherAnswerOfTheEntry() throws {
    let result = try ConditionTesting.evaluate(
      condition, on: "anything", at: .question(4), entry: [.question(3): "I forgot because of time"])
    #expect(result.fires)
    #expect(result.evidence?.summary.hasPrefix("at q3: ") == true)
  }

  @Test func missingAnswerFollowsIfMissing() throws {
    #expect(try !ConditionTesting.evaluate(condition, on: "x", at: .question(4)).fires)
    let lenient = #"{ otherAnswer: { step: "goal", when: { words: { min: 1 } }, ifMissing: true } }"#
    #expect(try ConditionTesting.evaluate(lenient, on: "x", at: .question(4)).fires)
  }
}

@Suite struct FiredBeforeConditionTests {
  func history(_ fired: [Bool]) -> [CoachHistory.PastEntry] {
    fired.enumerated().map { offset, didFire in
      CoachHistory.PastEntry(
        id: Int64(50 - offset), sessionDate: CalendarDate(dayNumber: 20_000 - offset),
        firedRules: didFire ? ["questions.open"] : [])
    }
  }

  @Test func countsTheLastEntriesOnly() throws {
    let condition = #"{ firedBefore: { rule: "questions.open", inAtLeast: 3, ofLast: 5 } }"#
    let result = try ConditionTesting.evaluate(
      condition, on: "", history: history([true, false, true, true, false]))
    #expect(result.fires)
    #expect(result.evidence?.counts == ["entries": 3, "of": 5])
    #expect(result.evidence?.relatedEntryID == 50)
    #expect(
      try !ConditionTesting.evaluate(
        condition, on: "", history: history([true, false, false, false, false, true, true])
      ).fires)
  }

  @Test func defaultsToTheRuleItself() throws {
    let past = [CoachHistory.PastEntry(id: 1, sessionDate: CalendarDate(dayNumber: 1), firedRules: ["test.rule"])]
    #expect(try ConditionTesting.evaluate(#"{ firedBefore: { inAtLeast: 1, ofLast: 5 } }"#, on: "", history: past).fires)
  }
}

@Suite struct SimilarToEarlierConditionTests {
  let condition = #"{ similarToEarlier: { atLeast: 0.8 } }"#

  func past(_ id: Int64, _ answer: String, at number: Int = 6) -> CoachHistory.PastEntry {
    CoachHistory.PastEntry(id: id, sessionDate: CalendarDate(dayNumber: 1), answers: [number: answer])
  }

  @Test func namesTheEntryItComparedWith() throws {
    let result = try ConditionTesting.evaluate(
      condition, on: "I need to listen more and talk less.", at: .question(6),
      history: [past(9, "Something else entirely here."), past(4, "I need to listen more, and talk less!")])
    #expect(result.fires)
    #expect(result.evidence?.relatedEntryID == 4)
    #expect(result.evidence?.counts["similarity%"] == 100)
  }

  @Test func comparesTheSameStepOnly() throws {
    let answer = "I need to listen more and talk less."
    #expect(try !ConditionTesting.evaluate(condition, on: answer, at: .question(6), history: [past(4, answer, at: 7)]).fires)
  }

  @Test func theCurrentEntryIsNotItsOwnHistory() throws {
    let engine = RuleEngine(ruleSet: RuleSet.compile([try RuleFile(text: """
      { rules: [{ id: "r", appliesTo: ["q6"], when: { similarToEarlier: { atLeast: 0.8 } }, ask: "?", why: "." }] }
      """, name: "x")]).rules)
    var entry = Entry(id: 4, sessionDate: CalendarDate(dayNumber: 2), createdAt: Date(timeIntervalSince1970: 0))
    let answer = "I need to listen more and talk less."
    entry.answers[6] = answer
    let history = CoachHistory(entries: [past(4, answer)])
    #expect(engine.nudges(for: answer, at: .question(6), in: entry, history: history).isEmpty)
  }
}
