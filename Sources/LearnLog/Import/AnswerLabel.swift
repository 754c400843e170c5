/// The writer's name at the start of answer lines (`Sam. I asked…`), as some coaches label
/// their own words when they copy a reflection out of a shared document. It is not part of the
/// answer. A label is only trusted when it recurs: "Yes. I did…" opening one answer is a sentence.
enum AnswerLabel {
  /// Words that open ordinary sentences with a full stop and so never count as a label, even
  /// when two answers happen to start with them.
  static let sentenceWords: Set<String> = [
    "yes", "no", "not", "nothing", "none", "some", "partly", "partially", "well", "badly",
    "good", "great", "fine", "ok", "okay", "sure", "maybe", "perhaps", "definitely",
    "absolutely", "agreed", "true", "false", "correct", "right", "wrong", "never", "always",
    "sometimes", "often", "both", "neither", "same", "again", "done", "thanks", "na", "n/a",
    "mr", "mrs", "ms", "dr", "prof", "st", "etc", "i", "a", "so", "then", "first", "second",
    "finally", "also", "indeed", "exactly", "unclear", "mixed", "excellent", "poorly",
  ]

  /// The label a line starts with, if its start has the shape of one: one or two short words,
  /// each capitalised (or in a script without case, up to four characters), then ". ".
  static func candidate(in line: Substring) -> String? {
    let text = line.drop(while: \.isWhitespace)
    guard let stop = text.firstIndex(of: ".") else { return nil }
    let after = text[stop...].dropFirst()
    guard after.isEmpty || after.first?.isWhitespace == true else { return nil }
    let label = text[..<stop]
    let words = label.split(separator: " ", omittingEmptySubsequences: false)
    guard (1...2).contains(words.count), label.count <= 24,
      words.allSatisfy(isNameWord),
      !(words.count == 1 && sentenceWords.contains(label.lowercased()))
    else { return nil }
    return String(label)
  }

  private static func isNameWord(_ word: Substring) -> Bool {
    guard let first = word.first, first.isLetter else { return false }
    if !first.isCased {
      return word.count <= 4 && word.allSatisfy { $0.isLetter && !$0.isCased }
    }
    return first.isUppercase && word.count <= 20
      && word.dropFirst().allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
  }

  /// The label that opens at least two of the given first lines, the most frequent if several
  /// do (the first seen on a tie).
  static func detect(firstLines: [Substring]) -> String? {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for line in firstLines {
      guard let label = candidate(in: line) else { continue }
      if counts[label] == nil { order.append(label) }
      counts[label, default: 0] += 1
    }
    var best: (label: String, count: Int)?
    for label in order {
      let count = counts[label] ?? 0
      if count >= 2 && count > (best?.count ?? 0) { best = (label, count) }
    }
    return best?.label
  }

  /// The line without `label.` at its start (and the spaces after it); unchanged otherwise.
  static func strip(_ label: String, from line: Substring) -> Substring {
    let text = line.drop(while: \.isWhitespace)
    guard text.hasPrefix(label) else { return line }
    let after = text.dropFirst(label.count)
    guard after.first == ".", after.dropFirst().first?.isWhitespace ?? true else { return line }
    return after.dropFirst().drop(while: \.isWhitespace)
  }

  /// The label as a caller gives it: `Sam.` and ` Sam ` both mean `Sam`.
  static func normalise(_ label: String) -> String? {
    var text = label.trimmed
    while text.hasSuffix(".") { text.removeLast() }
    text = text.trimmed
    return text.isEmpty ? nil : text
  }
}
