import Testing

@testable import LearnLog

@Suite struct RuleEngineTests {
  let engine = RuleEngine.builtIn

  func entry(id: Int64 = 14, coachee: String = "Ravi") -> Entry {
    Entry(
      id: id, coachee: coachee, sessionDate: CalendarDate(dayNumber: 20_000),
      createdAt: Date(timeIntervalSince1970: 0))
  }

  @Test func feelingsNudgeExplainsItself() throws {
    let nudges = engine.nudges(
      for: "It was a useful session.", at: .question(2), in: entry(), history: .empty)
    let nudge = try #require(nudges.first)
    #expect(nudge.ruleID == "feelings.name-it")
    #expect(nudge.evidence.summary == #"no feeling word in "It was a useful session.""#)
    #expect(nudge.why.hasPrefix("Naming the feeling"))
  }

  @Test func questionsListFiresOpenAndHowInPriorityOrder() {
    let answer = "What would success look like? Did you call the buyer? Is the price the problem?"
    let nudges = engine.nudges(for: answer, at: .grow(.questions), in: entry(), history: .empty)
    #expect(nudges.map(\.ruleID) == ["questions.open", "questions.how"])
    #expect(nudges[0].evidence.counts == ["questions": 3, "closed": 2])
  }

  @Test func ordersByPriorityThenFileOrder() {
    let nudges = engine.nudges(for: "We did ok.", at: .question(1), in: entry(), history: .empty)
    #expect(nudges.map(\.priority) == nudges.map(\.priority).sorted(by: >))
    #expect(nudges.first?.ruleID == "depth.too-short")
  }

  @Test func onlyRulesForTheStepRun() {
    let nudges = engine.nudges(for: "Fine.", at: .sessionDate, in: entry(), history: .empty)
    #expect(nudges.isEmpty)
  }

  @Test func followUpsToShowSkipsRulesAlreadyOfferedAndHonoursTheLimit() {
    var current = entry()
    let answer = "What would success look like? Did you call the buyer? Is the price the problem?"
    let first = engine.followUpsToShow(for: answer, at: .grow(.questions), in: current, history: .empty)
    #expect(first.map(\.ruleID) == ["questions.open"])
    current.followUps.append(
      FollowUp(nudge: first[0], step: .grow(.questions), at: Date(timeIntervalSince1970: 0)))
    let again = engine.followUpsToShow(for: answer, at: .grow(.questions), in: current, history: .empty)
    #expect(again.map(\.ruleID) == ["questions.how"])
  }

  @Test func phrasingRotatesDeterministically() throws {
    let rule = try #require(engine.rule(id: "feelings.name-it"))
    let asks = (1...40).map { rule.phrasing(for: entry(id: Int64($0)), at: .question(2)) }
    #expect(Set(asks).count == 2)
    #expect(asks == (1...40).map { rule.phrasing(for: entry(id: Int64($0)), at: .question(2)) })
  }

  @Test func recurringThemeNamesTheRuleAndCounts() throws {
    let past = (1...5).map { offset in
      CoachHistory.PastEntry(
        id: Int64(20 - offset), sessionDate: CalendarDate(dayNumber: 19_990 - offset),
        firedRules: offset == 3 ? [] : ["questions.open"])
    }
    let themes = engine.themes(
      for: entry(), firedRules: ["questions.open", "feelings.name-it"],
      history: CoachHistory(entries: past))
    let theme = try #require(themes.first)
    #expect(themes.count == 1)
    #expect(theme.ruleID == "history.recurring-theme")
    #expect(theme.ask.hasPrefix(#"A theme is coming back: "questions.open" fired in 4 of your last 5"#))
    #expect(theme.evidence.relatedEntryID == 19)
  }

  @Test func repeatedAnswerNamesTheEarlierEntry() throws {
    let earlier = CoachHistory.PastEntry(
      id: 7, sessionDate: CalendarDate(dayNumber: 19_000),
      answers: [6: "Listen more, talk less, and let the coachee find the answer."])
    let nudges = engine.nudges(
      for: "Listen more, talk less and let the coachee find the answer.", at: .question(6),
      in: entry(), history: CoachHistory(entries: [earlier]))
    let repeated = try #require(nudges.first { $0.ruleID == "history.repeated-answer" })
    #expect(repeated.evidence.relatedEntryID == 7)
    #expect(repeated.evidence.summary.contains("in entry 7"))
  }

  @Test func aLongAnswerWorks() {
    let sentence = "I asked Ravi how he would win back the 30% volume, then we agreed on Friday. "
    let answer = String(repeating: sentence + "我们讨论了客户。 ", count: 120)
    #expect(Tokenizer.wordCount(of: answer) > 2_000)
    for step in Step.sequence(for: .leadershipLearningLog) {
      _ = engine.nudges(for: answer, at: step, in: entry(), history: .empty)
    }
    let nudges = engine.nudges(for: answer, at: .question(1), in: entry(), history: .empty)
    #expect(nudges.allSatisfy { $0.ruleID != "depth.too-short" })
  }

  @Test func trialMarksWhatWouldBeShownAndEncodesJSON() throws {
    let results = RuleTrial.run(
      engine, answer: "What do you want? Did you try? Is it late?", at: .grow(.questions))
    #expect(results.map(\.isShown) == [true, false])
    let json = try RuleTrial.json(results)
    #expect(json.hasPrefix(#"{"nudges":[{"ask":"#))
    #expect(json.contains(#""rule":"questions.open""#))
    #expect(json.contains(#""shown":true"#))
    #expect(json.contains(#""shown":false"#))
  }
}

@Suite struct RuleErrorTests {
  @Test func messagesNameThePlaceAndTheFix() {
    let place = SourceLocation(file: "rules.json", line: 3, column: 7)
    #expect(RuleError.syntax(place, message: "expected ':' after the key \"id\"").description
      == #"rules.json:3:7: expected ':' after the key "id""#)
    #expect(RuleError.missingField(place, field: "why", context: #"rule "x""#).description
      == #"rules.json:3:7: rule "x" needs "why""#)
    #expect(RuleError.unreadableFile(path: "/tmp/r.json", reason: "no such file").description
      == "/tmp/r.json: cannot read the rules file: no such file")
    #expect(RuleError.unreadableFile(path: "x", reason: "y").location == nil)
  }
}
