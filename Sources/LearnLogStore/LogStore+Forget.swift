import LearnLog

/// What `forget` found (before) or erased (after) about one coachee.
public struct ForgetSummary: Sendable, Equatable {
  /// Reflections whose coachee is the alias, or that are attached to one of their sessions.
  public var entries = 0
  /// Sessions in the register with the alias as coachee.
  public var sessions = 0
  /// Notes whose title or text mentions the alias; erased only when asked.
  public var notesNamingThem = 0
  /// Whether those notes were erased too.
  public var erasedNotes = false
  /// False when another learnlog kept the write-ahead log open, so it could not be emptied.
  public var isWriteAheadLogEmptied = true

  public init(
    entries: Int = 0, sessions: Int = 0, notesNamingThem: Int = 0, erasedNotes: Bool = false,
    isWriteAheadLogEmptied: Bool = true
  ) {
    self.entries = entries
    self.sessions = sessions
    self.notesNamingThem = notesNamingThem
    self.erasedNotes = erasedNotes
    self.isWriteAheadLogEmptied = isWriteAheadLogEmptied
  }

  public var isEmpty: Bool { entries == 0 && sessions == 0 && (!erasedNotes || notesNamingThem == 0) }
}

/// Erasing everything about one coachee, for good.
///
/// What goes: every reflection whose coachee is the alias (compared ignoring case and surrounding
/// spaces) or that is attached to one of their sessions, with its answers, transcript turns,
/// follow-ups, skipped steps and half-typed text (foreign keys cascade), their rows in the
/// search indexes (triggers), and their sessions in the register. Notes are free text that is not
/// linked to a coachee: the ones that mention the alias are counted, and erased only when
/// `includingNotes` is set, since an alias can also be an ordinary word.
///
/// Then the file is scrubbed: `secure_delete` zeroes the freed content, the full-text indexes are
/// merged so no old segment keeps a term, `VACUUM` rebuilds the file without free pages, and a
/// truncating checkpoint empties the write-ahead log that VACUUM wrote through.
extension LogStore {
  /// Counts what `forget` would erase, changing nothing.
  public func forgetPreview(coachee alias: String, includingNotes: Bool = false) throws -> ForgetSummary {
    try database.read {
      let tables = try tableNames()
      var summary = ForgetSummary()
      try collectTargets(alias, tables: tables)
      summary.entries = try database.queryFirst("SELECT count(*) FROM temp.forget_entries") { $0.int(0) } ?? 0
      summary.sessions = try database.queryFirst("SELECT count(*) FROM temp.forget_sessions") { $0.int(0) } ?? 0
      summary.notesNamingThem = try countNotes(alias, tables: tables)
      summary.erasedNotes = includingNotes
      return summary
    }
  }

  /// Erases everything about `alias` (see the type's notes) and scrubs the file.
  @discardableResult
  public func forget(coachee alias: String, includingNotes: Bool = false) throws -> ForgetSummary {
    try database.execute("PRAGMA secure_delete = ON")
    defer { _ = try? database.execute("PRAGMA secure_delete = OFF") }
    var summary = try database.transaction {
      let tables = try tableNames()
      var summary = ForgetSummary()
      try collectTargets(alias, tables: tables)
      summary.entries = try database.queryFirst("SELECT count(*) FROM temp.forget_entries") { $0.int(0) } ?? 0
      summary.sessions = try database.queryFirst("SELECT count(*) FROM temp.forget_sessions") { $0.int(0) } ?? 0
      summary.notesNamingThem = try countNotes(alias, tables: tables)
      summary.erasedNotes = includingNotes
      try database.execute("DELETE FROM entries WHERE id IN (SELECT id FROM temp.forget_entries)")
      if tables.contains("sessions") {
        try database.execute("DELETE FROM sessions WHERE id IN (SELECT id FROM temp.forget_sessions)")
      }
      if includingNotes, tables.contains("notes") {
        try database.execute(
          "DELETE FROM notes WHERE instr(lower(title || ' ' || text), lower(?)) > 0",
          [.text(alias.trimmed)])
      }
      try database.execute("DROP TABLE temp.forget_entries")
      try database.execute("DROP TABLE temp.forget_sessions")
      // Merge each full-text index into one segment: deleted rows leave their terms behind in
      // older segments until a merge drops them.
      for index in ["search", "search_cjk"] where tables.contains(index) {
        try database.execute("INSERT INTO \(index) (\(index)) VALUES ('optimize')")
      }
      return summary
    }
    // VACUUM cannot run inside a transaction; it rewrites the file so no free page keeps text.
    try database.execute("VACUUM")
    summary.isWriteAheadLogEmptied = try database.checkpointTruncating()
    return summary
  }

  private func tableNames() throws -> Set<String> {
    Set(try database.query("SELECT name FROM sqlite_schema WHERE type = 'table'") { $0.text(0) ?? "" })
  }

  /// Fills temp tables with the ids of the sessions and entries to erase.
  private func collectTargets(_ alias: String, tables: Set<String>) throws {
    let name = SQLValue.text(alias.trimmed)
    try database.execute("DROP TABLE IF EXISTS temp.forget_sessions")
    try database.execute("DROP TABLE IF EXISTS temp.forget_entries")
    try database.execute("CREATE TEMP TABLE forget_sessions (id INTEGER PRIMARY KEY)")
    try database.execute("CREATE TEMP TABLE forget_entries (id INTEGER PRIMARY KEY)")
    if tables.contains("sessions") {
      try database.execute(
        "INSERT INTO temp.forget_sessions SELECT id FROM sessions WHERE lower(trim(coachee)) = lower(?)",
        [name])
    }
    let columns = Set(try database.query("SELECT name FROM pragma_table_info('entries')") { $0.text(0) ?? "" })
    let attached = columns.contains("session_id")
      ? " OR session_id IN (SELECT id FROM temp.forget_sessions)" : ""
    try database.execute(
      "INSERT INTO temp.forget_entries SELECT id FROM entries WHERE lower(trim(coachee)) = lower(?)\(attached)",
      [name])
  }

  private func countNotes(_ alias: String, tables: Set<String>) throws -> Int {
    guard tables.contains("notes") else { return 0 }
    return try database.queryFirst(
      "SELECT count(*) FROM notes WHERE instr(lower(title || ' ' || text), lower(?)) > 0",
      [.text(alias.trimmed)]
    ) { $0.int(0) } ?? 0
  }
}

extension Database {
  /// Copies the write-ahead log into the database and truncates it to zero bytes. Returns false
  /// when another connection's reader kept part of it in use (it is then emptied later).
  func checkpointTruncating() throws -> Bool {
    let busy = try queryFirst("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int(0) } ?? 0
    return busy == 0
  }
}
