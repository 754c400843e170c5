import LearnLog

/// What `learnlog search` narrows a search to. Notes have no kind or question: a kind or
/// question filter leaves them out.
public struct SearchFilter: Sendable, Equatable {
  public var since: CalendarDate?
  public var until: CalendarDate?
  public var kind: EntryKind?
  public var question: Int?
  public var limit: Int

  public init(
    since: CalendarDate? = nil, until: CalendarDate? = nil, kind: EntryKind? = nil,
    question: Int? = nil, limit: Int = 20
  ) {
    self.since = since
    self.until = until
    self.kind = kind
    self.question = question
    self.limit = limit
  }
}

/// One place the search words were found: an answer, a reply to a follow-up, or a note.
public struct SearchHit: Sendable, Equatable {
  public enum Origin: String, Sendable, Codable {
    /// An answer to a question or a GROW stage.
    case answer
    /// The coach's reply to a follow-up.
    case reply
    case note
  }

  public var origin: Origin
  /// The entry the text belongs to; nil for a note.
  public var entryID: Int64?
  /// The note's id; nil for an answer or a reply.
  public var noteID: Int64?
  /// The entry's session date, or the note's date.
  public var date: CalendarDate
  public var coachee: String?
  public var kind: EntryKind?
  /// The question or GROW stage answered (or followed up); nil for a note.
  public var step: Step?
  /// Where a note came from; nil for an answer or a reply.
  public var noteSource: NoteSource?
  public var snippet: Snippet
  /// SQLite's bm25 score: lower is a better match. Zero when the search could not rank (a
  /// one- or two-character CJK search).
  public var score: Double

  public init(
    origin: Origin, entryID: Int64? = nil, noteID: Int64? = nil, date: CalendarDate,
    coachee: String? = nil, kind: EntryKind? = nil, step: Step? = nil,
    noteSource: NoteSource? = nil, snippet: Snippet, score: Double
  ) {
    self.origin = origin
    self.entryID = entryID
    self.noteID = noteID
    self.date = date
    self.coachee = coachee
    self.kind = kind
    self.step = step
    self.noteSource = noteSource
    self.snippet = snippet
    self.score = score
  }
}
