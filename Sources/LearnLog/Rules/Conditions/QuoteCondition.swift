/// `quote`: the answer quotes someone's words between quotation marks ("…", “…”, 「…」, 『…』)
/// of at least `minimumWords` words (default 2). A quote is the most concrete moment there is.
///
/// `{"quote": true}` or `{"quote": {"minimumWords": 3}}`.
public struct QuoteCondition: Sendable, Equatable {
  public var minimumWords: Int

  public init(minimumWords: Int = 2) {
    self.minimumWords = minimumWords
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let quotes = QuoteCondition.quotations(in: context.analysis.text.text)
      .filter { Tokenizer.wordCount(of: $0) >= minimumWords }
    if quotes.isEmpty {
      return ConditionResult(false, "no quotation in \(context.analysis.quoted)")
    }
    return ConditionResult(
      true, "quotes \(quotes.map { "“\($0)”" }.joined(separator: ", "))", matches: quotes,
      counts: ["quotes": quotes.count])
  }

  /// Text between a pair of quotation marks, in order.
  static func quotations(in text: String) -> [String] {
    let pairs: [Character: Character] = ["\"": "\"", "“": "”", "「": "」", "『": "』", "„": "“"]
    var found: [String] = []
    var closing: Character?
    var current = ""
    for character in text {
      if let expected = closing {
        if character == expected {
          found.append(current)
          closing = nil
          current = ""
        } else {
          current.append(character)
        }
      } else if let close = pairs[character] {
        closing = close
      }
    }
    return found
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> QuoteCondition? {
    if node.bool == true { return QuoteCondition() }
    guard node.members != nil else {
      decoder.fail(
        .invalidValue(
          decoder.location(node), field: "quote", expected: "true or {\"minimumWords\": N}",
          found: node.kindName))
      return nil
    }
    guard let members = decoder.members(node, field: "quote", allowed: ["minimumWords"]) else {
      return nil
    }
    var condition = QuoteCondition()
    if let value = members.first?.value {
      condition.minimumWords = decoder.integer(value, field: "minimumWords", atLeast: 1) ?? 2
    }
    return condition
  }
}
