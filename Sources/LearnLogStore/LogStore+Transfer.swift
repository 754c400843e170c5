import LearnLog

/// What `importLog` did.
public struct LogImportCounts: Sendable, Equatable {
  public var entries = 0
  public var notes = 0
  /// Entries and notes left out because the log already held them (an export imported twice).
  public var skippedEntries = 0
  public var skippedNotes = 0

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

  /// Imports entries and notes read from an export, in one transaction: all of them or none.
  ///
  /// New ids are assigned in the order given; `entry.id` is read as the id in the exporting log
  /// so that a follow-up's evidence pointing at another imported entry points at its new id
  /// (evidence pointing at an entry not in the import loses the link). An entry or note the log
  /// already holds (same creation time to the millisecond, date, coachee or title, and kind or
  /// text) is skipped, so importing one export twice stores it once.
  /// With `isDryRun`, everything is done and checked and then rolled back: the counts say what
  /// an import would store, and nothing is.
  public func importLog(
    entries: [Entry], notes: [Note], isDryRun: Bool = false, progress: (Int) -> Void = { _ in }
  ) throws -> LogImportCounts {
    struct Rehearsal: Error { var counts: LogImportCounts }
    do {
      return try importInTransaction(entries: entries, notes: notes) { counts in
        if isDryRun { throw Rehearsal(counts: counts) }
      } progress: { progress($0) }
    } catch let rehearsal as Rehearsal {
      return rehearsal.counts
    }
  }

  private func importInTransaction(
    entries: [Entry], notes: [Note], beforeCommit: (LogImportCounts) throws -> Void,
    progress: (Int) -> Void
  ) throws -> LogImportCounts {
    try database.transaction {
      var counts = LogImportCounts()
      var existingEntries = Set(
        try database.query(
          "SELECT created_at, session_date, coachee, kind FROM entries"
        ) { row in
          EntryKey(
            createdAt: row.date(0), date: row.text(1) ?? "", coachee: row.text(2) ?? "",
            kind: row.text(3) ?? "")
        })
      var newIDs: [Int64: Int64] = [:]
      var done = 0
      for var entry in entries {
        let key = EntryKey(
          createdAt: entry.createdAt, date: entry.sessionDate.iso, coachee: entry.coachee,
          kind: entry.kind.rawValue)
        done += 1
        if done % 64 == 0 { progress(done) }
        guard existingEntries.insert(key).inserted else {
          counts.skippedEntries += 1
          continue
        }
        for index in entry.followUps.indices {
          if let related = entry.followUps[index].evidence.relatedEntryID {
            entry.followUps[index].evidence.relatedEntryID = newIDs[related]
          }
        }
        newIDs[entry.id] = try insert(entry)
        counts.entries += 1
      }
      var existingNotes = Set(
        try database.query("SELECT created_at, note_date, title, text FROM notes") { row in
          NoteKey(
            createdAt: row.date(0), date: row.text(1) ?? "", title: row.text(2) ?? "",
            text: row.text(3) ?? "")
        })
      for note in notes {
        done += 1
        if done % 256 == 0 { progress(done) }
        let key = NoteKey(
          createdAt: note.createdAt, date: note.date.iso, title: note.title, text: note.text)
        guard existingNotes.insert(key).inserted else {
          counts.skippedNotes += 1
          continue
        }
        _ = try insertNote(note)
        counts.notes += 1
      }
      progress(done)
      try beforeCommit(counts)
      return counts
    }
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
    milliseconds = Int64((createdAt.timeIntervalSinceReferenceDate * 1000).rounded())
    self.date = date
    self.coachee = coachee
    self.kind = kind
  }
}

private struct NoteKey: Hashable {
  var milliseconds: Int64
  var date: String
  var title: String
  var text: String

  init(createdAt: Date, date: String, title: String, text: String) {
    milliseconds = Int64((createdAt.timeIntervalSinceReferenceDate * 1000).rounded())
    self.date = date
    self.title = title
    self.text = text
  }
}
