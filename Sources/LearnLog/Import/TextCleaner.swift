/// Removes NUL and control characters (except tab and line ends) and turns CRLF and lone CR
/// into `\n`, counting what it removed and where. It keeps its place between calls, so text can
/// be cleaned in chunks (a CR at the end of one chunk and an LF at the start of the next are one
/// line end); each chunk must hold whole UTF-8 sequences.
struct TextCleaner {
  /// The counts and first lines; its `text` is not used.
  private(set) var report = DecodedText(text: "")
  private var line = 1
  /// The previous chunk ended with a CR: an LF first in the next one belongs to it.
  private var afterCR = false

  /// Cleans `bytes`, passing the clean text to `emit` in runs (never an empty one).
  mutating func clean(
    _ bytes: UnsafeBufferPointer<UInt8>, emit: (UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    let count = bytes.count
    guard count > 0 else { return }
    var index = 0
    if afterCR {
      afterCR = false
      if bytes[0] == 0x0A { index = 1 }
    }
    // Bytes are passed on in runs between the ones dropped or changed: byte by byte is what
    // makes a 30 MB journal slow.
    var runStart = index
    func flush(upTo end: Int) throws {
      if runStart < end { try emit(UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
    }
    while index < count {
      let byte = bytes[index]
      if byte >= 0x20 && byte != 0x7F && byte != 0xC2 {
        index += 1
        continue
      }
      switch byte {
      case 0x0A:
        line += 1
        index += 1
      case 0x09:
        index += 1
      case 0x0D:
        // CRLF becomes LF; a lone CR (old Mac files) is a line end too.
        try flush(upTo: index)
        try Self.newline.withUnsafeBufferPointer { try emit($0) }
        line += 1
        if index + 1 < count {
          index += bytes[index + 1] == 0x0A ? 2 : 1
        } else {
          index += 1
          afterCR = true
        }
        runStart = index
      case 0x00:
        try flush(upTo: index)
        report.removedNULs += 1
        if report.firstNULLine == nil { report.firstNULLine = line }
        index += 1
        runStart = index
      case 0xC2:
        guard index + 1 < count, (0x80..<0xA0).contains(bytes[index + 1]) else {
          index += 1
          continue
        }
        // A C1 control (U+0080...U+009F), two bytes in UTF-8.
        try flush(upTo: index)
        report.removedControls += 1
        if report.firstControlLine == nil { report.firstControlLine = line }
        index += 2
        runStart = index
      default:
        try flush(upTo: index)
        report.removedControls += 1
        if report.firstControlLine == nil { report.firstControlLine = line }
        index += 1
        runStart = index
      }
    }
    try flush(upTo: count)
  }

  /// True when `bytes` has nothing `clean` would change.
  static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = bytes.count
    var index = 0
    while index < count {
      let byte = bytes[index]
      if byte < 0x20 {
        if byte != 0x0A && byte != 0x09 { return false }
      } else if byte == 0x7F || (byte == 0xC2 && index + 1 < count && bytes[index + 1] < 0xA0) {
        return false
      }
      index += 1
    }
    return true
  }

  private static let newline: [UInt8] = [0x0A]
}
