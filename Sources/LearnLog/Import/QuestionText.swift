/// Compares the words after a question marker with a question's own text, so that
/// `Q7: What will I do differently… I will stop` keeps only `I will stop` as the answer, and a
/// bare `7. What will I…` counts as a question while `2. Asked open questions` stays a list item.
struct QuestionText {
  /// The question's words, lowercased, punctuation dropped (`think/feel` gives two words).
  let words: [String]

  init(_ text: String) {
    words = QuestionText.words(in: text[...]).map(QuestionText.normalise)
  }

  /// How the start of a line compares with the question.
  struct Match {
    /// Leading words of the line equal to the question's leading words.
    var matchedWords: Int
    /// The text after the question's words (and the `?` or `…` that ends them), or the whole
    /// line when too little of it matched to be the question.
    var remainder: Substring
    /// True when the line starts with the question (enough words, or two and a `?`).
    var isQuestion: Bool
  }

  /// Matches the start of `line` against the question. `required` is how many leading words
  /// must match for the line to count as the question without a closing `?`; fewer questions
  /// words than that means all of them.
  func match(_ line: Substring, required: Int) -> Match {
    var matched = 0
    var matchedEnd = line.startIndex
    // Walks the line's words lazily: a marker line can be a whole 1 MB answer.
    var index = line.startIndex
    while matched < words.count {
      while index < line.endIndex && !QuestionText.isWordCharacter(line[index]) {
        index = line.index(after: index)
      }
      guard index < line.endIndex else { break }
      let start = index
      while index < line.endIndex && QuestionText.isWordCharacter(line[index]) {
        index = line.index(after: index)
      }
      guard QuestionText.normalise(line[start..<index]) == words[matched] else { break }
      // No question has a sentence end inside it: "…next time? Stop interrupting" is the
      // question, then the answer, even though "stop" is the question's next word.
      if matched > 0, line[matchedEnd..<start].contains(where: { "?？.!…。！".contains($0) }) {
        break
      }
      matched += 1
      matchedEnd = index
    }
    let needed = min(required, words.count)
    if matched >= needed && matched > 0 {
      let tail = line[matchedEnd...]
      // A paraphrased question ("How well did it go?") ends at its question mark.
      let end = matched < words.count ? QuestionText.closingQuestionMark(in: tail) : nil
      return Match(
        matchedWords: matched, remainder: line[(end ?? matchedEnd)...].droppingQuestionEnd(),
        isQuestion: true)
    }
    if matched >= 2, let end = QuestionText.closingQuestionMark(in: line[matchedEnd...]) {
      return Match(
        matchedWords: matched, remainder: line[end...].droppingQuestionEnd(), isQuestion: true)
    }
    return Match(matchedWords: matched, remainder: line, isQuestion: false)
  }

  /// The index just after the first `?` in `tail`, unless a sentence ends before it: then the
  /// `?` belongs to the answer, not to the question.
  private static func closingQuestionMark(in tail: Substring) -> Substring.Index? {
    var index = tail.startIndex
    while index < tail.endIndex {
      let character = tail[index]
      if character == "?" || character == "？" { return tail.index(after: index) }
      if ".!…:。！".contains(character) { return nil }
      index = tail.index(after: index)
    }
    return nil
  }

  /// The question's words: runs of letters and digits.
  static func words(in text: Substring) -> [Substring] {
    text.split(whereSeparator: { !isWordCharacter($0) })
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  /// Lowercases and folds the spelling variants coaches use for the questions' words.
  static func normalise(_ word: Substring) -> String {
    let lower = word.lowercased()
    switch lower {
    case "learned": return "learnt"
    case "achieve": return "achieved"
    default: return lower
    }
  }
}

extension Substring {
  /// Drops what closes a question before its answer: `?`, `…`, `)`, emphasis, separators.
  fileprivate func droppingQuestionEnd() -> Substring {
    drop(while: { $0.isWhitespace || "?？…)*_:：-–—.!".contains($0) })
  }
}
