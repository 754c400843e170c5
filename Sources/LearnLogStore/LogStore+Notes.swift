import LearnLog

/// Free notes: typed with `learnlog note`, or imported from a jrnl journal.
extension LogStore {
  /// Saves one note and returns its id.
  @discardableResult
  public func addNote(_ note: Note) throws -> Int64 {
    try database.transaction { try insertNote(note) }
  }

  /// Saves many notes in one transaction (all or none), many to a statement.
  /// `progress` is told how many are stored so far, now and then.
  @discardableResult
  public func addNotes(_ notes: [Note], progress: (Int) -> Void = { _ in }) throws -> Int {
    try database.transaction {
      var batch = NoteBatch()
      for (index, note) in notes.enumerated() {
        if batch.add(note) { try insertNotes(batch.take()) }
        if index % 256 == 255 { progress(index + 1) }
      }
      try insertNotes(batch.take())
      progress(notes.count)
      return notes.count
    }
  }

  /// The note with this id, if any.
  public func note(id: Int64) throws -> Note? {
    try database.queryFirst(
      "SELECT \(NoteColumns.list) FROM notes WHERE id = ?", [.integer(id)], readNoteRow)
  }

  /// Notes dated within the bounds (inclusive), oldest id first.
  public func notes(since: CalendarDate? = nil, until: CalendarDate? = nil) throws -> [Note] {
    var notes: [Note] = []
    try forEachNote(since: since, until: until) { notes.append($0) }
    return notes
  }

  /// Calls `body` with each note dated within the bounds, oldest id first, without holding them
  /// all in memory.
  public func forEachNote(
    since: CalendarDate? = nil, until: CalendarDate? = nil, _ body: (Note) throws -> Void
  ) throws {
    try database.read {
      try database.forEachRow(
        """
        SELECT \(NoteColumns.list) FROM notes
        WHERE (?1 IS NULL OR note_date >= ?1) AND (?2 IS NULL OR note_date <= ?2)
        ORDER BY id
        """,
        [.nullable(since?.iso), .nullable(until?.iso)]
      ) { row in try body(try readNoteRow(row)) }
    }
  }

  /// How many notes are dated within the bounds.
  public func noteCount(since: CalendarDate? = nil, until: CalendarDate? = nil) throws -> Int {
    try database.queryFirst(
      """
      SELECT count(*) FROM notes
      WHERE (?1 IS NULL OR note_date >= ?1) AND (?2 IS NULL OR note_date <= ?2)
      """,
      [.nullable(since?.iso), .nullable(until?.iso)]
    ) { $0.int(0) } ?? 0
  }

  /// Deletes a note, and its text from the search index.
  public func deleteNote(id: Int64) throws {
    try database.execute("DELETE FROM notes WHERE id = ?", [.integer(id)])
    guard database.changes > 0 else { throw StoreError.noteNotFound(id: id) }
  }

  // MARK: Pieces

  @discardableResult
  func insertNote(_ note: Note) throws -> Int64 {
    try insertNotes([note])
    return database.lastInsertRowID
  }

  /// Stores notes with one INSERT for all of them (`NoteBatch` keeps batches a sensible size).
  ///
  /// Why not one INSERT each: FTS5 (SQLite 3.40, as Debian ships it) writes the terms it holds
  /// as a new index segment at the end of every statement that adds to the index, so a note a
  /// statement made a segment a note, and merging them wrote seven times the size of the log
  /// for a journal import; 256 notes a statement writes under three times.
  func insertNotes(_ notes: [Note]) throws {
    guard !notes.isEmpty else { return }
    let rows = repeatElement("(?, ?, ?, ?, ?, ?)", count: notes.count).joined(separator: ", ")
    var values: [SQLValue] = []
    values.reserveCapacity(notes.count * 6)
    for note in notes {
      values += [
        .text(note.date.iso), .nullable(note.time?.text), .text(note.title), .text(note.text),
        .text(note.source.rawValue), .date(note.createdAt),
      ]
    }
    try database.execute(
      "INSERT INTO notes (note_date, note_time, title, text, source, created_at) VALUES " + rows,
      values)
  }

  private enum NoteColumns {
    static let list = "id, note_date, note_time, title, text, source, created_at"
  }

  private func readNoteRow(_ row: Row) throws -> Note {
    let id = row.int64(0)
    guard let date = row.text(1).flatMap(CalendarDate.init(iso:)) else {
      throw StoreError.unexpectedValue(table: "notes", column: "note_date", rowID: id)
    }
    var time: JournalTime?
    if let text = row.text(2) {
      guard let parsed = JournalTime(text: text) else {
        throw StoreError.unexpectedValue(table: "notes", column: "note_time", rowID: id)
      }
      time = parsed
    }
    guard let source = row.text(5).flatMap(NoteSource.init(rawValue:)) else {
      throw StoreError.unexpectedValue(table: "notes", column: "source", rowID: id)
    }
    return Note(
      id: id, date: date, time: time, title: row.text(3) ?? "", text: row.text(4) ?? "",
      source: source, createdAt: row.date(6))
  }
}

/// Notes waiting to be stored together (`LogStore.insertNotes`): up to 256, or about a megabyte
/// of text, whichever comes first, so a journal of long notes does not sit in memory.
struct NoteBatch {
  static let count = 256
  static let bytes = 1 << 20
  private(set) var notes: [Note] = []
  private var size = 0

  var isEmpty: Bool { notes.isEmpty }

  /// Adds a note; true when the batch is full and should be stored.
  mutating func add(_ note: Note) -> Bool {
    notes.append(note)
    size += note.text.utf8.count + note.title.utf8.count
    return notes.count >= Self.count || size >= Self.bytes
  }

  /// The notes, leaving the batch empty.
  mutating func take() -> [Note] {
    defer {
      notes.removeAll(keepingCapacity: true)
      size = 0
    }
    return notes
  }
}
