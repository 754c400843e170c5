import LearnLog

/// An advisor for conversation tests: fires the nudges it was given for a step, whatever the
/// answer, unless the answer contains `quietWord`.
public struct ScriptedAdvisor: FollowUpAdvisor {
  public var nudgesByStep: [Step: [Nudge]]
  public var themesToReport: [Nudge]
  public var maxFollowUpsPerAnswer: Int
  public var quietWord: String

  public init(
    _ nudgesByStep: [Step: [Nudge]], themes: [Nudge] = [], maxFollowUpsPerAnswer: Int = 1,
    quietWord: String = "QUIET"
  ) {
    self.nudgesByStep = nudgesByStep
    self.themesToReport = themes
    self.maxFollowUpsPerAnswer = maxFollowUpsPerAnswer
    self.quietWord = quietWord
  }

  public func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory)
    -> [Nudge]
  {
    answer.contains(quietWord) ? [] : nudgesByStep[step] ?? []
  }

  public func themes(for entry: Entry, history: CoachHistory) -> [Nudge] { themesToReport }

  /// A nudge with made-up wording, for tests.
  public static func nudge(_ ruleID: String, priority: Int = 50) -> Nudge {
    Nudge(
      ruleID: ruleID, ask: "Follow-up from \(ruleID)?", why: "Because \(ruleID) matters.",
      priority: priority, evidence: Evidence(summary: "evidence for \(ruleID)"))
  }
}
