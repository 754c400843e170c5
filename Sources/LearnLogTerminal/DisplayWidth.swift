import LearnLog

/// How many terminal columns text takes.
///
/// Measured per grapheme cluster (`Character`), the unit a terminal draws: East Asian Wide and
/// Fullwidth characters and emoji take two columns, combining marks and other zero-width
/// characters none, escape sequences none, everything else one.
public enum DisplayWidth {
  /// The columns `text` takes on a terminal, ignoring escape sequences.
  public static func of(_ text: String) -> Int {
    var total = 0
    for case .text(let run) in EscapeSequence.segments(of: text) {
      for character in run {
        total += of(character)
      }
    }
    return total
  }

  /// The columns one grapheme cluster takes: 0, 1 or 2.
  public static func of(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    let properties = first.properties
    // Emoji drawn as pictures are two columns wide. That covers skin tones (👍🏽), ZWJ families
    // (👨‍👩‍👧: the first scalar decides) and flags (a pair of regional indicators). A text-style
    // emoji such as ❤ becomes a picture with the variation selector U+FE0F.
    if properties.isEmojiPresentation { return 2 }
    if properties.isEmoji && character.unicodeScalars.contains("\u{FE0F}") { return 2 }
    if isZeroWidth(first) { return 0 }
    return isWide(first.value) ? 2 : 1
  }

  /// Control characters, format characters (zero-width space and joiners, soft hyphen) and marks
  /// that stand alone; Hangul medial and final jamo only ever join a preceding syllable.
  private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .nonspacingMark, .enclosingMark, .lineSeparator,
      .paragraphSeparator:
      return true
    default:
      return (0x1160...0x11FF).contains(scalar.value) || scalar.value == 0x200B
    }
  }

  /// East Asian Wide (W) and Fullwidth (F) ranges from Unicode's EastAsianWidth.txt, leaving out
  /// emoji, which `isEmojiPresentation` covers.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, CJK compatibility
    0x3400...0x4DBF,  // CJK Extension A
    0x4E00...0x9FFF,  // CJK Unified Ideographs
    0xA000...0xA4CF,  // Yi
    0xA960...0xA97F,  // Hangul Jamo Extended-A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK Compatibility Ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth forms
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x17000...0x18CFF,  // Tangut, Khitan
    0x1AFF0...0x1B2FF,  // Kana supplements, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK Extensions B–F, compatibility supplement
    0x30000...0x3FFFD,  // CJK Extensions G and later
  ]

  private static func isWide(_ value: UInt32) -> Bool {
    guard value >= 0x1100 else { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// `text` followed by spaces up to `width` columns; unchanged when it is already that wide.
  public static func pad(_ text: String, to width: Int) -> String {
    let missing = width - of(text)
    return missing > 0 ? text + String(repeating: " ", count: missing) : text
  }
}

extension DisplayWidth {
  /// Whether `character` belongs to an East Asian wide script (not an emoji): text in these
  /// scripts may break between any two characters.
  static func isEastAsianWide(_ character: Character) -> Bool {
    guard let first = character.unicodeScalars.first else { return false }
    return isWide(first.value) && !first.properties.isEmojiPresentation
  }
}
