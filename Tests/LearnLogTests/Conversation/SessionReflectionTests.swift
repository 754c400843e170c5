import LearnLog
import LearnLogTestSupport
import Testing

@Suite("A reflection on a registered session")
struct AttachedReflectionTests {
  static let today = CalendarDate(year: 2026, month: 12, day: 2)!
  static let session = CoachingSession(
    id: 4, date: CalendarDate(year: 2026, month: 11, day: 30)!, coachee: "Ravi",
    topic: "Key client", durationMinutes: 45, createdAt: Date(timeIntervalSince1970: 0))

  static func newEntry() -> Entry {
    Entry(id: 9, sessionDate: today, createdAt: Date(timeIntervalSince1970: 0))
  }

  static func said(_ effects: [ConversationEffect]) -> [String] {
    effects.compactMap { if case .say(let turn, _) = $0 { turn.text } else { nil } }
  }

  @Test func startsAtTheKindWithTheSessionsContext() {
    var reflection = Reflection(entry: Self.newEntry(), today: Self.today, session: Self.session)
    #expect(reflection.step == .kind)
    #expect(reflection.entry.coachee == "Ravi")
    #expect(reflection.entry.sessionDate == Self.session.date)
    let effects = reflection.start(at: Date(timeIntervalSince1970: 10))
    #expect(Self.said(effects) == [
      "Let's reflect on your session with Ravi on 30 Nov: Key client.",
      "Was this your Best session, your Most Challenging, or another?",
    ])
    #expect(effects.contains(.updateContext(kind: .other, coachee: "Ravi", sessionDate: Self.session.date)))
    #expect(effects.contains(.moveTo(.kind)))
  }

  @Test func theContextCannotBeReachedWithBack() {
    var reflection = Reflection(entry: Self.newEntry(), today: Self.today, session: Self.session)
    _ = reflection.start(at: Date(timeIntervalSince1970: 10))
    let effects = reflection.receive(.typed("/back"), at: Date(timeIntervalSince1970: 20))
    #expect(effects == [.hint("This is the first question; there is nothing before it.")])
    #expect(reflection.step == .kind)
  }

  @Test func theKindCompletesTheContextBeforeGrow() {
    var reflection = Reflection(entry: Self.newEntry(), today: Self.today, session: Self.session)
    _ = reflection.start(at: Date(timeIntervalSince1970: 10))
    let effects = reflection.receive(.typed("challenging"), at: Date(timeIntervalSince1970: 20))
    let complete = ConversationEffect.contextComplete(
      kind: .challenging, coachee: "Ravi", sessionDate: Self.session.date)
    let completeIndex = effects.firstIndex(of: complete)
    let moveIndex = effects.firstIndex(of: .moveTo(.grow(.goal)))
    #expect(completeIndex != nil && moveIndex != nil && completeIndex! < moveIndex!)
  }

  @Test func withoutASessionTheContextCompletesAfterTheKindOnly() {
    var reflection = Reflection(entry: Self.newEntry(), today: Self.today)
    _ = reflection.start(at: Date(timeIntervalSince1970: 10))
    var all: [ConversationEffect] = []
    for line in ["yesterday", "Mei"] {
      all += reflection.receive(.typed(line), at: Date(timeIntervalSince1970: 20))
    }
    #expect(!all.contains { if case .contextComplete = $0 { true } else { false } })
    let effects = reflection.receive(.typed("/skip"), at: Date(timeIntervalSince1970: 30))
    #expect(effects.contains(.contextComplete(kind: .other, coachee: "Mei", sessionDate: Self.today.adding(days: -1))))
  }

  @Test func aResumedAttachedDraftContinuesWhereItStopped() {
    var entry = Self.newEntry()
    entry.coachee = "Ravi"
    entry.sessionDate = Self.session.date
    entry.currentStep = .grow(.reality)
    var reflection = Reflection(entry: entry, today: Self.today, session: Self.session)
    #expect(reflection.step == .grow(.reality))
    #expect(Self.said(reflection.start(at: Date(timeIntervalSince1970: 0))).first?.hasPrefix("Welcome back") == true)
  }

  @Test func theFollowUpLimitAdvisorOverridesOnlyTheLimit() {
    let nudges = [ScriptedAdvisor.nudge("a"), ScriptedAdvisor.nudge("b")]
    let base = ScriptedAdvisor([.question(1): nudges], maxFollowUpsPerAnswer: 1)
    let limited = FollowUpLimitAdvisor(base, maxFollowUpsPerAnswer: 2)
    #expect(limited.maxFollowUpsPerAnswer == 2)
    let entry = Self.newEntry()
    #expect(limited.nudges(for: "x", at: .question(1), in: entry, history: .empty) == nudges)
    var reflection = Reflection(entry: entry, advisor: limited, today: Self.today, session: Self.session)
    _ = reflection.start(at: Date(timeIntervalSince1970: 0))
    _ = reflection.receive(.typed("best"), at: Date(timeIntervalSince1970: 1))
    for _ in 0..<5 { _ = reflection.receive(.typed(""), at: Date(timeIntervalSince1970: 2)) }
    #expect(reflection.step == .question(1))
    _ = reflection.receive(.typed("I listened."), at: Date(timeIntervalSince1970: 3))
    _ = reflection.receive(.typed("reply one"), at: Date(timeIntervalSince1970: 4))
    // With a limit of 2 the second nudge follows the first.
    #expect(reflection.isAwaitingFollowUpReply)
    #expect(reflection.entry.followUps.map(\.ruleID) == ["a", "b"])
  }
}
