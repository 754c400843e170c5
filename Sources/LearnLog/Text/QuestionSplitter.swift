/// Splits a "which questions did you ask?" answer into the questions it lists.
///
/// A question ends at `?` (or the fullwidth `？`), a line break, or a semicolon. Leading bullets
/// (`-`, `*`, `•`), numbering (`1.`, `2)`, `(3)`, `a)`) and wrapping quotes are removed, and so is
/// a lead-in before a colon ("I asked: What…?"). Pieces with no words are dropped.
public enum QuestionSplitter {
  public static func questions(in text: String) -> [String] {
    TextPieces.split(text, at: breaks, keeping: ["?", "？"]).compactMap { cleaned(String($0)) }
  }

  private static let breaks: Set<Unicode.Scalar> = ["\n", "\r", ";", "；", "•", "·", "‣", "▪"]

  private static func cleaned(_ piece: String) -> String? {
    var text = Substring(piece.trimmed)
    // By scalars: a question can be a whole paragraph, and colons are single scalars.
    if let colon = lastColon(in: text) {
      let after = text.unicodeScalars.index(after: colon)
      if text.unicodeScalars[after...].contains(where: \.properties.isAlphabetic) {
        text = text[after...]
      }
    }
    text = strippingListMarker(Substring(text.trimmed))
    let quotes: Set<Character> = ["\"", "'", "“", "”", "‘", "’", "「", "」", "『", "』"]
    while let first = text.first, quotes.contains(first) { text = text.dropFirst() }
    while let last = text.last, quotes.contains(last) || last == " " { text = text.dropLast() }
    // A closing quote can sit before the question mark: `"Is it the price"?`
    if text.hasSuffix("\"?") || text.hasSuffix("”?") { text = text.dropLast(2) + "?" }
    let result = text.trimmed
    return result.unicodeScalars.contains(where: \.properties.isAlphabetic) ? result : nil
  }

  /// The last `:` or `：` in `text`, found by bytes from the end.
  private static func lastColon(in text: Substring) -> String.Index? {
    let utf8 = text.utf8
    let offset: Int? = utf8.withContiguousStorageIfAvailable { bytes in
      var offset = bytes.count - 1
      while offset >= 0 {
        let byte = bytes[offset]
        if byte == 0x3A { return offset }  // :
        // ： is EF BC 9A.
        if byte == 0x9A, offset >= 2, bytes[offset - 1] == 0xBC, bytes[offset - 2] == 0xEF {
          return offset - 2
        }
        offset -= 1
      }
      return nil
    } ?? text.unicodeScalars.lastIndex(where: { $0 == ":" || $0 == "：" }).map {
      utf8.distance(from: utf8.startIndex, to: $0)
    }
    return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
  }

  private static func strippingListMarker(_ text: Substring) -> Substring {
    var rest = text
    while let first = rest.first, "-*–—>".contains(first) {
      rest = Substring(rest.dropFirst().trimmed)
    }
    // `1.`, `12)`, `(3)`, `a)`, `Q2:` style numbering.
    var probe = rest
    if probe.first == "(" { probe = probe.dropFirst() }
    if probe.first == "Q" || probe.first == "q", probe.dropFirst().first?.isNumber == true {
      probe = probe.dropFirst()
    }
    let digits = probe.prefix(while: { $0.isASCII && $0.isNumber })
    let label = digits.isEmpty ? probe.prefix(1).filter { $0.isLetter && $0.isASCII } : String(digits)
    if !label.isEmpty {
      let after = probe.dropFirst(label.count)
      if let mark = after.first, ".)".contains(mark),
        after.dropFirst().first?.isWhitespace ?? true
      {
        // `a.` would eat the start of "a. b" only in a list; a word like "A)" cannot open a question.
        if !(digits.isEmpty && mark == ".") {
          return Substring(after.dropFirst().trimmed)
        }
      }
    }
    return rest
  }
}
