/// Splits an answer that lists things ("which options did the coachee come up with?") into its
/// items: at line breaks, `;`, `,`, the Chinese list comma `、`, bullets and numbering, and at
/// the word "or" (and `或者`). Pieces with no words are dropped.
///
/// A comma inside one long option splits it too; the count is a floor-raising estimate, good
/// enough to tell one option from several.
public enum ListSplitter {
  public static func items(in text: String) -> [String] {
    TextPieces.split(text, at: breaks).map(String.init).flatMap(splittingAtOr).map { stripped($0) }
      .filter(Tokenizer.containsWord)
  }

  private static let breaks: Set<Unicode.Scalar> = [
    "\n", "\r", ";", "；", ",", "，", "、", "•", "·", "‣", "▪",
  ]

  private static func splittingAtOr(_ piece: String) -> [String] {
    var result: [String] = []
    var rest = Substring(piece)
    let tokens = Tokenizer.tokens(in: piece)
    var cut = piece.startIndex
    for token in tokens where token.text == "or" || token.text == "或" {
      result.append(String(piece[cut..<token.range.lowerBound]))
      cut = token.range.upperBound
      // `或者`: skip the second character as well.
      if token.text == "或", piece[cut...].hasPrefix("者") { cut = piece.index(after: cut) }
    }
    rest = piece[cut...]
    result.append(String(rest))
    return result
  }

  private static func stripped(_ piece: String) -> String {
    var text = Substring(piece.trimmed)
    while let first = text.first, "-*–—>.)".contains(first) || first.isWhitespace {
      text = text.dropFirst()
    }
    let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
    if !digits.isEmpty, let mark = text.dropFirst(digits.count).first, ".)".contains(mark) {
      text = text.dropFirst(digits.count + 1)
    }
    return text.trimmed
  }
}
