/// `contains`: the answer has at least `atLeast` (default 1) matches of the patterns.
///
/// `{"contains": ["i told", "@advice"]}` or
/// `{"contains": {"patterns": ["#"], "label": "figure", "atLeast": 2}}`.
public struct ContainsCondition: Sendable, Equatable {
  public var patterns: PatternList
  public var atLeast: Int

  public init(patterns: PatternList, atLeast: Int = 1) {
    self.patterns = patterns
    self.atLeast = atLeast
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let (count, matches) = patterns.matcher.summary(
      in: context.analysis.text, limit: Evidence.matchLimit)
    let quoted = matches.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ")
    if count >= atLeast {
      return ConditionResult(
        true, "found \(patterns.label) \(quoted)", matches: matches, counts: ["matches": count])
    }
    let summary =
      count == 0
      ? "no \(patterns.label) in \(context.analysis.quoted)"
      : "only \(count) \(patterns.label) (\(quoted)), fewer than \(atLeast)"
    return ConditionResult(false, summary, matches: matches, counts: ["matches": count])
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> ContainsCondition? {
    var atLeast = 1
    var listNode = node
    if let members = node.members, members.contains(where: { $0.key == "atLeast" }) {
      // The count sits beside the patterns; read it and hand the rest to the pattern reader.
      var rest = members
      if let index = rest.firstIndex(where: { $0.key == "atLeast" }) {
        atLeast = decoder.integer(rest[index].value, field: "atLeast", atLeast: 1) ?? 1
        rest.remove(at: index)
      }
      listNode = JSONNode(value: .object(rest), line: node.line, column: node.column)
    }
    return decoder.patternList(listNode, field: "contains").map {
      ContainsCondition(patterns: $0, atLeast: atLeast)
    }
  }
}
