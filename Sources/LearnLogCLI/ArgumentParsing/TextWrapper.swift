/// Wraps help text to a column width, measuring characters by how many terminal columns they
/// take (CJK and most emoji take two), so help in any language lines up.
enum TextWrapper {
  /// Splits `text` into lines no wider than `width` columns, breaking at spaces. Blank lines
  /// separate paragraphs and are kept; a word wider than `width` is broken between characters
  /// (CJK text has no spaces to break at).
  static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
      .split { $0.allSatisfy(\.isWhitespace) }
    for (number, paragraph) in paragraphs.enumerated() {
      if number > 0 { lines.append("") }
      var line = ""
      var lineWidth = 0
      for word in paragraph.joined(separator: " ").split(whereSeparator: \.isWhitespace) {
        for piece in pieces(of: String(word), width: width) {
          let pieceWidth = displayWidth(piece)
          if lineWidth == 0 {
            (line, lineWidth) = (piece, pieceWidth)
          } else if lineWidth + 1 + pieceWidth <= width {
            line += " " + piece
            lineWidth += 1 + pieceWidth
          } else {
            lines.append(line)
            (line, lineWidth) = (piece, pieceWidth)
          }
        }
      }
      if lineWidth > 0 { lines.append(line) }
    }
    return lines
  }

  /// The word itself, or chunks of at most `width` columns when it is wider.
  private static func pieces(of word: String, width: Int) -> [String] {
    guard displayWidth(word) > width else { return [word] }
    var pieces: [String] = []
    var piece = ""
    var pieceWidth = 0
    for character in word {
      let characterWidth = displayWidth(character)
      if pieceWidth + characterWidth > width, !piece.isEmpty {
        pieces.append(piece)
        (piece, pieceWidth) = ("", 0)
      }
      piece.append(character)
      pieceWidth += characterWidth
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }

  /// The number of terminal columns `text` takes.
  static func displayWidth(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + displayWidth($1) }
  }

  /// Two columns for East Asian wide and fullwidth characters and emoji, one otherwise.
  /// An approximation of UAX #11 that covers the scripts and symbols help text uses.
  private static func displayWidth(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) {
      return 2
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
