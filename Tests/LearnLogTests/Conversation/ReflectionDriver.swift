import LearnLog
import LearnLogTestSupport

/// Drives a Reflection in tests the way the shell does, keeping every effect.
struct ReflectionDriver {
  var reflection: Reflection
  var log: [ConversationEffect] = []
  let clock = FixedClock()

  static let today = CalendarDate(year: 2026, month: 12, day: 2)!

  init(
    entry: Entry = Entry(id: 7, sessionDate: ReflectionDriver.today, createdAt: Date(timeIntervalSince1970: 0)),
    advisor: any FollowUpAdvisor = SilentAdvisor(), history: CoachHistory = .empty
  ) {
    reflection = Reflection(entry: entry, advisor: advisor, history: history, today: Self.today)
    log = reflection.start(at: clock.now)
  }

  @discardableResult
  mutating func type(_ line: String) -> [ConversationEffect] {
    send(.typed(line))
  }

  @discardableResult
  mutating func paste(_ text: String) -> [ConversationEffect] {
    send(.pasted(text))
  }

  @discardableResult
  mutating func send(_ input: ConversationInput) -> [ConversationEffect] {
    clock.advance(seconds: 30)
    let effects = reflection.receive(input, at: clock.now)
    log += effects
    return effects
  }

  /// Answers the context steps: yesterday, Ravi, best.
  mutating func answerContext(coachee: String = "Ravi", kind: String = "best") {
    type("yesterday")
    type(coachee)
    type(kind)
  }

  /// The assistant lines of a set of effects.
  static func said(_ effects: [ConversationEffect]) -> [String] {
    effects.compactMap {
      if case .say(let turn, _) = $0 { return turn.text }
      return nil
    }
  }

  static func hints(_ effects: [ConversationEffect]) -> [String] {
    effects.compactMap {
      if case .hint(let text) = $0 { return text }
      return nil
    }
  }
}
