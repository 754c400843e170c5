import LearnLog

/// What `importLog` did.
public struct LogImportCounts: Sendable, Equatable {
  public var sessions = 0
  public var entries = 0
  public var notes = 0
  /// Sessions, entries and notes left out because the log already held them (an export
  /// imported twice).
  public var skippedSessions = 0
  public var skippedEntries = 0
  public var skippedNotes = 0
  /// Unfinished reflections in the log that the import carried further (a recovery file), by id.
  public var completedDrafts: [Int64] = []

  public init() {}
}

/// Moving the whole log out and back in: `learnlog export` and `learnlog import --format json`.
extension LogStore {
  /// How many entries have a session date within the bounds (inclusive).
  public func entryCount(since: CalendarDate? = nil, until: CalendarDate? = nil) throws -> Int {
    try database.queryFirst(
      """
      SELECT count(*) FROM entries
      WHERE (?1 IS NULL OR session_date >= ?1) AND (?2 IS NULL OR session_date <= ?2)
      """,
      [.nullable(since?.iso), .nullable(until?.iso)]
    ) { $0.int(0) } ?? 0
  }

  /// Calls `body` with each whole entry whose session date is within the bounds, in the order
  /// they were created (by id), one at a time: an export of years of entries never holds more
  /// than one in memory. All of them come from one consistent snapshot.
  public func forEachEntry(
    since: CalendarDate? = nil, until: CalendarDate? = nil, _ body: (Entry) throws -> Void
  ) throws {
    try database.read {
      let ids = try database.query(
        """
        SELECT id FROM entries
        WHERE (?1 IS NULL OR session_date >= ?1) AND (?2 IS NULL OR session_date <= ?2)
        ORDER BY id
        """,
        [.nullable(since?.iso), .nullable(until?.iso)]
      ) { $0.int64(0) }
      for id in ids {
        if let entry = try entry(id: id) { try body(entry) }
      }
    }
  }

  /// Calls `body` with each entry (as `forEachEntry`) and the id of the session it is attached
  /// to, if any.
  public func forEachEntryAndSession(
    since: CalendarDate? = nil, until: CalendarDate? = nil,
    _ body: (Entry, _ sessionID: Int64?) throws -> Void
  ) throws {
    try database.read {
      let rows = try database.query(
        """
        SELECT id, session_id FROM entries
        WHERE (?1 IS NULL OR session_date >= ?1) AND (?2 IS NULL OR session_date <= ?2)
        ORDER BY id
        """,
        [.nullable(since?.iso), .nullable(until?.iso)]
      ) { row in (row.int64(0), row.isNull(1) ? nil : row.int64(1)) }
      for (id, session) in rows {
        if let entry = try entry(id: id) { try body(entry, session) }
      }
    }
  }

  /// The sessions an export within the bounds carries: those dated within them, and those an
  /// entry within them is attached to. Oldest id first.
  public func forEachSession(
    since: CalendarDate? = nil, until: CalendarDate? = nil, _ body: (CoachingSession) throws -> Void
  ) throws {
    try database.read {
      let ids = try database.query(
        """
        SELECT id FROM sessions
        WHERE ((?1 IS NULL OR session_date >= ?1) AND (?2 IS NULL OR session_date <= ?2))
          OR id IN (SELECT session_id FROM entries
                    WHERE (?1 IS NULL OR session_date >= ?1) AND (?2 IS NULL OR session_date <= ?2))
        ORDER BY id
        """,
        [.nullable(since?.iso), .nullable(until?.iso)]
      ) { $0.int64(0) }
      for id in ids {
        if let session = try session(id: id) { try body(session) }
      }
    }
  }

  /// Imports entries and notes read from an export, in one transaction: all of them or none.
  /// A convenience over `importLog(isDryRun:_:)` for values already in memory.
  public func importLog(
    sessions: [CoachingSession] = [], entries: [Entry], sessionLinks: [Int64: Int64] = [:],
    notes: [Note], isDryRun: Bool = false
  ) throws -> LogImportCounts {
    try importLog(isDryRun: isDryRun) { writer in
      for session in sessions { try writer.add(session) }
      for entry in entries { try writer.add(entry, session: sessionLinks[entry.id]) }
      for note in notes { try writer.add(note) }
    }
  }

  /// Imports an export as `body` reads it, in one transaction: all of it or none. `body` gets a
  /// writer and hands it sessions, entries and notes in file order as it reads them; nothing is
  /// kept in memory but the keys of what the log holds and the map of old ids to new.
  ///
  /// New ids are assigned in the order given; the ids the items carry are read as their ids in
  /// the exporting log, so that an entry's session and a follow-up's evidence pointing at
  /// another imported entry point at the new ids (a link to an item not in the import is
  /// dropped). A session, entry or note the log already holds is skipped (see `LogImportWriter`),
  /// and links to a skipped session go to the one already there, so importing one export twice
  /// stores it once. With `isDryRun`, everything is done and checked and then rolled back: the
  /// counts say what an import would store, and nothing is.
  public func importLog(
    isDryRun: Bool = false, _ body: (LogImportWriter) throws -> Void
  ) throws -> LogImportCounts {
    struct Rehearsal: Error { var counts: LogImportCounts }
    do {
      return try database.transaction {
        let writer = LogImportWriter(store: self)
        try body(writer)
        try writer.finish()
        if isDryRun { throw Rehearsal(counts: writer.counts) }
        return writer.counts
      }
    } catch let rehearsal as Rehearsal {
      return rehearsal.counts
    }
  }
}

/// Stores what an import reads, one item at a time, inside `LogStore.importLog`'s transaction.
public final class LogImportWriter {
  private let store: LogStore
  public private(set) var counts = LogImportCounts()
  private var existingEntries: Set<EntryKey>?
  private var existingNotes: Set<NoteKey>?
  /// Keys of the notes in the log before a journal import, and the newest id among them.
  private var existingJournalNotes: Set<NoteKey>?
  private var notesBefore: Int64 = 0
  private var existingSessions: [SessionKey: Int64]?
  /// The log's unfinished reflections, by creation time to the millisecond.
  private var drafts: [Int64: Draft]?
  private struct Draft {
    var id: Int64
    var session: Int64?
    var turns: Int
  }
  /// Old id (in the exporting log) to new id (here).
  private var newEntryIDs: [Int64: Int64] = [:]
  private var newSessionIDs: [Int64: Int64] = [:]
  /// Entries whose session came later in the file: linked in `finish`.
  private var laterLinks: [(entry: Int64, session: Int64)] = []
  private var pendingNotes = NoteBatch()

  init(store: LogStore) {
    self.store = store
  }

  private var database: Database { store.database }

  /// A registered session, `session.id` being its id in the exporting log. One the log already
  /// has (same creation time to the millisecond, date and coachee) is not stored again.
  public func add(_ session: CoachingSession) throws {
    if existingSessions == nil {
      existingSessions = [:]
      try database.forEachRow("SELECT id, created_at, session_date, coachee FROM sessions") {
        row in
        existingSessions?[
          SessionKey(createdAt: row.date(1), date: row.text(2) ?? "", coachee: row.text(3) ?? "")
        ] = row.int64(0)
      }
    }
    let key = SessionKey(createdAt: session.createdAt, date: session.date.iso, coachee: session.coachee)
    if let existing = existingSessions?[key] {
      newSessionIDs[session.id] = existing
      counts.skippedSessions += 1
      return
    }
    let id = try store.addSession(session)
    existingSessions?[key] = id
    newSessionIDs[session.id] = id
    counts.sessions += 1
  }

  /// An entry, `entry.id` being its id in the exporting log, attached to the session with id
  /// `session` there, if any. One the log already has (same creation time to the millisecond,
  /// date, coachee and kind) is not stored again.
  public func add(_ entry: Entry, session: Int64? = nil) throws {
    if let draft = try draft(completedBy: entry) {
      try complete(draft, with: entry, session: session)
      return
    }
    if existingEntries == nil {
      existingEntries = []
      try database.forEachRow("SELECT created_at, session_date, coachee, kind FROM entries") {
        row in
        existingEntries?.insert(
          EntryKey(
            createdAt: row.date(0), date: row.text(1) ?? "", coachee: row.text(2) ?? "",
            kind: row.text(3) ?? ""))
      }
    }
    let key = EntryKey(
      createdAt: entry.createdAt, date: entry.sessionDate.iso, coachee: entry.coachee,
      kind: entry.kind.rawValue)
    guard existingEntries?.insert(key).inserted == true else {
      counts.skippedEntries += 1
      return
    }
    var entry = entry
    for index in entry.followUps.indices {
      if let related = entry.followUps[index].evidence.relatedEntryID {
        entry.followUps[index].evidence.relatedEntryID = newEntryIDs[related]
      }
    }
    let id = try store.insert(entry)
    newEntryIDs[entry.id] = id
    counts.entries += 1
    if let session {
      if let target = newSessionIDs[session] {
        try link(entry: id, to: target)
      } else {
        laterLinks.append((entry: id, session: session))
      }
    }
  }

  /// A note. One the log already has (same creation time to the millisecond, date, title and
  /// text) is not stored again.
  public func add(_ note: Note) throws {
    if existingNotes == nil {
      existingNotes = []
      try database.forEachRow("SELECT created_at, note_date, title, text FROM notes") { row in
        existingNotes?.insert(
          NoteKey(
            createdAt: row.date(0), date: row.text(1) ?? "", title: row.text(2) ?? "",
            text: row.text(3) ?? ""))
      }
    }
    let key = NoteKey(
      createdAt: note.createdAt, date: note.date.iso, title: note.title, text: note.text)
    if existingNotes?.contains(key) == true, try isStored(note, key: key) {
      counts.skippedNotes += 1
      return
    }
    existingNotes?.insert(key)
    try queue(note)
  }

  /// A note read from a jrnl journal. One the log held before this import with the same date,
  /// time, title and text, whatever its source and whenever it was stored, is not stored again,
  /// so importing one journal twice stores it once. An entry the journal itself repeats is
  /// stored as often as the journal has it, as jrnl keeps it.
  public func add(journalNote note: Note) throws {
    if existingJournalNotes == nil {
      existingJournalNotes = []
      notesBefore = try database.queryFirst("SELECT coalesce(max(id), 0) FROM notes") {
        $0.int64(0)
      } ?? 0
      try database.forEachRow("SELECT note_date, note_time, title, text FROM notes") { row in
        existingJournalNotes?.insert(
          NoteKey(
            date: row.text(0) ?? "", time: row.text(1), title: row.text(2) ?? "",
            text: row.text(3) ?? ""))
      }
    }
    let key = NoteKey(date: note.date.iso, time: note.time?.text, title: note.title, text: note.text)
    if existingJournalNotes?.contains(key) == true, try isStored(note, key: key) {
      counts.skippedNotes += 1
      return
    }
    try queue(note)
  }

  /// Notes are stored many at a time (see `LogStore.insertNotes`).
  private func queue(_ note: Note) throws {
    counts.notes += 1
    if pendingNotes.add(note) { try storePendingNotes() }
  }

  private func storePendingNotes() throws {
    try store.insertNotes(pendingNotes.take())
  }

  /// The unfinished reflection in the log that `entry` carries further: the same creation time
  /// to the millisecond and more turns than the log holds of it (or as many, and finished).
  /// That is what a recovery
  /// file is (written when the disk stayed full to the end of a reflection: the log kept the
  /// draft as it was when saving stopped); an older export of the draft has fewer turns and
  /// is skipped as a duplicate instead.
  private func draft(completedBy entry: Entry) throws -> Draft? {
    if drafts == nil {
      drafts = [:]
      try database.forEachRow(
        "SELECT id, created_at, session_id, "
          + "(SELECT count(*) FROM turns WHERE entry_id = entries.id) "
          + "FROM entries WHERE status = ?",
        [.text(EntryStatus.draft.rawValue)]
      ) { row in
        drafts?[Milliseconds.of(row.date(1))] = Draft(
          id: row.int64(0), session: row.isNull(2) ? nil : row.int64(2), turns: row.int(3))
      }
    }
    guard let draft = drafts?[Milliseconds.of(entry.createdAt)],
      entry.transcript.count > draft.turns
        || (entry.transcript.count == draft.turns && entry.status == .complete)
    else { return nil }
    return draft
  }

  /// Replaces the draft with the fuller entry, keeping its id (the one the coach was shown) and
  /// its session unless the import names one.
  private func complete(_ draft: Draft, with entry: Entry, session: Int64?) throws {
    try database.execute("DELETE FROM entries WHERE id = ?", [.integer(draft.id)])
    var entry = entry
    for index in entry.followUps.indices {
      if let related = entry.followUps[index].evidence.relatedEntryID {
        entry.followUps[index].evidence.relatedEntryID = newEntryIDs[related]
      }
    }
    _ = try store.insert(entry, id: draft.id)
    drafts?[Milliseconds.of(entry.createdAt)] = nil
    newEntryIDs[entry.id] = draft.id
    counts.completedDrafts.append(draft.id)
    if let session, let target = newSessionIDs[session] {
      try link(entry: draft.id, to: target)
    } else if let session {
      laterLinks.append((entry: draft.id, session: session))
    } else if let kept = draft.session {
      try link(entry: draft.id, to: kept)
    }
  }

  /// Stores the notes still waiting and links the entries whose session came after them.
  func finish() throws {
    try storePendingNotes()
    for link in laterLinks {
      if let target = newSessionIDs[link.session] { try self.link(entry: link.entry, to: target) }
    }
    laterLinks = []
  }

  private func link(entry: Int64, to session: Int64) throws {
    try database.execute(
      "UPDATE entries SET session_id = ? WHERE id = ?", [.integer(session), .integer(entry)])
  }

  /// The note keys hold a hash of the text, not the text: confirm a match against the log.
  private func isStored(_ note: Note, key: NoteKey) throws -> Bool {
    // The note may be one this import read earlier and has not stored yet.
    try storePendingNotes()
    guard let milliseconds = key.milliseconds else {
      // A journal's note: the same date, time, title and text among the notes there before.
      return try database.queryFirst(
        """
        SELECT 1 FROM notes
        WHERE note_date = ? AND note_time IS ? AND title = ? AND text = ? AND id <= ?
        """,
        [
          .text(note.date.iso), .nullable(note.time?.text), .text(note.title), .text(note.text),
          .integer(notesBefore),
        ]
      ) { _ in true } ?? false
    }
    return try database.queryFirst(
      """
      SELECT 1 FROM notes
      WHERE note_date = ? AND title = ? AND text = ? AND CAST(round(created_at * 1000) AS INTEGER) = ?
      """,
      [.text(note.date.iso), .text(note.title), .text(note.text), .integer(milliseconds)]
    ) { _ in true } ?? false
  }
}

/// An entry as duplicate detection sees it. Times compare to the millisecond, which is what an
/// export keeps.
private struct EntryKey: Hashable {
  var milliseconds: Int64
  var date: String
  var coachee: String
  var kind: String

  init(createdAt: Date, date: String, coachee: String, kind: String) {
    milliseconds = Milliseconds.of(createdAt)
    self.date = date
    self.coachee = coachee
    self.kind = kind
  }
}

private struct SessionKey: Hashable {
  var milliseconds: Int64
  var date: String
  var coachee: String

  init(createdAt: Date, date: String, coachee: String) {
    milliseconds = Milliseconds.of(createdAt)
    self.date = date
    self.coachee = coachee
  }
}

/// A note's key keeps a hash of its title and text rather than the text, so the keys of a log
/// full of long notes stay small; a match is confirmed against the log (`isStored`).
private struct NoteKey: Hashable {
  /// The creation time, for a note from an export; nil for one from a journal, which matches
  /// its time of day instead.
  var milliseconds: Int64?
  var date: String
  var time: String?
  var digest: Int

  /// As an export's note is matched: creation time to the millisecond, date, title and text.
  init(createdAt: Date, date: String, title: String, text: String) {
    milliseconds = Milliseconds.of(createdAt)
    self.date = date
    digest = Self.digest(title, text)
  }

  /// As a journal's note is matched: date, time of day, title and text.
  init(date: String, time: String?, title: String, text: String) {
    self.date = date
    self.time = time
    digest = Self.digest(title, text)
  }

  /// Hashes the UTF-8 bytes, not the Strings: `String.hash` normalizes to NFC first, which
  /// cost a tenth of a journal import, and the match is confirmed byte for byte anyway.
  private static func digest(_ title: String, _ text: String) -> Int {
    var hasher = Hasher()
    for var part in [title, text] {
      part.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
      hasher.combine(part.utf8.count)
    }
    return hasher.finalize()
  }
}

private enum Milliseconds {
  static func of(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSinceReferenceDate * 1000).rounded())
  }
}
