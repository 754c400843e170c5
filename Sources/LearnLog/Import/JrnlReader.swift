/// Reads a jrnl journal fed in chunks of bytes, as `learnlog import --format jrnl` reads a
/// file, handing over each entry as soon as it is complete: the memory is one entry and one
/// chunk however long the journal is. Decoding, repairs, warnings and errors are those of
/// `JrnlJournal.parse`.
public struct JrnlReader {
  private var text = ImportTextStream()
  private var scan: JrnlScan
  private let today: CalendarDate?

  /// With `today`, entries dated after it are counted in a warning (and still handed over:
  /// jrnl allows them).
  public init(today: CalendarDate? = nil) {
    self.today = today
    scan = JrnlScan(today: today)
  }

  /// Entries handed over so far.
  public var entryCount: Int { scan.entryCount }

  /// Reads the next bytes (cut anywhere), calling `body` with each entry they complete.
  /// Throws `ImportError` for a file that is not text, and whatever `body` throws.
  public mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (JournalEntry) throws -> Void
  ) throws {
    // The scanner is moved out while the decoder calls back into it (one access to self each).
    var scan = self.scan
    self.scan = JrnlScan()
    defer { self.scan = scan }
    try text.feed(bytes) { try scan.feed($0, body) }
  }

  /// Reads what is left, calls `body` with the last entry, and returns the warnings (repaired
  /// bytes, left-out lines, date-looking lines kept as text, entries dated after today; never
  /// the text). Throws `.empty` for a blank file, `.unreadableJournalHeader` when the only lines
  /// shaped like headers could not be read as headers, and `.noJournalEntry` for text without
  /// any.
  public mutating func finish(_ body: (JournalEntry) throws -> Void) throws -> [String] {
    var scan = self.scan
    self.scan = JrnlScan()
    defer { self.scan = scan }
    let decoded = try text.finish { try scan.feed($0, body) }
    try scan.finish(body)
    try Self.check(scan)
    return decoded.warnings + scan.warnings
  }

  static func check(_ scan: JrnlScan) throws(ImportError) {
    // Empty entries only is a journal read, with nothing to keep: its warning says so.
    if scan.entryCount == 0 && scan.emptyEntryCount == 0 {
      if scan.textLines == 0 { throw .empty }
      // A journal whose headers are all mistyped: say which line and why, not just "none".
      if let first = scan.firstUnreadable {
        throw .unreadableJournalHeader(line: first.line, reason: first.reason)
      }
      throw .noJournalEntry(lineCount: scan.lineCount)
    }
  }
}
