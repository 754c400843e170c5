/// Splits text into words for matching and counting.
///
/// - Letters and digits in a run form a word; case is folded with Unicode lowercasing.
/// - Chinese and Japanese write no spaces, so each Han character and each kana is a token of
///   its own (patterns match them character by character). For counting, each Han character is
///   one word ("我觉得很好" is five) and a run of hiragana or of katakana is one word
///   ("うまくいった" is one, "コーチング" is one): kana mostly spell endings, particles and
///   loanwords. Korean writes spaces between words, so a run of Hangul is one word, as in English.
/// - An apostrophe between letters stays inside the word (`don't`, `coachee’s`); a `.` or `,`
///   between digits stays inside a number (`2.5`, `1,000`). Hyphens split (`follow-up` is two).
/// - Emoji, symbols and punctuation are not words.
public enum Tokenizer {
  /// The words of `text`, in order.
  ///
  /// Reads the UTF-8 bytes directly: ASCII, most of any answer, never goes through
  /// `Unicode.Scalar` properties, and a word is built as bytes and made a `String` once.
  public static func tokens(in text: String) -> [Token] {
    var copy = text
    copy.makeContiguousUTF8()
    let native = copy
    return native.utf8.withContiguousStorageIfAvailable { tokens(in: $0, of: native) } ?? []
  }

  private static func tokens(in bytes: UnsafeBufferPointer<UInt8>, of text: String) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5)
    let utf8 = text.utf8
    func index(_ offset: Int) -> String.Index {
      utf8.index(utf8.startIndex, offsetBy: offset)
    }
    // The word so far. Almost always it is the source bytes `start..<end` with ASCII lowercased
    // (other scripts are lowercased when the word ends), so nothing is copied until it ends;
    // only a typographic apostrophe, kept as `'`, makes the word differ from its source, and
    // then it is built in `spelled` instead.
    var isInWord = false
    var end = 0
    var spelled: [UInt8]?
    var lastScalar: Unicode.Scalar?
    var needsLowercasing = false
    var startsWithDigit = false
    var start = 0
    var hasDigit = false
    var hasLetter = false
    var atSentenceStart = true
    var previousKana: KanaScript?

    func begin(at offset: Int, digit: Bool) {
      isInWord = true
      start = offset
      end = offset
      startsWithDigit = digit
    }

    func extend(to next: Int) {
      if spelled != nil {
        spelled?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[end..<next]))
      }
      end = next
    }

    func flush(upTo boundary: Int) {
      guard isInWord else { return }
      var word: String
      if var built = spelled {
        // A trailing apostrophe or decimal point belongs to the punctuation, not the word.
        while let last = built.last, last == 0x27 || last == 0x2E || last == 0x2C {
          built.removeLast()
        }
        word = built.withUnsafeBufferPointer { lowercasedASCII($0[...]) }
      } else {
        var last = end
        while last > start, bytes[last - 1] == 0x27 || bytes[last - 1] == 0x2E || bytes[last - 1] == 0x2C {
          last -= 1
        }
        word = lowercasedASCII(bytes[start..<last])
      }
      if !word.isEmpty {
        tokens.append(
          Token(
            text: needsLowercasing ? word.lowercased() : word,
            range: index(start)..<index(boundary),
            isNumber: hasDigit && (!hasLetter || startsWithDigit),
            isCJK: false, startsSentence: atSentenceStart))
        atSentenceStart = false
        previousKana = nil
      }
      isInWord = false
      spelled = nil
      lastScalar = nil
      needsLowercasing = false
      hasDigit = false
      hasLetter = false
    }

    var offset = 0
    let count = bytes.count
    while offset < count {
      let (scalar, length) = decode(bytes, at: offset)
      let next = offset + length
      if scalar.isASCII {
        let byte = bytes[offset]
        switch byte {
        case 0x30...0x39:  // 0-9
          if !isInWord { begin(at: offset, digit: true) }
          extend(to: next)
          lastScalar = scalar
          hasDigit = true
        case 0x41...0x5A, 0x61...0x7A:  // A-Z, a-z
          if !isInWord { begin(at: offset, digit: false) }
          extend(to: next)
          lastScalar = Unicode.Scalar(byte | 0x20)
          hasLetter = true
        default:
          if isInWord, next < count, byte == 0x27 || byte == 0x2E || byte == 0x2C,
            let joined = joiner(scalar, before: decode(bytes, at: next).scalar, after: lastScalar)
          {
            // ASCII joiners are kept as they are.
            extend(to: next)
            lastScalar = joined
          } else {
            flush(upTo: offset)
            previousKana = nil
            switch byte {
            case 0x2E, 0x3F, 0x21, 0x3B, 0x3A, 0x0A, 0x0D: atSentenceStart = true  // . ? ! ; : \n \r
            default: break
            }
          }
        }
      } else if isCJKCharacter(scalar) {
        flush(upTo: offset)
        let kana = kanaScript(of: scalar)
        tokens.append(
          Token(
            text: String(scalar), range: index(offset)..<index(next), isNumber: false, isCJK: true,
            startsSentence: atSentenceStart, continuesWord: kana != nil && kana == previousKana))
        atSentenceStart = false
        previousKana = kana
      } else if isDigit(scalar) || isLetter(scalar) {
        let digit = isDigit(scalar)
        if !isInWord { begin(at: offset, digit: digit) }
        extend(to: next)
        lastScalar = scalar
        if digit {
          hasDigit = true
        } else {
          needsLowercasing = true
          hasLetter = true
        }
      } else if isInWord, isJoiningMark(scalar) {
        extend(to: next)
        lastScalar = scalar
      } else if isInWord, next < count,
        let joined = joiner(scalar, before: decode(bytes, at: next).scalar, after: lastScalar)
      {
        // A typographic apostrophe becomes `'`: from here the word differs from its source.
        if spelled == nil { spelled = Array(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        spelled?.append(contentsOf: String(joined).utf8)
        end = next
        lastScalar = joined
      } else {
        flush(upTo: offset)
        previousKana = nil
        if sentenceBreaks.contains(scalar) { atSentenceStart = true }
      }
      offset = next
    }
    flush(upTo: count)
    return tokens
  }

  /// The UTF-8 bytes as a String with A-Z made a-z; other scripts are left alone.
  @inline(__always)
  private static func lowercasedASCII(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      var written = 0
      for byte in bytes {
        buffer[written] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
        written += 1
      }
      return written
    }
  }

  /// The scalar starting at `offset` of valid UTF-8 (a `String`'s bytes), and its length.
  @inline(__always)
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> (scalar: Unicode.Scalar, length: Int)
  {
    let lead = UInt32(bytes[offset])
    let value: UInt32
    let length: Int
    if lead < 0x80 {
      return (Unicode.Scalar(UInt8(lead)), 1)
    } else if lead < 0xE0 {
      value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      length = 2
    } else if lead < 0xF0 {
      value =
        (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
        | UInt32(bytes[offset + 2] & 0x3F)
      length = 3
    } else {
      value =
        (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
        | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
      length = 4
    }
    // A String's bytes are valid UTF-8, so this never falls back.
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// True when `text` has at least one word: the same as `!tokens(in: text).isEmpty`, without
  /// building the words.
  public static func containsWord(_ text: String) -> Bool {
    text.unicodeScalars.contains { isCJKCharacter($0) || isDigit($0) || isLetter($0) }
  }

  /// How many words `text` holds, by the rules above.
  public static func wordCount(of text: String) -> Int {
    tokens(in: text).count { !$0.continuesWord }
  }

  /// True for Han ideographs and Japanese kana: scripts written without spaces.
  public static func isCJKCharacter(_ scalar: Unicode.Scalar) -> Bool {
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
