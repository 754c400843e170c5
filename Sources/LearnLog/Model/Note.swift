/// Where a free-form note came from.
public enum NoteSource: String, Sendable, Codable, CaseIterable, Hashable {
  /// Typed with `learnlog note`.
  case note
  /// Read from a jrnl journal by `learnlog import --format jrnl`.
  case jrnl
}

/// A dated free-form note in the log: a thought between sessions, or an entry of a journal kept
/// elsewhere. Searchable and exported with the reflections.
public struct Note: Sendable, Equatable, Hashable {
  /// Assigned by the store; 0 until the note is first saved.
  public var id: Int64
  /// The day the note is about (today, `--date`, or the journal entry's date).
  public var date: CalendarDate
  /// The wall-clock time written with it (a jrnl header's `HH:MM[:SS]`, or `hh:mm[:ss] AM` on
  /// the 12-hour clock), kept exactly.
  public var time: JournalTime?
  /// A jrnl entry's title line; empty for a typed note.
  public var title: String
  /// The note itself (a jrnl entry's body), exactly as written.
  public var text: String
  public var source: NoteSource
  /// When the note entered the log.
  public var createdAt: Date

  public init(
    id: Int64 = 0, date: CalendarDate, time: JournalTime? = nil, title: String = "",
    text: String, source: NoteSource = .note, createdAt: Date
  ) {
    self.id = id
    self.date = date
    self.time = time
    self.title = title
    self.text = text
    self.source = source
    self.createdAt = createdAt
  }

  /// A jrnl entry as a note: date, time, title and body kept exactly.
  public init(journalEntry entry: JournalEntry, createdAt: Date) {
    self.init(
      date: entry.date, time: entry.time, title: entry.title, text: entry.body, source: .jrnl,
      createdAt: createdAt)
  }

  /// The jrnl entry this note was read from, or would be written as.
  public func journalEntry(defaultTime: JournalTime) -> JournalEntry {
    JournalEntry(date: date, time: time ?? defaultTime, title: title, body: text)
  }
}
