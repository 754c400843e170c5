/// Turns the bytes of an imported file into clean text. Files written elsewhere arrive with
/// byte-order marks, Windows line ends, stray NULs from broken editors or invalid UTF-8 from a
/// mis-set encoding; none of that may crash the importer or reach the database.
public enum ImportTextDecoder {
  /// Decodes `bytes` as UTF-8 (or UTF-16 when it starts with a UTF-16 byte-order mark),
  /// replacing invalid sequences, then cleans it as `clean(_:)` does.
  /// Throws `.empty` for no bytes and `.notPlainText` for a recognisable binary format.
  public static func decode(_ bytes: [UInt8]) throws(ImportError) -> DecodedText {
    if bytes.isEmpty { throw .empty }
    if let format = sniffBinary(bytes) { throw .notPlainText(format) }
    if bytes.count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
    {
      var decoded = decodeUTF16(bytes, littleEndian: bytes[0] == 0xFF)
      decoded.readAsUTF16 = true
      decoded.skippedBOM = true
      return decoded
    }
    var body = bytes[...]
    var skippedBOM = false
    if body.starts(with: [0xEF, 0xBB, 0xBF]) {
      body = body.dropFirst(3)
      skippedBOM = true
    }
    let text: String
    var replaced = 0
    if let valid = String(validating: body, as: UTF8.self) {
      text = valid
    } else {
      var repaired = String(decoding: body, as: UTF8.self)
      // Each invalid sequence became one U+FFFD; any U+FFFD already in the file is not ours.
      let after = repaired.withUTF8 { countReplacementCharacters(inUTF8: $0) }
      let before = body.withUnsafeBufferPointer { countReplacementCharacters(inUTF8: $0) }
      replaced = max(0, after - before)
      text = repaired
    }
    var decoded = clean(text)
    decoded.replacedSequences = replaced
    decoded.skippedBOM = decoded.skippedBOM || skippedBOM
    return decoded
  }

  /// Cleans text that is already a String: skips a leading byte-order mark, turns CRLF and
  /// lone CR into `\n`, and removes NUL and other control characters except tab, counting each.
  public static func clean(_ text: String) -> DecodedText {
    var source = text
    var skippedBOM = false
    if source.unicodeScalars.first == "\u{FEFF}" {
      source.unicodeScalars.removeFirst()
      skippedBOM = true
    }
    // nil means nothing needed changing: keep the original storage rather than a copy.
    var result = source.withUTF8 { cleanUTF8($0) } ?? DecodedText(text: source)
    result.skippedBOM = skippedBOM
    return result
  }

  /// Returns nil when the buffer needs no change (the caller keeps the original string).
  private static func cleanUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> DecodedText? {
    // Fast path: most files have nothing to clean, so look before copying anything.
    if TextCleaner.isClean(bytes) { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var cleaner = TextCleaner()
    cleaner.clean(bytes) { output.append(contentsOf: $0) }
    var result = cleaner.report
    result.text = String(decoding: output, as: UTF8.self)
    return result
  }

  private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> DecodedText {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = 2
    while index + 1 < bytes.count {
      let low = UInt16(bytes[index])
      let high = UInt16(bytes[index + 1])
      units.append(littleEndian ? high << 8 | low : low << 8 | high)
      index += 2
    }
    let text = String(decoding: units, as: UTF16.self)
    let before = units.count(where: { $0 == 0xFFFD })
    var decoded = clean(text)
    decoded.replacedSequences =
      max(0, decoded.text.unicodeScalars.count(where: { $0 == "\u{FFFD}" }) - before)
      + (bytes.count % 2)
    return decoded
  }

  /// Occurrences of U+FFFD's encoding, EF BF BD.
  static func countReplacementCharacters(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var total = 0
    var index = 0
    let last = bytes.count - 2
    while index < last {
      if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD {
        total += 1
        index += 3
      } else {
        index += 1
      }
    }
    return total
  }

  /// Recognises formats people save reflections in by mistake, from their first bytes, and
  /// files that are mostly NUL bytes (UTF-16 without a byte-order mark, or binary data).
  static func sniffBinary(_ bytes: [UInt8]) -> NonTextFormat? {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .wordProcessor }
    if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
    if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
    // A few NULs are noise to remove; many mean this is not UTF-8 text at all.
    let sample = bytes.prefix(4096)
    let nuls = sample.count(where: { $0 == 0 })
    if nuls > 16 && nuls * 10 > sample.count { return .binary }
    return nil
  }
}
