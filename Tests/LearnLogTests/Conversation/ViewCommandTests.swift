import LearnLog
import LearnLogTestSupport
import Testing

/// `/prepare` and `/review`: the shell shows a view of the log, and the conversation carries on
/// at the same question, with nothing recorded.
@Suite("Views from inside the conversation")
struct ViewCommandTests {
  @Test(arguments: ViewRequest.allCases)
  func aViewIsShownAndTheQuestionAskedAgain(request: ViewRequest) {
    var driver = ReflectionDriver()
    driver.answerContext()
    let before = driver.reflection.entry
    let effects = driver.type("/" + request.rawValue)
    #expect(effects == [
      .showView(request),
      .hint("Back to your reflection. Goal — what did Ravi want from the session?"),
    ])
    #expect(driver.reflection.step == .grow(.goal))
    #expect(driver.reflection.entry == before, "nothing recorded or changed")
  }

  @Test func atTheFirstQuestionTheViewComesBeforeAnythingIsAnswered() {
    var driver = ReflectionDriver()
    #expect(driver.type("/prepare").first == .showView(.prepare))
    #expect(driver.reflection.step == .sessionDate)
  }

  @Test func aPendingFollowUpIsAskedAgain() {
    let advisor = ScriptedAdvisor([.grow(.goal): [ScriptedAdvisor.nudge("depth.too-short")]])
    var driver = ReflectionDriver(advisor: advisor)
    driver.answerContext()
    driver.type("A goal")
    #expect(driver.reflection.isAwaitingFollowUpReply)
    let effects = driver.type("/review")
    #expect(effects.last == .hint("Back to your reflection. Follow-up from depth.too-short?"))
    #expect(driver.reflection.isAwaitingFollowUpReply)
  }
}
