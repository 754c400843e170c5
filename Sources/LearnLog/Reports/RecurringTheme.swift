/// A rule whose follow-up keeps coming back: offered in at least `minimumEntries` of the coach's
/// last `window` complete reflections. It points at the habit most worth taking to one's coach.
///
/// The conversation's closing line uses a tighter test (3 of the last 5, the built-in
/// `history.recurring-theme` rule) because it speaks about one reflection; the reports look a
/// little further back so that a theme does not vanish after one good session.
public struct RecurringTheme: Sendable, Equatable, Codable {
  public static let window = 10
  public static let minimumEntries = 3

  public var ruleID: String
  /// The rule's reason, from the rule engine.
  public var why: String
  /// In how many of the last `of` complete reflections the rule offered a follow-up.
  public var entries: Int
  public var of: Int

  public init(ruleID: String, why: String, entries: Int, of: Int) {
    self.ruleID = ruleID
    self.why = why
    self.entries = entries
    self.of = of
  }

  /// The themes in `activity`, most frequent first (rule id breaks ties).
  public static func themes(in activity: LogActivity, why: (String) -> String) -> [RecurringTheme] {
    activity.recentRuleCounts
      .filter { $0.value >= minimumEntries }
      .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      .map {
        RecurringTheme(ruleID: $0.key, why: why($0.key), entries: $0.value, of: activity.recentEntries)
      }
  }

  /// "4 of your last 10 reflections".
  public var frequency: String {
    "\(entries) of your last \(of) reflections"
  }
}

/// A rule's reason for the reports: the loaded engine's `why`, with a plain note for a rule
/// that is no longer in the coach's rules.
public struct RuleReasons: Sendable {
  private let engine: RuleEngine

  public init(engine: RuleEngine = .builtIn) {
    self.engine = engine
  }

  public func why(_ ruleID: String) -> String {
    engine.rule(id: ruleID)?.why ?? "This rule is no longer among your rules."
  }
}
