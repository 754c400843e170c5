/// Decides which follow-ups an answer deserves. The rule engine is the real one; tests pass
/// scripted advisors. Implementations are pure: same inputs, same nudges.
public protocol FollowUpAdvisor: Sendable {
  /// Every nudge that fires for `answer` given at `step` of `entry`, highest priority first.
  /// `entry` already holds the earlier answers of this reflection.
  func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory) -> [Nudge]
}

/// An advisor that never asks a follow-up.
public struct SilentAdvisor: FollowUpAdvisor {
  public init() {}
  public func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory)
    -> [Nudge]
  { [] }
}
