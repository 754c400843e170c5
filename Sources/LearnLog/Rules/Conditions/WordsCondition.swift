/// `words`: the answer's word count lies within bounds (inclusive). Chinese and Japanese count a
/// word per character; emoji and punctuation do not count.
///
/// `{"words": {"max": 5}}` holds for "Fine." and for "很好"; `{"words": {"min": 200}}` for a
/// long answer.
public struct WordsCondition: Sendable, Equatable {
  public var min: Int?
  public var max: Int?

  public init(min: Int? = nil, max: Int? = nil) {
    self.min = min
    self.max = max
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let count = context.analysis.text.wordCount
    let isMet = count >= (min ?? 0) && count <= (max ?? Int.max)
    let bounds =
      switch (min, max) {
      case (let low?, let high?): "between \(low) and \(high)"
      case (let low?, nil): "at least \(low)"
      case (nil, let high?): "at most \(high)"
      case (nil, nil): "any number"
      }
    let noun = count == 1 ? "word" : "words"
    return ConditionResult(
      isMet, "\(count) \(noun) (\(isMet ? "" : "not ")\(bounds))", counts: ["words": count])
  }

  var contradictions: [String] {
    if let min, let max, min > max { return ["\"words\" needs min \(min) ≤ max \(max)"] }
    return []
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> WordsCondition? {
    guard let members = decoder.members(node, field: "words", allowed: ["min", "max"]) else {
      return nil
    }
    var condition = WordsCondition()
    for member in members {
      switch member.key {
      case "min": condition.min = decoder.integer(member.value, field: "min")
      case "max": condition.max = decoder.integer(member.value, field: "max")
      default: break
      }
    }
    if condition.min == nil && condition.max == nil {
      decoder.fail(.missingField(decoder.location(node), field: "min\" or \"max", context: "\"words\""))
      return nil
    }
    return condition
  }
}
