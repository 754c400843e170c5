extension CJK {
  /// What goes into the trigram index for a text: its runs of CJK characters, in order, joined
  /// by a line feed (which no CJK query term contains, so no match can reach across two runs);
  /// nil when it has none.
  ///
  /// Reads UTF-8 bytes without building Characters: it runs once for every text written to the
  /// log, inside SQLite (the `cjk_runs` function of the schema's triggers). Bytes that are not
  /// valid UTF-8 count as non-CJK.
  public static func runs(in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    // An empty buffer may have no address; it has no runs either.
    guard let start = UnsafeRawPointer(bytes.baseAddress) else { return nil }
    var output: [UInt8] = []
    var runStart = 0
    var isInRun = false
    var index = 0
    let count = bytes.count
    func endRun(at end: Int) {
      if !output.isEmpty { output.append(0x0A) }
      output.append(contentsOf: bytes[runStart..<end])
      isInRun = false
    }
    while index < count {
      // Most text is ASCII: step over eight bytes at a time while none has its top bit set.
      if !isInRun, index + 8 <= count,
        (start + index).loadUnaligned(as: UInt64.self)
          & 0x8080_8080_8080_8080 == 0
      {
        index += 8
        continue
      }
      let lead = bytes[index]
      // Every CJK range starts at U+3040 or above: three-byte sequences from 0xE3, or four.
      // Any other byte (ASCII, a byte of a shorter sequence) ends a run and is stepped over.
      if lead < 0xE3 || lead > 0xF4 {
        if isInRun { endRun(at: index) }
        index += 1
        continue
      }
      let width = lead < 0xF0 ? 3 : 4
      var value = UInt32(lead & (width == 3 ? 0x0F : 0x07))
      var isValid = index + width <= count
      if isValid {
        for offset in 1..<width {
          let next = bytes[index + offset]
          if next & 0xC0 != 0x80 {
            isValid = false
            break
          }
          value = value << 6 | UInt32(next & 0x3F)
        }
      }
      if isValid, isCJK(value) {
        if !isInRun { runStart = index }
        isInRun = true
        index += width
      } else {
        if isInRun { endRun(at: index) }
        index += isValid ? width : 1
      }
    }
    if isInRun { endRun(at: count) }
    return output.isEmpty ? nil : output
  }

  /// `runs(in:)` for a Swift string (tests, and checking a query term).
  public static func runs(in text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes in runs(in: bytes).map { String(decoding: $0, as: UTF8.self) } }
  }

  /// True when every scalar of `text` is a CJK character (and there is at least one).
  public static func isOnlyCJK(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy { contains($0) }
  }

  private static func isCJK(_ value: UInt32) -> Bool {
    switch value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
      0xFF66...0xFF9F, 0x20000...0x3FFFF:
      return true
    default:
      return false
    }
  }
}
