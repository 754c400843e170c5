/// When a rule fires: a tree of `all` / `any` / `not` over a small set of tests, each a type of
/// its own. Patterns inside are compiled when the rule file loads.
public indirect enum Condition: Sendable, Equatable {
  case all([Condition])
  case any([Condition])
  case not(Condition)
  case contains(ContainsCondition)
  case lacks(LacksCondition)
  case words(WordsCondition)
  case ratio(RatioCondition)
  case questions(QuestionsCondition)
  case otherAnswer(OtherAnswerCondition)
  case firedBefore(FiredBeforeCondition)
  case similarToEarlier(SimilarToEarlierCondition)
  case quote(QuoteCondition)
  case listItems(ListItemsCondition)

  /// The kinds a rule file may use, as written there.
  public static let kindNames = [
    "all", "any", "not", "contains", "lacks", "words", "ratio", "questions", "otherAnswer",
    "firedBefore", "similarToEarlier", "quote", "listItems",
  ]

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    switch self {
    case .all(let conditions):
      var results: [ConditionResult] = []
      for condition in conditions {
        let result = condition.evaluate(context)
        // The first failing part explains why the whole did not hold; stop there.
        if !result.isMet { return ConditionResult(isMet: false, evidence: result.evidence) }
        results.append(result)
      }
      return .merged(results, isMet: true)
    case .any(let conditions):
      var results: [ConditionResult] = []
      for condition in conditions {
        let result = condition.evaluate(context)
        if result.isMet { return result }
        results.append(result)
      }
      return .merged(results, isMet: false)
    case .not(let condition):
      let result = condition.evaluate(context)
      return ConditionResult(isMet: !result.isMet, evidence: result.evidence)
    case .contains(let condition): return condition.evaluate(context)
    case .lacks(let condition): return condition.evaluate(context)
    case .words(let condition): return condition.evaluate(context)
    case .ratio(let condition): return condition.evaluate(context)
    case .questions(let condition): return condition.evaluate(context)
    case .otherAnswer(let condition): return condition.evaluate(context)
    case .firedBefore(let condition): return condition.evaluate(context)
    case .similarToEarlier(let condition): return condition.evaluate(context)
    case .quote(let condition): return condition.evaluate(context)
    case .listItems(let condition): return condition.evaluate(context)
    }
  }

  /// Reads the condition of kind `kind` from its value.
  static func decode(
    kind: String, _ node: JSONNode, at place: SourceLocation, in decoder: inout RuleDecoder
  ) -> Condition? {
    switch kind {
    case "all", "any":
      guard let elements = node.elements, !elements.isEmpty else {
        decoder.fail(
          .invalidValue(
            decoder.location(node), field: kind, expected: "a non-empty list of conditions",
            found: node.kindName))
        return nil
      }
      let parts = elements.map { decoder.condition($0, field: kind) }
      let decoded = parts.compactMap { $0 }
      guard decoded.count == parts.count else { return nil }
      return kind == "all" ? .all(decoded) : .any(decoded)
    case "not":
      return decoder.condition(node, field: "not").map(Condition.not)
    case "contains": return ContainsCondition.decode(node, in: &decoder).map(Condition.contains)
    case "lacks": return LacksCondition.decode(node, in: &decoder).map(Condition.lacks)
    case "words": return WordsCondition.decode(node, in: &decoder).map(Condition.words)
    case "ratio": return RatioCondition.decode(node, in: &decoder).map(Condition.ratio)
    case "questions": return QuestionsCondition.decode(node, in: &decoder).map(Condition.questions)
    case "otherAnswer":
      return OtherAnswerCondition.decode(node, in: &decoder).map(Condition.otherAnswer)
    case "firedBefore":
      return FiredBeforeCondition.decode(node, in: &decoder).map(Condition.firedBefore)
    case "similarToEarlier":
      return SimilarToEarlierCondition.decode(node, in: &decoder).map(Condition.similarToEarlier)
    case "quote": return QuoteCondition.decode(node, in: &decoder).map(Condition.quote)
    case "listItems": return ListItemsCondition.decode(node, in: &decoder).map(Condition.listItems)
    default:
      decoder.fail(.unknownConditionKind(place, kind: kind, rule: decoder.ruleID))
      return nil
    }
  }

  /// Reasons the condition can never hold, whatever the answer (for `rules lint`).
  var contradictions: [String] {
    switch self {
    case .all(let conditions), .any(let conditions):
      return conditions.flatMap(\.contradictions)
    case .not(let condition): return condition.contradictions
    case .words(let condition): return condition.contradictions
    case .questions(let condition): return condition.contradictions
    case .firedBefore(let condition): return condition.contradictions
    case .listItems(let condition): return condition.contradictions
    case .otherAnswer(let condition): return condition.when.contradictions
    default: return []
    }
  }

  /// Rule ids the condition names (for `rules lint` to check they exist).
  var referencedRules: [String] {
    switch self {
    case .all(let conditions), .any(let conditions): conditions.flatMap(\.referencedRules)
    case .not(let condition): condition.referencedRules
    case .otherAnswer(let condition): condition.when.referencedRules
    case .firedBefore(let condition): condition.rule.map { [$0] } ?? []
    default: []
    }
  }
}
