/// What kind of question a coach asked. "How" questions are open questions too: a condition on
/// `open` counts them.
public enum QuestionKind: String, Sendable, Codable, CaseIterable, Hashable {
  /// Starts with "how" ("How could you find out…?").
  case how
  /// Invites a full answer: what, why, who, where, when, which, "tell me", "describe"…
  case open
  /// Can be answered yes or no: do, did, is, are, can, will, have, should…
  case closed
  /// Not recognised as a question (a statement, a lead-in).
  case other

  /// True when a question of this kind counts as `kind` (a `how` question counts as `open`).
  public func counts(as kind: QuestionKind) -> Bool {
    self == kind || (self == .how && kind == .open)
  }
}
