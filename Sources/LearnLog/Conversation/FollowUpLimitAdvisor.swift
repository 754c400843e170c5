/// Another advisor with a different number of follow-ups per answer: the coach's setting (flag
/// or config file) over the rule file's.
public struct FollowUpLimitAdvisor: FollowUpAdvisor {
  public let base: any FollowUpAdvisor
  public let maxFollowUpsPerAnswer: Int

  public init(_ base: any FollowUpAdvisor, maxFollowUpsPerAnswer: Int) {
    self.base = base
    self.maxFollowUpsPerAnswer = maxFollowUpsPerAnswer
  }

  public func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory)
    -> [Nudge]
  {
    base.nudges(for: answer, at: step, in: entry, history: history)
  }

  public func themes(for entry: Entry, history: CoachHistory) -> [Nudge] {
    base.themes(for: entry, history: history)
  }
}
