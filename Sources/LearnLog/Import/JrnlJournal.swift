/// A journal in jrnl's plain-text format, read for `learnlog import --format jrnl`.
///
/// How an entry header is told from a date-looking line inside a body: a header is a line that
/// starts at column 0 with `[YYYY-MM-DD HH:MM]`, `[YYYY-MM-DD HH:MM:SS]` or a 12-hour time
/// (`[YYYY-MM-DD hh:mm:ss AM]`, jrnl's default; a real date and time) followed by a space or the
/// line end, and it is either the first such line of the file
/// or comes right after a blank line. jrnl itself writes a blank line between entries, so every
/// header it writes qualifies, while a date-looking line directly under body text stays in the
/// body (reported as a warning so a hand-written journal without blank lines is not merged
/// silently). The first header decides the style: a journal whose first header has brackets
/// never starts an entry on an unbracketed `YYYY-MM-DD HH:MM` line (jrnl 1.x's format), and
/// the other way round.
public struct JrnlJournal: Sendable, Equatable {
  public var entries: [JournalEntry]
  /// Repaired bytes, left-out lines, date-looking lines kept as text. Never quotes the text.
  public var warnings: [String]

  /// A journal from entries already in memory (tests, exports).
  public init(entries: [JournalEntry], warnings: [String] = []) {
    self.entries = entries
    self.warnings = warnings
  }

  /// Decodes and reads a journal file's bytes. Throws `.empty` for a blank file,
  /// `.unreadableJournalHeader` when every line shaped like a header has an impossible or
  /// unreadable date or time, and `.noJournalEntry` for text without any entry header.
  public static func parse(_ bytes: [UInt8]) throws(ImportError) -> JrnlJournal {
    try parse(ImportTextDecoder.decode(bytes))
  }

  /// Reads a journal already in memory.
  public static func parse(_ text: String) throws(ImportError) -> JrnlJournal {
    try parse(ImportTextDecoder.clean(text))
  }

  static func parse(_ decoded: DecodedText) throws(ImportError) -> JrnlJournal {
    var text = decoded.text
    var entries: [JournalEntry] = []
    let scan = text.withUTF8 { JrnlScan(bytes: $0) { entries.append($0) } }
    try JrnlReader.check(scan)
    return JrnlJournal(entries: entries, warnings: decoded.warnings + scan.warnings)
  }
}
