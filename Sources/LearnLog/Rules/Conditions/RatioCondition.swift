/// `ratio`: words from one list outnumber words from another by a factor.
///
/// `{"ratio": {"of": "@we", "to": "@i", "atLeast": 3, "minimumOf": 2}}` holds when the answer
/// has at least two "we/us/our" and at least three times as many as "I/me/my" (with no
/// "I" at all, any count reaching `minimumOf` is enough).
public struct RatioCondition: Sendable, Equatable {
  public var of: PatternList
  public var to: PatternList
  public var atLeast: Double
  public var minimumOf: Int

  public init(of: PatternList, to: PatternList, atLeast: Double, minimumOf: Int = 1) {
    self.of = of
    self.to = to
    self.atLeast = atLeast
    self.minimumOf = minimumOf
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let text = context.analysis.text
    let (ofCount, ofMatches) = of.matcher.summary(in: text, limit: Evidence.matchLimit)
    let toCount = to.matcher.count(in: text)
    let isMet = ofCount >= minimumOf && Double(ofCount) >= atLeast * Double(toCount)
    let times = { (count: Int) in count == 1 ? "1 time" : "\(count) times" }
    let summary = "\(of.label) \(times(ofCount)), \(to.label) \(times(toCount))"
    return ConditionResult(
      isMet, summary, matches: isMet ? ofMatches : [],
      counts: [of.label: ofCount, to.label: toCount])
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> RatioCondition? {
    guard
      let members = decoder.members(
        node, field: "ratio", allowed: ["of", "to", "atLeast", "minimumOf"])
    else { return nil }
    var of: PatternList?
    var to: PatternList?
    var atLeast: Double?
    var minimumOf = 1
    for member in members {
      switch member.key {
      case "of": of = decoder.patternList(member.value, field: "of")
      case "to": to = decoder.patternList(member.value, field: "to")
      case "atLeast": atLeast = decoder.fraction(member.value, field: "atLeast", upTo: 1000)
      case "minimumOf":
        minimumOf = decoder.integer(member.value, field: "minimumOf", atLeast: 1) ?? 1
      default: break
      }
    }
    for (field, value) in [("of", of != nil), ("to", to != nil), ("atLeast", atLeast != nil)]
    where !value && members.first(where: { $0.key == field }) == nil {
      decoder.fail(.missingField(decoder.location(node), field: field, context: "\"ratio\""))
    }
    guard let of, let to, let atLeast else { return nil }
    return RatioCondition(of: of, to: to, atLeast: atLeast, minimumOf: minimumOf)
  }
}
