/// The built-in rule pack as an advisor that compiles the pack only when the first answer needs
/// it (`RuleEngine.builtIn` is made once per process, on first use).
///
/// A reflection asks its first question before any rule runs, so with no user rule file the
/// conversation starts without paying for the compile; the cost moves to the first answer,
/// where it is hidden in the time the coach spends typing.
public struct BuiltInAdvisor: FollowUpAdvisor {
  public init() {}

  public func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory)
    -> [Nudge]
  {
    RuleEngine.builtIn.nudges(for: answer, at: step, in: entry, history: history)
  }

  public func themes(for entry: Entry, history: CoachHistory) -> [Nudge] {
    RuleEngine.builtIn.themes(for: entry, history: history)
  }

  public var maxFollowUpsPerAnswer: Int { RuleEngine.builtIn.maxFollowUpsPerAnswer }
}
