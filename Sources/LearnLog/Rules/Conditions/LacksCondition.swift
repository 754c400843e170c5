/// `lacks`: none of the patterns appears in the answer.
///
/// `{"lacks": "@feelings"}`: fires on "It was a useful session." with the evidence
/// `no feeling word in "It was a useful session."`.
public struct LacksCondition: Sendable, Equatable {
  public var patterns: PatternList

  public init(patterns: PatternList) {
    self.patterns = patterns
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let (count, matches) = patterns.matcher.summary(
      in: context.analysis.text, limit: Evidence.matchLimit)
    if count == 0 {
      return ConditionResult(true, "no \(patterns.label) in \(context.analysis.quoted)")
    }
    let quoted = matches.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
    return ConditionResult(
      false, "found \(patterns.label) \(quoted)", matches: matches,
      counts: ["matches": count])
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> LacksCondition? {
    decoder.patternList(node, field: "lacks").map(LacksCondition.init)
  }
}
