/// One word position in a pattern.
public enum PatternTerm: Sendable, Equatable, Hashable {
  /// Exactly this word (already case-folded).
  case word(String)
  /// Any word that starts with this stem: `improv*`.
  case prefix(String)
  /// Any single word: `*`.
  case anyWord
  /// Any figure: `#`.
  case number

  func matches(_ token: Token) -> Bool {
    switch self {
    case .word(let word): token.text == word
    case .prefix(let stem): token.text.utf8.starts(with: stem.utf8)
    case .anyWord: true
    case .number: token.isNumber
    }
  }
}
