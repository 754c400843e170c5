/// Settings a rule file may give.
public struct RuleSettings: Sendable, Equatable {
  /// How many follow-ups the conversation shows after one answer: 1 (default) or 2.
  public var maxFollowUpsPerAnswer: Int

  public init(maxFollowUpsPerAnswer: Int = 1) {
    self.maxFollowUpsPerAnswer = maxFollowUpsPerAnswer
  }

  /// The most follow-ups a rule file may ask for: more would turn reflection into an
  /// interrogation.
  public static let followUpLimit = 2
}
