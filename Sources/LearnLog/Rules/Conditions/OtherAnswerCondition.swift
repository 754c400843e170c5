/// `otherAnswer`: a condition on another answer of the same entry.
///
/// `{"otherAnswer": {"step": "q3", "when": {"contains": "@reasons"}}}`. When that step has no
/// answer yet the condition holds only if `ifMissing` is true (default false).
public struct OtherAnswerCondition: Sendable, Equatable {
  public var step: Step
  public var when: Condition
  public var ifMissing: Bool

  public init(step: Step, when: Condition, ifMissing: Bool = false) {
    self.step = step
    self.when = when
    self.ifMissing = ifMissing
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    guard let other = context.context(forAnswerAt: step) else {
      return ConditionResult(ifMissing, "no answer at \(step.id)")
    }
    var result = when.evaluate(other)
    result.evidence.summary = "at \(step.id): " + result.evidence.summary
    return result
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> OtherAnswerCondition? {
    guard
      let members = decoder.members(
        node, field: "otherAnswer", allowed: ["step", "when", "ifMissing"])
    else { return nil }
    var step: Step?
    var when: Condition?
    var ifMissing = false
    for member in members {
      switch member.key {
      case "step":
        switch decoder.scope(member.value, field: "step") {
        case .step(let named)?: step = named
        case nil: break
        case let other?:
          decoder.fail(.unknownStep(decoder.location(member.value), step: other.description))
        }
      case "when": when = decoder.condition(member.value)
      case "ifMissing":
        if let flag = member.value.bool {
          ifMissing = flag
        } else {
          decoder.fail(
            .invalidValue(
              decoder.location(member.value), field: "ifMissing", expected: "true or false",
              found: member.value.kindName))
        }
      default: break
      }
    }
    for field in ["step", "when"] where !members.contains(where: { $0.key == field }) {
      decoder.fail(.missingField(decoder.location(node), field: field, context: "\"otherAnswer\""))
    }
    guard let step, let when else { return nil }
    return OtherAnswerCondition(step: step, when: when, ifMissing: ifMissing)
  }
}
