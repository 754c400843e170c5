/// The machine-readable form of a note, as the JSON export and `search --json` print it.
public struct NoteDocument: Codable, Equatable, Sendable {
  public var id: Int64
  /// `YYYY-MM-DD`.
  public var date: String
  /// `HH:MM`, `HH:MM:SS` or a 12-hour time as a journal wrote it (`09:00:00 AM`), absent when
  /// the note has no time.
  public var time: String?
  public var title: String
  public var text: String
  public var source: NoteSource
  public var createdAt: String

  public init(_ note: Note) {
    id = note.id
    date = note.date.iso
    time = note.time?.text
    title = note.title
    text = note.text
    source = note.source
    createdAt = Timestamp.format(note.createdAt)
  }
}

extension Note {
  /// The note a document describes; `at` names the place for an error message.
  public init(document: NoteDocument, at place: String) throws(ImportError) {
    var cleaning = InputCleaning()
    try self.init(document: document, at: place, cleaning: &cleaning)
  }

  /// The same, with the title and text cleaned as typed text is (`InputCleaning`).
  public init(document: NoteDocument, at place: String, cleaning: inout InputCleaning)
    throws(ImportError)
  {
    guard let date = CalendarDate(iso: document.date) else {
      throw .invalidExport(reason: "\(place).date is not a date like 2026-11-28")
    }
    var time: JournalTime?
    if let text = document.time {
      guard let parsed = JournalTime(text: text) else {
        throw .invalidExport(reason: "\(place).time is not a time like 09:30 or 09:30:00 AM")
      }
      time = parsed
    }
    self.init(
      id: document.id, date: date, time: time, title: cleaning.clean(document.title),
      text: cleaning.clean(document.text),
      source: document.source,
      createdAt: try ExportDocument.timestamp(document.createdAt, at: "\(place).createdAt"))
  }
}
