/// An answer analysed for the rules, with the costlier readings (the list of questions) made
/// only when a rule asks for them. Lives for one evaluation; never shared across threads.
final class AnswerAnalysis {
  let text: AnalyzedText

  init(_ text: String) {
    self.text = AnalyzedText(text)
  }

  /// The questions listed in the answer, with their kinds.
  lazy var questions: [(text: String, kind: QuestionKind)] = QuestionSplitter.questions(
    in: text.text
  ).map { ($0, QuestionClassifier.kind(of: $0)) }

  /// The items the answer lists, split once however many `listItems` rules ask.
  lazy var listItems: [String] = ListSplitter.items(in: text.text)

  /// Every quotation in the answer with its word count, found once however many `quote` rules
  /// ask (each with its own minimum).
  lazy var quotations: [(text: String, wordCount: Int)] = QuoteCondition.quotations(
    in: text.text
  ).map { ($0, Tokenizer.wordCount(of: $0)) }

  /// The answer shortened for a one-line evidence summary.
  var quoted: String { Evidence.quote(text.text) }
}

extension Evidence {
  /// Evidence lists at most this many matched passages; `counts` keeps the full number.
  static let matchLimit = 20

  /// `"text"`, cut to a readable length for a one-line summary.
  static func quote(_ text: String, limit: Int = 60) -> String {
    // Only the start is ever shown; reading all of a 2,000-word answer here would cost more
    // than evaluating the rules.
    let flat = text.prefix(limit + 1).trimmed.split(whereSeparator: \.isNewline)
      .joined(separator: " ")
    return flat.count <= limit ? "\"\(flat)\"" : "\"\(flat.prefix(limit - 1))…\""
  }
}
