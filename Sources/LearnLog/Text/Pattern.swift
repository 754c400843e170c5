/// A word or phrase to look for in an answer, matched case-insensitively on word boundaries.
///
/// Syntax, one pattern per string:
/// - `feel` matches the word "feel" (also "Feel", "FEEL"), never "feeling" or "unfeeling".
/// - `try to` is a phrase: the words in order, next to each other (punctuation between them is
///   ignored, so "try, to" matches too).
/// - `improv*` matches any word that starts with "improv": "improve", "improving".
/// - `*` on its own matches any one word: `told * to` matches "told him to".
/// - `#` matches any figure: `# percent`, `by #`.
/// - Chinese and Japanese are matched character by character: `觉得` matches "我觉得".
/// - `^` before the first word anchors the pattern to the start of a sentence, line or list
///   item: `^have you tried` matches "Have you tried…?" but not "What have you tried?".
/// - In a pattern list, `@name` stands for every pattern of the word list `name`.
public struct Pattern: Sendable, Equatable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public let source: String
  public let terms: [PatternTerm]
  /// True for a `^` pattern: the first word must start a sentence.
  public let isAnchored: Bool

  /// Compiles `source`; throws a reason (without a location) when it cannot match anything.
  public init(_ source: String) throws(PatternError) {
    self.source = source
    var body = Substring(source.trimmed)
    isAnchored = body.hasPrefix("^")
    if isAnchored { body = body.dropFirst() }
    var terms: [PatternTerm] = []
    for piece in Self.words(of: body) {
      switch piece {
      case "*": terms.append(.anyWord)
      case "#": terms.append(.number)
      default:
        let isPrefix = piece.hasSuffix("*")
        let body = isPrefix ? piece.dropLast() : piece[...]
        if body.contains("*") || body.contains("#") || body.contains("^") {
          throw PatternError(
            pattern: source, reason: "`*` may only end a word or stand alone, `#` only alone, `^` only first")
        }
        let words = Tokenizer.tokens(in: String(body)).map(\.text)
        if words.isEmpty {
          throw PatternError(pattern: source, reason: "\"\(piece)\" has no letters or digits")
        }
        if isPrefix && words.count > 1 {
          throw PatternError(
            pattern: source, reason: "a stem before `*` must be one word, not \"\(body)\"")
        }
        terms += words.dropLast().map(PatternTerm.word)
        if let last = words.last { terms.append(isPrefix ? .prefix(last) : .word(last)) }
      }
    }
    if terms.isEmpty {
      throw PatternError(pattern: source, reason: "the pattern is empty")
    }
    if terms.allSatisfy({ $0 == .anyWord }) {
      throw PatternError(pattern: source, reason: "a pattern of only `*` matches every answer")
    }
    self.terms = terms
  }

  public var description: String { source }

  /// The pieces of `text` between runs of whitespace, found by scalars (with no Unicode
  /// property lookup for ASCII): every built-in and user pattern goes through here at start-up.
  private static func words(of text: Substring) -> [Substring] {
    let scalars = text.unicodeScalars
    var pieces: [Substring] = []
    var start: String.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let isSpace =
        scalar.isASCII
        ? scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{B}"
          || scalar == "\u{C}"
        : scalar.properties.isWhitespace
      if isSpace {
        if let first = start { pieces.append(Substring(scalars[first..<index])) }
        start = nil
      } else if start == nil {
        start = index
      }
      index = scalars.index(after: index)
    }
    if let first = start { pieces.append(Substring(scalars[first..<scalars.endIndex])) }
    return pieces
  }
}

/// Why a pattern could not be compiled.
public struct PatternError: Error, Sendable, Equatable {
  public let pattern: String
  public let reason: String
}
