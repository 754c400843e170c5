import LearnLog
import LearnLogTestSupport
import Testing

@Suite("Follow-ups in the conversation")
struct FollowUpConversationTests {
  let advisor = ScriptedAdvisor([
    .grow(.goal): [ScriptedAdvisor.nudge("grow.goal-outcome"), ScriptedAdvisor.nudge("depth.too-short")],
    .grow(.reality): [ScriptedAdvisor.nudge("depth.too-short")],
    .question(1): [ScriptedAdvisor.nudge("depth.concrete-example")],
  ])

  func startedAtGoal(_ advisor: any FollowUpAdvisor) -> ReflectionDriver {
    var driver = ReflectionDriver(advisor: advisor)
    driver.answerContext()
    return driver
  }

  @Test func offersOneFollowUpAndKeepsTheReplyAsItsOwnTurn() {
    var driver = startedAtGoal(advisor)
    let effects = driver.type("A plan")
    #expect(ReflectionDriver.said(effects) == ["Follow-up from grow.goal-outcome?"])
    #expect(driver.reflection.isAwaitingFollowUpReply)
    #expect(driver.reflection.step == .grow(.goal))
    let reply = driver.type("She would know by the renewal date.")
    #expect(reply.contains(.respondToFollowUp(ruleID: "grow.goal-outcome", response: .answered, reply: "She would know by the renewal date.")))
    #expect(driver.reflection.entry.grow.goal == "A plan")
    #expect(driver.reflection.step == .grow(.reality))
    #expect(driver.reflection.entry.followUps.map(\.response) == [.answered])
  }

  @Test func neverOffersTheSameRuleTwiceInOneEntry() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    driver.type("reply")
    driver.type("Reality")  // depth.too-short would fire here but was not offered at goal…
    #expect(driver.reflection.isAwaitingFollowUpReply)
    driver.type("reply")
    #expect(driver.reflection.step == .grow(.options))
    driver.type("/back")
    driver.type("/back")
    #expect(driver.reflection.step == .grow(.goal))
    let effects = driver.type("A plan again")
    #expect(!effects.contains { if case .offerFollowUp = $0 { return true } else { return false } })
  }

  @Test("Rewriting an answer withdraws the follow-ups its old text raised and got no reply")
  func aRevisedAnswerWithdrawsUnansweredFollowUps() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    driver.type("/skip")  // grow.goal-outcome, skipped
    #expect(driver.reflection.step == .grow(.reality))
    driver.type("/back")
    #expect(driver.reflection.step == .grow(.goal))
    let effects = driver.type("A plan with a date QUIET")
    #expect(effects.contains(.withdrawFollowUp(ruleID: "grow.goal-outcome")))
    #expect(driver.reflection.entry.followUps.isEmpty)
    #expect(driver.reflection.entry.grow.goal == "A plan with a date QUIET")
    let why = driver.type("/why")
    #expect(ReflectionDriver.hints(why).first?.contains("No follow-up has been asked yet") == true)
  }

  @Test("A follow-up the coach replied to stays when the answer is rewritten")
  func aRevisedAnswerKeepsAnsweredFollowUps() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    driver.type("She would know by the renewal date.")
    driver.type("/back")
    let effects = driver.type("A better plan QUIET")
    #expect(!effects.contains { if case .withdrawFollowUp = $0 { return true } else { return false } })
    #expect(driver.reflection.entry.followUps.map(\.response) == [.answered])
  }

  @Test func showsTwoWhenTheRulesAllowIt() {
    var twoAdvisor = advisor
    twoAdvisor.maxFollowUpsPerAnswer = 2
    var driver = startedAtGoal(twoAdvisor)
    driver.type("A plan")
    let second = driver.type("reply one")
    #expect(ReflectionDriver.said(second) == ["Follow-up from depth.too-short?"])
    driver.type("reply two")
    #expect(driver.reflection.step == .grow(.reality))
    #expect(driver.reflection.entry.followUps.count == 2)
  }

  @Test func skipAndEmptyLineSkipTheFollowUp() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    let effects = driver.type("/skip")
    #expect(effects.contains(.respondToFollowUp(ruleID: "grow.goal-outcome", response: .skipped, reply: nil)))
    #expect(driver.reflection.entry.grow.goal == "A plan")
    #expect(driver.reflection.entry.skipped.isEmpty)
    driver.type("Reality")
    driver.type("")
    #expect(driver.reflection.entry.followUps.map(\.response) == [.skipped, .skipped])
    #expect(driver.reflection.step == .grow(.options))
  }

  @Test func dismissStopsTheRuleForThisEntry() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    let effects = driver.type("/dismiss")
    #expect(effects.contains(.respondToFollowUp(ruleID: "grow.goal-outcome", response: .dismissed, reply: nil)))
    #expect(driver.reflection.step == .grow(.reality))
    #expect(ReflectionDriver.hints(driver.type("/dismiss")).count == 1)
  }

  @Test func whyExplainsTheLastFollowUpWithItsEvidence() {
    var driver = startedAtGoal(advisor)
    #expect(ReflectionDriver.hints(driver.type("/why")).count == 1)
    driver.type("A plan")
    let effects = driver.type("/why")
    #expect(ReflectionDriver.said(effects) == ["grow.goal-outcome — Because grow.goal-outcome matters. Fired because: evidence for grow.goal-outcome"])
    // Shown set under the follow-up it explains, not as a line of its own.
    #expect(effects.contains { if case .say(_, .explanation) = $0 { true } else { false } })
    #expect(driver.reflection.isAwaitingFollowUpReply)
  }

  @Test func noFollowUpAfterAFollowUpReply() {
    var driver = startedAtGoal(advisor)
    driver.type("QUIET goal")
    driver.type("Reality")
    let effects = driver.type("a reply that would fire again")
    #expect(!effects.contains { if case .offerFollowUp = $0 { return true } else { return false } })
  }

  @Test func backDuringAFollowUpReturnsToItsAnswer() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    let effects = driver.type("/back")
    #expect(effects.contains(.preload("A plan")))
    #expect(driver.reflection.step == .grow(.goal))
    #expect(!driver.reflection.isAwaitingFollowUpReply)
    #expect(driver.reflection.entry.followUps.first?.response == .skipped)
  }

  @Test func doneDuringAFollowUpSkipsIt() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    driver.type("/done")
    #expect(driver.reflection.entry.followUps.first?.response == .skipped)
    #expect(driver.reflection.state == .finished)
  }

  @Test func resumeReoffersAPendingFollowUp() {
    var driver = startedAtGoal(advisor)
    driver.type("A plan")
    driver.type("/pause")
    let paused = driver.reflection.entry
    let resumed = ReflectionDriver(entry: paused, advisor: advisor)
    #expect(resumed.reflection.isAwaitingFollowUpReply)
    #expect(ReflectionDriver.said(resumed.log).last == "Follow-up from grow.goal-outcome?")
  }

  @Test func themesAppearInTheClosingSummary() {
    let theme = Nudge(
      ruleID: "history.recurring-theme", ask: "\"questions.open\" fired in 3 of your last 5 reflections.",
      why: "", priority: 1, evidence: Evidence(summary: ""))
    var driver = startedAtGoal(ScriptedAdvisor([:], themes: [theme]))
    driver.type("A plan for the quarter")
    driver.type("/done")
    #expect(ReflectionDriver.said(driver.log).contains("A theme is coming back: \"questions.open\" fired in 3 of your last 5 reflections."))
  }
}
