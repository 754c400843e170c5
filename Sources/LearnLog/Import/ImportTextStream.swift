/// `ImportTextDecoder.decode` for a file read in chunks: the same byte-order marks, UTF-16,
/// repair of invalid UTF-8, line ends and control characters, with the same counts, but passing
/// the clean UTF-8 on as it goes instead of holding the whole text.
///
/// Chunks may be cut anywhere: the last bytes of an unfinished UTF-8 sequence (or UTF-16 unit
/// or surrogate pair) wait for the next chunk, and the first 4 KiB wait until the file has been
/// checked for binary formats.
public struct ImportTextStream {
  private enum Encoding {
    case utf8
    case utf16(littleEndian: Bool)
  }

  /// The first bytes, held until there are enough to recognise a binary file.
  private var head: [UInt8] = []
  private var encoding: Encoding?
  /// An unfinished sequence from the end of the previous chunk.
  private var carry: [UInt8] = []
  /// True until the first decoded character: a byte-order mark there is skipped.
  private var atTextStart = true
  private var cleaner = TextCleaner()
  private var replacedSequences = 0
  private var skippedBOM = false

  private static let sniffLength = 4096

  public init() {}

  /// Decodes the next bytes, passing clean UTF-8 (whole characters) to `emit`.
  public mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    guard encoding != nil else {
      head.append(contentsOf: bytes)
      if head.count >= Self.sniffLength { try start(emit) }
      return
    }
    try decode(bytes, isLast: false, emit)
  }

  /// Decodes what is left and reports every change made, as `ImportTextDecoder.decode` does
  /// (its `text` is empty: the text went to `emit`). Throws `.empty` for a file with no bytes
  /// and `.notPlainText` for a recognisable binary format.
  public mutating func finish(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws
    -> DecodedText
  {
    if encoding == nil {
      if head.isEmpty { throw ImportError.empty }
      try start(emit)
    }
    let rest = carry
    carry = []
    try rest.withUnsafeBufferPointer { try decode($0, isLast: true, emit) }
    var report = cleaner.report
    report.replacedSequences = replacedSequences
    report.skippedBOM = skippedBOM
    if case .utf16 = encoding { report.readAsUTF16 = true }
    return report
  }

  private mutating func start(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    if let format = ImportTextDecoder.sniffBinary(Array(head.prefix(Self.sniffLength))) {
      throw ImportError.notPlainText(format)
    }
    var skip = 0
    if head.count >= 2, (head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)
    {
      encoding = .utf16(littleEndian: head[0] == 0xFF)
      skippedBOM = true
      skip = 2
    } else {
      encoding = .utf8
      if head.starts(with: [0xEF, 0xBB, 0xBF]) {
        skippedBOM = true
        skip = 3
      }
    }
    let bytes = head
    head = []
    try bytes.withUnsafeBufferPointer {
      try decode(UnsafeBufferPointer(rebasing: $0[skip...]), isLast: false, emit)
    }
  }

  private mutating func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool,
    _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    if carry.isEmpty {
      try decodeJoined(bytes, isLast: isLast, emit)
    } else {
      let joined = carry + bytes
      carry = []
      try joined.withUnsafeBufferPointer { try decodeJoined($0, isLast: isLast, emit) }
    }
  }

  private mutating func decodeJoined(
    _ bytes: UnsafeBufferPointer<UInt8>, isLast: Bool,
    _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    switch encoding {
    case .utf16(let littleEndian):
      try decodeUTF16(bytes, littleEndian: littleEndian, isLast: isLast, emit)
    default:
      let end = isLast ? bytes.count : Self.completeUTF8Length(bytes)
      carry = Array(bytes[end...])
      let whole = UnsafeBufferPointer(rebasing: bytes[..<end])
      if String(validating: whole, as: UTF8.self) != nil {
        try pass(whole, emit)
      } else {
        var repaired = String(decoding: whole, as: UTF8.self)
        try repaired.withUTF8 { text in
          // Each invalid sequence became one U+FFFD; any U+FFFD already in the file is not ours.
          replacedSequences += max(
            0,
            ImportTextDecoder.countReplacementCharacters(inUTF8: text)
              - ImportTextDecoder.countReplacementCharacters(inUTF8: whole))
          try pass(text, emit)
        }
      }
    }
  }

  private mutating func decodeUTF16(
    _ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool, isLast: Bool,
    _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    var unitCount = bytes.count / 2
    func unit(_ index: Int) -> UInt16 {
      let first = UInt16(bytes[index * 2])
      let second = UInt16(bytes[index * 2 + 1])
      return littleEndian ? second << 8 | first : first << 8 | second
    }
    if isLast {
      replacedSequences += bytes.count % 2
    } else {
      // A high surrogate waits for its low half; an odd byte for its partner.
      if unitCount > 0, (0xD800...0xDBFF).contains(unit(unitCount - 1)) { unitCount -= 1 }
      carry = Array(bytes[(unitCount * 2)...])
    }
    guard unitCount > 0 else { return }
    let units = (0..<unitCount).map(unit)
    var text = String(decoding: units, as: UTF16.self)
    let before = units.count(where: { $0 == 0xFFFD })
    try text.withUTF8 { utf8 in
      replacedSequences += max(
        0, ImportTextDecoder.countReplacementCharacters(inUTF8: utf8) - before)
      try pass(utf8, emit)
    }
  }

  /// Skips a byte-order mark that starts the text, then cleans.
  private mutating func pass(
    _ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    var text = bytes
    if atTextStart && !text.isEmpty {
      atTextStart = false
      if text.starts(with: [0xEF, 0xBB, 0xBF]) {
        text = UnsafeBufferPointer(rebasing: text[3...])
        skippedBOM = true
      }
    }
    try cleaner.clean(text, emit: emit)
  }

  /// How much of `bytes` ends on a whole character: an unfinished multi-byte sequence at the
  /// end is left for the next chunk. Cutting before a byte that is not a continuation byte is
  /// always safe: a decoder ends any sequence there.
  static func completeUTF8Length(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let count = bytes.count
    var index = count - 1
    while index >= 0 && index >= count - 4 {
      let byte = bytes[index]
      if byte & 0xC0 != 0x80 {
        let length: Int
        switch byte {
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: length = 1
        }
        return count - index < length ? index : count
      }
      index -= 1
    }
    return count
  }
}
