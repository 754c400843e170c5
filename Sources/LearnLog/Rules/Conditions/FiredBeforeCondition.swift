/// `firedBefore`: a rule offered a follow-up in at least `inAtLeast` of the coach's last
/// `ofLast` entries.
///
/// `{"firedBefore": {"inAtLeast": 3, "ofLast": 5}}` asks about the rule being evaluated (for an
/// entry rule: each rule that fired in this entry); `"rule": "questions.open"` names one.
public struct FiredBeforeCondition: Sendable, Equatable {
  public var rule: String?
  public var inAtLeast: Int
  public var ofLast: Int

  public init(rule: String? = nil, inAtLeast: Int, ofLast: Int) {
    self.rule = rule
    self.inAtLeast = inAtLeast
    self.ofLast = ofLast
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let id = rule ?? context.subjectRule
    let recent = context.history.prefix(ofLast)
    let firing = recent.filter { $0.firedRules.contains(id) }
    let isMet = firing.count >= inAtLeast
    return ConditionResult(
      isMet, "\"\(id)\" fired in \(firing.count) of the last \(recent.count) entries",
      matches: [id], counts: ["entries": firing.count, "of": recent.count],
      relatedEntryID: firing.first?.id)
  }

  var contradictions: [String] {
    inAtLeast > ofLast ? ["\"firedBefore\" needs inAtLeast \(inAtLeast) ≤ ofLast \(ofLast)"] : []
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> FiredBeforeCondition? {
    guard
      let members = decoder.members(
        node, field: "firedBefore", allowed: ["rule", "inAtLeast", "ofLast"])
    else { return nil }
    var condition = FiredBeforeCondition(inAtLeast: 1, ofLast: 5)
    for member in members {
      switch member.key {
      case "rule": condition.rule = decoder.string(member.value, field: "rule")
      case "inAtLeast":
        condition.inAtLeast = decoder.integer(member.value, field: "inAtLeast", atLeast: 1) ?? 1
      case "ofLast":
        condition.ofLast = decoder.integer(member.value, field: "ofLast", atLeast: 1) ?? 5
      default: break
      }
    }
    return condition
  }
}
