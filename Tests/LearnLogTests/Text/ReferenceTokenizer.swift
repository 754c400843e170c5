@testable import LearnLog

/// The scalar-by-scalar tokenizer that the UTF-8 one replaced, kept to check that both read
/// every text the same way.
enum ReferenceTokenizer {
  /// The words of `text`, in order.
  static func tokens(in text: String) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.utf8.count / 5)
    let scalars = text.unicodeScalars
    // The word so far, lowercased as it is built: ASCII directly, other scripts at the end.
    var current = String.UnicodeScalarView()
    var needsLowercasing = false
    var startsWithDigit = false
    var start = scalars.startIndex
    var hasDigit = false
    var hasLetter = false
    var atSentenceStart = true
    var previousKana: KanaScript?

    func flush(upTo end: String.Index) {
      guard !current.isEmpty else { return }
      // A trailing apostrophe or decimal point belongs to the punctuation, not the word.
      while let last = current.last, last == "'" || last == "." || last == "," {
        current.removeLast()
      }
      if !current.isEmpty {
        tokens.append(
          Token(
            text: needsLowercasing ? String(current).lowercased() : String(current),
            range: start..<end, isNumber: hasDigit && (!hasLetter || startsWithDigit),
            isCJK: false, startsSentence: atSentenceStart))
        atSentenceStart = false
        previousKana = nil
      }
      current = String.UnicodeScalarView()
      needsLowercasing = false
      hasDigit = false
      hasLetter = false
    }

    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if isCJKCharacter(scalar) {
        flush(upTo: index)
        let kana = kanaScript(of: scalar)
        tokens.append(
          Token(
            text: String(scalar), range: index..<next, isNumber: false, isCJK: true,
            startsSentence: atSentenceStart, continuesWord: kana != nil && kana == previousKana))
        atSentenceStart = false
        previousKana = kana
      } else if isDigit(scalar) {
        if current.isEmpty {
          start = index
          startsWithDigit = true
        }
        current.append(scalar)
        hasDigit = true
      } else if isLetter(scalar) {
        if current.isEmpty {
          start = index
          startsWithDigit = false
        }
        if ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) {
          current.append(lower)
        } else {
          current.append(scalar)
          needsLowercasing = needsLowercasing || !scalar.isASCII
        }
        hasLetter = true
      } else if !current.isEmpty, isJoiningMark(scalar) {
        current.append(scalar)
      } else if !current.isEmpty, next < scalars.endIndex,
        let joined = joiner(scalar, before: scalars[next], after: current.last)
      {
        current.append(joined)
      } else {
        flush(upTo: index)
        previousKana = nil
        if sentenceBreaks.contains(scalar) { atSentenceStart = true }
      }
      index = next
    }
    flush(upTo: scalars.endIndex)
    return tokens
  }

  /// How many words `text` holds, by the rules above.
  static func wordCount(of text: String) -> Int {
    tokens(in: text).count { !$0.continuesWord }
  }

  /// True for Han ideographs and Japanese kana: scripts written without spaces.
  static func isCJKCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true  // Han
    case 0x3040...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: true  // kana
    case 0x3005, 0x3007: true  // 々 and 〇 act as ideographs
    default: false
    }
  }

  /// Marks after which a new sentence (or list item) starts.
  private static let sentenceBreaks: Set<Unicode.Scalar> = [
    ".", "?", "!", ";", ":", "\n", "\r", "•", "？", "。", "！", "；", "：", "…",
  ]

  private enum KanaScript { case hiragana, katakana }

  private static func kanaScript(of scalar: Unicode.Scalar) -> KanaScript? {
    switch scalar.value {
    case 0x3040...0x309F: .hiragana
    case 0x30A0...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: .katakana
    default: nil
    }
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("0"..."9").contains(scalar) }
    switch scalar.properties.generalCategory {
    case .decimalNumber, .letterNumber, .otherNumber: return !scalar.properties.isEmojiPresentation
    default: return false
    }
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
    // Emoji are never alphabetic, so they fall through to punctuation.
    return scalar.properties.isAlphabetic
  }

  /// Combining marks (accents, vowel signs) continue the word they follow; variation selectors
  /// and keycap enclosures belong to emoji and are dropped.
  private static func isJoiningMark(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII || (0xFE00...0xFE0F).contains(scalar.value) { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark: return true
    default: return false
    }
  }

  /// The character to keep when `scalar` joins two parts of one word, or nil when it separates.
  private static func joiner(
    _ scalar: Unicode.Scalar, before following: Unicode.Scalar, after previous: Unicode.Scalar?
  ) -> Unicode.Scalar? {
    guard let previous else { return nil }
    switch scalar {
    case "'", "\u{2019}", "\u{02BC}":
      return isLetter(previous) && isLetter(following) ? "'" : nil
    case ".", ",":
      return isDigit(previous) && isDigit(following) ? scalar : nil
    default:
      return nil
    }
  }
}
