/// Tells open, closed and "how" questions apart from their first words.
public enum QuestionClassifier {
  /// The kind of `question`, from its first words; English first, with a few Chinese, Japanese
  /// and Korean markers.
  public static func kind(of question: String) -> QuestionKind {
    if let kind = quickKind(of: question) { return kind }
    // The kind is in the opening words (or the clause after a comma); a question longer than
    // this is a paragraph, and reading all of it would only cost time.
    let opening = String(question.unicodeScalars.prefix(300))
    let words = Tokenizer.tokens(in: opening)
    if words.first?.isCJK == true { return cjkKind(of: opening) }
    return kind(ofWords: words.map(\.text), whole: opening)
  }

  /// The kind from the first words of a short opening, when they decide it; nil when the full
  /// reading is needed (the comma rule, CJK, or too few whole words in the opening). Reading a
  /// long "question" (a paragraph) in full for every piece of an answer is what made the
  /// questions step slow on long answers.
  private static func quickKind(of question: String) -> QuestionKind? {
    let scalars = question.unicodeScalars
    guard
      let cut = scalars.index(scalars.startIndex, offsetBy: 80, limitedBy: scalars.endIndex),
      cut < scalars.endIndex
    else { return nil }  // a short question: the full reading costs little
    let tokens = Tokenizer.tokens(in: String(scalars[..<cut]))
    if tokens.first?.isCJK ?? true { return nil }
    // The last word may be cut short.
    var words = tokens.dropLast().map(\.text)[...]
    while let first = words.first, leadIns.contains(first), words.count > 1 {
      words = words.dropFirst()
    }
    // With two whole words left, the full reading would skip the same lead-ins and look at
    // the same two words.
    guard words.count >= 2, let first = words.first else { return nil }
    let second = words[words.index(after: words.startIndex)]
    if first == "how" { return second == "about" ? .closed : .how }
    if openStarters.contains(first) { return .open }
    if let phrase = openPhrases[first], phrase.contains(second) { return .open }
    if closedStarters.contains(first) { return .closed }
    return nil
  }

  private static func kind(ofWords allWords: [String], whole: String) -> QuestionKind {
    var words = allWords[...]
    // Lead-ins that do not change the kind: "So what…", "And then did…", "I asked him why…".
    while let first = words.first, leadIns.contains(first), words.count > 1 {
      words = words.dropFirst()
    }
    guard let first = words.first else { return .other }
    let second = words.dropFirst().first ?? ""
    if first == "how" {
      // "How about Tuesday?" is a suggestion wearing a question mark.
      return second == "about" ? .closed : .how
    }
    if openStarters.contains(first) { return .open }
    if let phrase = openPhrases[first], phrase.contains(second) { return .open }
    if closedStarters.contains(first) { return .closed }
    // "If you had a free hand, what would you do?": the clause after the comma decides.
    if let comma = whole.unicodeScalars.lastIndex(where: { $0 == "," || $0 == "，" }) {
      let clause = Tokenizer.tokens(
        in: String(whole.unicodeScalars[whole.unicodeScalars.index(after: comma)...])
      ).map(\.text)
      if !clause.isEmpty, clause != allWords {
        let kind = kind(ofWords: clause, whole: "")
        if kind != .other { return kind }
      }
    }
    return .other
  }

  private static func cjkKind(of question: String) -> QuestionKind {
    if howMarkers.contains(where: { question.contains($0) }) { return .how }
    if openMarkers.contains(where: { question.contains($0) }) { return .open }
    let ending = question.trimmed.trimmingSuffix(while: { "?？。!！ ".contains($0) })
    if closedEndings.contains(where: { ending.hasSuffix($0) }) { return .closed }
    return .other
  }

  private static let leadIns: Set<String> = [
    "so", "and", "but", "then", "also", "ok", "okay", "well", "now", "right", "i", "asked",
    "him", "her", "them", "you", "just",
  ]
  private static let openStarters: Set<String> = [
    "what", "what's", "why", "who", "who's", "whom", "whose", "where", "when", "which",
    "describe", "explain", "imagine",
  ]
  /// Two-word openings: "tell me", "walk me through", "in what way", "to what extent".
  private static let openPhrases: [String: Set<String>] = [
    "tell": ["me", "us"], "talk": ["me", "us"], "walk": ["me", "us"], "say": ["more"],
    "in": ["what", "which"], "to": ["what"],
  ]
  private static let closedStarters: Set<String> = [
    "do", "does", "did", "don't", "doesn't", "didn't", "is", "isn't", "are", "aren't", "am",
    "was", "wasn't", "were", "weren't", "can", "can't", "could", "couldn't", "will", "won't",
    "would", "wouldn't", "have", "haven't", "has", "hasn't", "had", "hadn't", "should",
    "shouldn't", "shall", "may", "might", "must", "need", "any", "anything", "or",
  ]
  private static let howMarkers = ["怎么", "怎樣", "怎样", "如何", "どう", "どのように", "어떻게"]
  private static let openMarkers = [
    "什么", "什麼", "为什么", "為什麼", "为何", "哪", "谁", "誰", "何", "なぜ", "무엇", "왜",
  ]
  private static let closedEndings = ["吗", "嗎", "か", "까", "呢吗"]
}

extension String {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
    var text = self[...]
    while let last = text.last, predicate(last) { text = text.dropLast() }
    return String(text)
  }
}
