/// Decides which follow-ups an answer deserves. The rule engine is the real one; tests pass
/// scripted advisors. Implementations are pure: same inputs, same nudges.
public protocol FollowUpAdvisor: Sendable {
  /// Every nudge that fires for `answer` given at `step` of `entry`, highest priority first.
  /// `entry` already holds the earlier answers of this reflection.
  func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory) -> [Nudge]

  /// Whole-entry observations for the closing summary, such as a rule that keeps firing across
  /// the coach's recent entries. `entry` holds this reflection's follow-ups.
  func themes(for entry: Entry, history: CoachHistory) -> [Nudge]

  /// How many follow-ups one answer may receive (the rule file's setting; 1 unless told).
  var maxFollowUpsPerAnswer: Int { get }
}

extension FollowUpAdvisor {
  public func themes(for entry: Entry, history: CoachHistory) -> [Nudge] { [] }
  public var maxFollowUpsPerAnswer: Int { 1 }
}

/// An advisor that never asks a follow-up.
public struct SilentAdvisor: FollowUpAdvisor {
  public init() {}
  public func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory)
    -> [Nudge]
  { [] }
}
