import LearnLog
import Testing

/// The conversation with the real rule engine and the built-in pack, not a scripted advisor:
/// what a coach actually sees after a thin answer, from /why, at the limits, and from history.
@Suite("Follow-ups from the built-in rules")
struct BuiltInRulesConversationTests {
  let engine = RuleEngine.builtIn

  /// A draft resumed at `step`, with the session context already answered.
  func resumed(
    at step: Step, advisor: any FollowUpAdvisor = RuleEngine.builtIn, history: CoachHistory = .empty
  ) -> ReflectionDriver {
    let entry = Entry(
      id: 7, kind: .best, coachee: "Ravi", sessionDate: ReflectionDriver.today,
      currentStep: step, createdAt: Date(timeIntervalSince1970: 0))
    return ReflectionDriver(entry: entry, advisor: advisor, history: history)
  }

  static func offered(_ effects: [ConversationEffect]) -> [FollowUp] {
    effects.compactMap {
      if case .offerFollowUp(let followUp) = $0 { return followUp }
      return nil
    }
  }

  @Test func aThinAnswerGetsAFollowUp() throws {
    var driver = ReflectionDriver(advisor: engine)
    driver.answerContext()
    let effects = driver.type("A plan")
    let followUp = try #require(Self.offered(effects).first)
    #expect(followUp.ruleID == "depth.too-short")
    #expect(followUp.step == .grow(.goal))
    #expect(followUp.evidence.counts["words"] == 2)
    #expect(ReflectionDriver.said(effects) == [followUp.ask])
    #expect(driver.reflection.isAwaitingFollowUpReply)

    driver.type("She wanted a plan for the Q3 renewal she could own.")
    #expect(driver.reflection.entry.followUps.map(\.response) == [.answered])
    #expect(driver.reflection.entry.grow.goal == "A plan")
    #expect(driver.reflection.step == .grow(.reality))
  }

  @Test func aFullAnswerGetsNone() {
    var driver = resumed(at: .question(2))
    let effects = driver.type(
      "I felt uneasy when he went quiet, then relieved when he named the risk.")
    #expect(Self.offered(effects).isEmpty)
    #expect(driver.reflection.step == .question(3))
  }

  @Test func whyNamesTheMatchedWords() throws {
    var driver = resumed(at: .question(1))
    let effects = driver.type("I told him to call the client first, then he agreed.")
    let followUp = try #require(Self.offered(effects).first)
    #expect(followUp.ruleID == "telling.not-asking")
    #expect(followUp.evidence.matches.contains("told him to"))

    let why = try #require(ReflectionDriver.said(driver.type("/why")).first)
    #expect(why.hasPrefix("telling.not-asking — "))
    #expect(why.contains(followUp.why))
    #expect(why.contains("\"told him to\""))
    #expect(why.contains("\"I told\""))
    #expect(driver.reflection.isAwaitingFollowUpReply, "/why does not answer the follow-up")
  }

  @Test func oneFollowUpPerAnswerEvenWhenSeveralRulesFire() {
    let answer = "What do you want? Did you try? Is it late?"
    let fired = engine.nudges(
      for: answer, at: .grow(.questions), in: resumed(at: .grow(.questions)).reflection.entry,
      history: .empty)
    #expect(fired.map(\.ruleID) == ["questions.open", "questions.how"])

    var driver = resumed(at: .grow(.questions))
    let effects = driver.type(answer)
    #expect(Self.offered(effects).map(\.ruleID) == ["questions.open"])
    let afterReply = driver.type("How could you make it happen by Friday?")
    #expect(Self.offered(afterReply).isEmpty, "no follow-up after a follow-up reply")
    #expect(driver.reflection.step == .question(1))
    #expect(driver.reflection.entry.followUps.map(\.ruleID) == ["questions.open"])
  }

  @Test func twoFollowUpsWhenTheRuleFileSaysSo() throws {
    let (engine, problems) = RuleEngine.loading(
      userFile: "{ settings: { maxFollowUpsPerAnswer: 2 } }", named: "rules.json")
    #expect(problems.isEmpty)
    var driver = resumed(at: .grow(.questions), advisor: engine)
    #expect(
      Self.offered(driver.type("What do you want? Did you try? Is it late?")).map(\.ruleID) == [
        "questions.open"
      ])
    #expect(
      Self.offered(driver.type("How could you make it happen?")).map(\.ruleID) == ["questions.how"])
    driver.type("How will you know it worked?")
    #expect(driver.reflection.step == .question(1))
    #expect(driver.reflection.entry.followUps.count == 2)
  }

  @Test func neverTheSameRuleTwiceInOneEntry() throws {
    var driver = ReflectionDriver(advisor: engine)
    driver.answerContext()
    #expect(Self.offered(driver.type("A plan")).map(\.ruleID) == ["depth.too-short"])
    driver.type("ok")
    // Just as short, so depth.too-short fires again, but it was offered at the goal already.
    #expect(
      engine.nudges(
        for: "Too busy", at: .grow(.reality), in: driver.reflection.entry, history: .empty
      )
      .map(\.ruleID) == ["depth.too-short"])
    let effects = driver.type("Too busy")
    #expect(Self.offered(effects).isEmpty)
    #expect(driver.reflection.step == .grow(.options))
    #expect(driver.reflection.entry.followUps.map(\.ruleID) == ["depth.too-short"])
  }

  @Test func aDismissedRuleStaysQuietForTheEntry() {
    var driver = ReflectionDriver(advisor: engine)
    driver.answerContext()
    driver.type("A plan")
    driver.type("/dismiss")
    #expect(Self.offered(driver.type("Too busy")).isEmpty)
    #expect(driver.reflection.entry.followUps.map(\.response) == [.dismissed])
  }

  // MARK: - History

  static let learning =
    "I learned that when I stay quiet for 10 seconds, Ravi finds the answer himself."

  @Test func aRepeatedAnswerNamesTheEarlierEntry() throws {
    var earlier = CoachHistory.PastEntry(
      id: 42, sessionDate: CalendarDate(year: 2026, month: 11, day: 18)!)
    earlier.answers[6] = Self.learning
    let history = CoachHistory(entries: [earlier])
    var driver = resumed(at: .question(6), history: history)
    // Nearly the same: one word changed.
    let effects = driver.type(
      "I learned that when I stay quiet for 10 seconds, Ravi finds the answer himself again.")
    let followUp = try #require(Self.offered(effects).first)
    #expect(followUp.ruleID == "history.repeated-answer")
    #expect(followUp.evidence.relatedEntryID == 42)
    #expect(followUp.evidence.summary.contains("entry 42"))
    let why = try #require(ReflectionDriver.said(driver.type("/why")).first)
    #expect(why.contains("entry 42"))
  }

  @Test func aNewAnswerIsNotARepeat() {
    var earlier = CoachHistory.PastEntry(
      id: 42, sessionDate: CalendarDate(year: 2026, month: 11, day: 18)!)
    earlier.answers[6] = "Silence works: I waited 10 seconds and Mia named her own next step."
    var driver = resumed(at: .question(6), history: CoachHistory(entries: [earlier]))
    #expect(Self.offered(driver.type(Self.learning)).isEmpty)
  }

  /// Five earlier entries, newest first; `feelings.name-it` fired in those at `firing`.
  static func history(firingAt firing: Set<Int>) -> CoachHistory {
    CoachHistory(
      entries: (0..<5).map { index in
        CoachHistory.PastEntry(
          id: Int64(20 - index), sessionDate: ReflectionDriver.today.adding(days: -7 * (index + 1)),
          firedRules: firing.contains(index) ? ["feelings.name-it"] : ["depth.too-short"])
      })
  }

  func finishAfterAThinFeelingAnswer(history: CoachHistory) -> (
    said: [String], summary: ReflectionSummary?
  ) {
    var driver = resumed(at: .question(2), history: history)
    driver.type("It was a useful session.")
    driver.type("/skip")
    let effects = driver.type("/done")
    let summary = effects.lazy.compactMap {
      if case .finish(let summary) = $0 { return summary }
      return nil
    }.first
    return (ReflectionDriver.said(effects), summary)
  }

  @Test func aRecurringThemeIsNamedInTheClosingSummary() throws {
    let (said, summary) = finishAfterAThinFeelingAnswer(history: Self.history(firingAt: [0, 2, 4]))
    let theme = try #require(summary?.themes.first)
    #expect(summary?.themes.count == 1)
    #expect(theme.ruleID == "history.recurring-theme")
    #expect(theme.evidence.counts["entries"] == 3)
    #expect(theme.ask.contains("feelings.name-it"))
    #expect(
      said.contains { $0.hasPrefix("A theme is coming back:") && $0.contains("feelings.name-it") })
  }

  @Test func twoOfTheLastFiveIsNotYetATheme() throws {
    let (said, summary) = finishAfterAThinFeelingAnswer(history: Self.history(firingAt: [0, 3]))
    #expect(summary?.themes == [])
    #expect(!said.contains { $0.contains("A theme is coming back") })
  }

  @Test func onlyTheLastFiveEntriesCount() throws {
    var history = Self.history(firingAt: [3, 4])
    history.entries.append(
      CoachHistory.PastEntry(
        id: 1, sessionDate: ReflectionDriver.today.adding(days: -70),
        firedRules: ["feelings.name-it"]))
    let (_, summary) = finishAfterAThinFeelingAnswer(history: history)
    #expect(summary?.themes == [])
  }
}
