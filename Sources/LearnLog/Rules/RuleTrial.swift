/// `rules try`: every rule that fires on an answer, in priority order, marking the ones the
/// conversation would show.
public enum RuleTrial {
  /// One firing rule in a trial. Its JSON has exactly the fields `rule`, `ask`, `why`,
  /// `evidence` and `shown`, as the `rules try --json` contract says; the order of the list
  /// carries the priority.
  public struct Result: Sendable, Equatable, Codable {
    public var nudge: Nudge
    /// True for the top `maxFollowUpsPerAnswer` nudges: what the coach would see.
    public var isShown: Bool

    enum CodingKeys: String, CodingKey {
      case rule, ask, why, evidence, shown
    }

    public init(nudge: Nudge, isShown: Bool) {
      self.nudge = nudge
      self.isShown = isShown
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      nudge = Nudge(
        ruleID: try container.decode(String.self, forKey: .rule),
        ask: try container.decode(String.self, forKey: .ask),
        why: try container.decode(String.self, forKey: .why),
        // The JSON does not carry the priority; its order does.
        priority: 0,
        evidence: try container.decode(Evidence.self, forKey: .evidence))
      isShown = try container.decode(Bool.self, forKey: .shown)
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(nudge.ruleID, forKey: .rule)
      try container.encode(nudge.ask, forKey: .ask)
      try container.encode(nudge.why, forKey: .why)
      try container.encode(nudge.evidence, forKey: .evidence)
      try container.encode(isShown, forKey: .shown)
    }
  }

  /// Evaluates `answer` at `step` in an otherwise empty entry (or `entry`) with `history`.
  public static func run(
    _ engine: RuleEngine, answer: String, at step: Step, in entry: Entry? = nil,
    history: CoachHistory = .empty
  ) -> [Result] {
    var base = entry ?? Entry(sessionDate: RuleExample.exampleDate, createdAt: Date(timeIntervalSince1970: 0))
    base.setAnswer(answer, at: step)
    let nudges = engine.nudges(for: answer, at: step, in: base, history: history)
    return nudges.enumerated().map {
      Result(nudge: $0.element, isShown: $0.offset < engine.settings.maxFollowUpsPerAnswer)
    }
  }

  /// The `--json` form: `{"nudges":[{"rule":…,"ask":…,"why":…,"evidence":…,"shown":…}]}`.
  public static func json(_ results: [Result]) throws -> String {
    struct Document: Encodable { var nudges: [Result] }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(Document(nudges: results)), as: UTF8.self)
  }
}
