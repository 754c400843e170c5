/// An example that did not behave as written: a `fires` example that stayed quiet, or a
/// `quiet` example that fired.
public struct RuleExampleFailure: Sendable, Equatable, CustomStringConvertible {
  public var ruleID: String
  public var example: RuleExample
  /// True when the example is listed under `fires`.
  public var expectedToFire: Bool
  /// What the rule's condition said, to show why it behaved as it did.
  public var evidence: Evidence?

  /// `file:line:col: rule "id": expected to fire on "…", but it stayed quiet (evidence)`.
  public var description: String {
    let got = expectedToFire ? "it stayed quiet" : "it fired"
    let expected = expectedToFire ? "fire" : "stay quiet"
    let because = evidence.map { " (\($0.summary))" } ?? ""
    return "\(example.location): rule \"\(ruleID)\": expected to \(expected) on "
      + "\(example.description), but \(got)\(because)"
  }
}
