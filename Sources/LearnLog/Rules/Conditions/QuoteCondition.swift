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
    let quotes = context.analysis.quotations.filter { $0.wordCount >= minimumWords }.map(\.text)
    if quotes.isEmpty {
      return ConditionResult(false, "no quotation in \(context.analysis.quoted)")
    }
    return ConditionResult(
      true, "quotes \(quotes.map { "“\($0)”" }.joined(separator: ", "))", matches: quotes,
      counts: ["quotes": quotes.count])
  }

  /// Text between a pair of quotation marks, in order.
  static func quotations(in text: String) -> [String] {
    // By scalars, slicing rather than copying character by character: every quotation mark is
    // one scalar, and answers run to thousands of words.
    let pairs: [Unicode.Scalar: Unicode.Scalar] = [
      "\"": "\"", "“": "”", "「": "」", "『": "』", "„": "“",
    ]
    let scalars = text.unicodeScalars
    var found: [String] = []
    var closing: Unicode.Scalar?
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if let expected = closing {
        if scalar == expected {
          found.append(String(scalars[start..<index]))
          closing = nil
        }
      } else if let close = pairs[scalar] {
        closing = close
        start = next
      }
      index = next
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
