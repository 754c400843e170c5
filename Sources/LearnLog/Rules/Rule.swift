/// One follow-up rule: where it applies, when it fires, what it asks and why, and the examples
/// that prove it.
public struct Rule: Sendable, Equatable {
  /// Stable id, e.g. `feelings.name-it`; the prompt history refers to rules by it.
  public var id: String
  public var appliesTo: [RuleScope]
  public var condition: Condition
  /// The condition as written in the rule file, as standard JSON (for `rules show`).
  public var conditionJSON: String = ""
  /// One or more phrasings of the follow-up; one is chosen per entry, deterministically.
  public var ask: [String]
  /// One sentence: the coaching reason, shown by `/why`.
  public var why: String
  /// Higher runs first; the conversation shows the highest-priority nudges.
  public var priority: Int
  public var examples: RuleExamples
  /// Where the rule is written, for messages.
  public var location: SourceLocation

  /// True for rules evaluated once at the end of an entry (`"appliesTo": ["entry"]`).
  public var isEntryRule: Bool { appliesTo.contains(.entry) }

  public func applies(to step: Step) -> Bool {
    appliesTo.contains { $0.includes(step) }
  }

  /// The phrasing for this entry and step: rotated by a stable hash, so the same entry always
  /// reads the same way and different entries vary.
  public func phrasing(for entry: Entry, at step: Step?) -> String {
    guard ask.count > 1 else { return ask.first ?? "" }
    let key = "\(entry.id)|\(entry.sessionDate.iso)|\(entry.coachee)|\(id)|\(step?.id ?? "entry")"
    return ask[Int(Rule.stableHash(key) % UInt64(ask.count))]
  }

  /// FNV-1a: Swift's own `Hasher` is seeded per process, and phrasings must not change between
  /// runs.
  static func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }

  /// The nudge this rule gives, with `{rule}` and `{count-name}` placeholders filled in from
  /// the evidence.
  func nudge(evidence: Evidence, entry: Entry, step: Step?, subject: String) -> Nudge {
    var text = phrasing(for: entry, at: step).replacing("{rule}", with: subject)
    for (name, value) in evidence.counts {
      text = text.replacing("{\(name)}", with: String(value))
    }
    return Nudge(ruleID: id, ask: text, why: why, priority: priority, evidence: evidence)
  }
}

/// Answers a rule must fire on, and answers it must stay quiet on.
public struct RuleExamples: Sendable, Equatable {
  public var fires: [RuleExample]
  public var quiet: [RuleExample]

  public init(fires: [RuleExample] = [], quiet: [RuleExample] = []) {
    self.fires = fires
    self.quiet = quiet
  }
}
