/// What the coach typed after `learnlog search`, read as words, never as a query language.
///
/// Words are joined by an implicit AND; `"a quoted phrase"` must appear as written (an unclosed
/// quote runs to the end); a word ending in `*` matches as a prefix (`feed*`). Anything else,
/// including FTS5 operators (`AND`, `OR`, `NOT`, `NEAR`, `^`, `:`, parentheses), is just text,
/// so no input can make the search fail with a syntax error.
public struct SearchQuery: Sendable, Equatable {
  public struct Term: Sendable, Equatable {
    public var text: String
    public var isPhrase: Bool
    /// `feed*`: any word starting with `text`.
    public var isPrefix: Bool

    public init(_ text: String, isPhrase: Bool = false, isPrefix: Bool = false) {
      self.text = text
      self.isPhrase = isPhrase
      self.isPrefix = isPrefix
    }

    /// Matches exactly what `other` matches: the index ignores case.
    func isSame(as other: Term) -> Bool {
      isPhrase == other.isPhrase && isPrefix == other.isPrefix
        && text.lowercased() == other.text.lowercased()
    }
  }

  public var terms: [Term]

  public init(terms: [Term]) {
    self.terms = terms
  }

  public init(_ text: String) {
    var terms: [Term] = []
    var current = ""
    var isInQuotes = false
    func finish(isPhrase: Bool) {
      defer { current = "" }
      var text = current
      var isPrefix = false
      if !isPhrase, text.count > 1, text.hasSuffix("*") {
        text.removeLast()
        while text.hasSuffix("*") { text.removeLast() }
        isPrefix = true
      }
      // A term with no letter or digit can match nothing, and would empty an AND of the rest.
      guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
      else { return }
      let term = Term(text, isPhrase: isPhrase, isPrefix: isPrefix)
      // A repeated term narrows nothing, but FTS5 would look each copy up again (a hundred
      // copies of `a*` took 15 s on 10,000 notes).
      guard !terms.contains(where: { $0.isSame(as: term) }) else { return }
      terms.append(term)
    }
    for character in text {
      if character == "\"" || character == "“" || character == "”" {
        finish(isPhrase: isInQuotes)
        isInQuotes.toggle()
      } else if !isInQuotes && character.isWhitespace {
        finish(isPhrase: false)
      } else {
        current.append(character)
      }
    }
    finish(isPhrase: isInQuotes)
    self.terms = terms
  }

  /// True when nothing searchable was typed (only spaces, quotes or punctuation).
  public var isEmpty: Bool { terms.isEmpty }

  /// The most words a search takes, counting each word of a phrase. Every word is one more
  /// lookup and one more list of rows to intersect: a 3,000-word phrase took 8 s, thousands of
  /// prefixes minutes. Thirty-two is more than anyone types to find a note again.
  public static let maxWords = 32

  /// How many words the terms hold, each word of a phrase counted.
  public var wordCount: Int {
    terms.reduce(0) { count, term in
      count + max(1, term.text.split(whereSeparator: { $0.isWhitespace }).count)
    }
  }

  /// True when a term holds Chinese, Japanese or Korean characters, which the word index
  /// cannot split into words.
  public var containsCJK: Bool { terms.contains { CJK.contains($0.text) } }
}

/// Chinese, Japanese and Korean scripts, which are written without spaces between words.
public enum CJK {
  /// Hiragana, Katakana, CJK ideographs (with extension A and compatibility forms), Hangul
  /// syllables, half-width Katakana, and the supplementary ideograph planes.
  public static let ranges: [ClosedRange<UInt32>] = [
    0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
    0xFF66...0xFF9F, 0x20000...0x3FFFF,
  ]

  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value >= 0x3040 && ranges.contains { $0.contains(value) }
  }

  public static func contains(_ text: String) -> Bool {
    text.unicodeScalars.contains { contains($0) }
  }

  /// The same ranges as a SQLite GLOB character class: `[぀-ヿ㐀-䶿…]`.
  public static var globClass: String {
    var text = "["
    for range in ranges {
      guard let low = Unicode.Scalar(range.lowerBound), let high = Unicode.Scalar(range.upperBound)
      else { continue }
      text.unicodeScalars.append(low)
      text += "-"
      text.unicodeScalars.append(high)
    }
    return text + "]"
  }
}
