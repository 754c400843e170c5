import LearnLog

/// The session register: coaching sessions, and which reflection is about which session.
extension LogStore {
  /// Registers a session; `session.id` is ignored and the new id returned.
  @discardableResult
  public func addSession(_ session: CoachingSession) throws -> Int64 {
    try database.execute(
      """
      INSERT INTO sessions (session_date, coachee, topic, duration_minutes, format, group_size,
        payment, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      """,
      Self.values(of: session) + [.date(session.createdAt)])
    return database.lastInsertRowID
  }

  /// Replaces a session's fields (all but its id and creation time).
  public func updateSession(_ session: CoachingSession) throws {
    try database.execute(
      """
      UPDATE sessions SET session_date = ?, coachee = ?, topic = ?, duration_minutes = ?,
        format = ?, group_size = ?, payment = ?
      WHERE id = ?
      """,
      Self.values(of: session) + [.integer(session.id)])
    guard database.changes > 0 else { throw StoreError.sessionNotFound(id: session.id) }
  }

  /// Removes a session from the register. Reflections about it stay in the log, detached.
  public func removeSession(id: Int64) throws {
    try database.execute("DELETE FROM sessions WHERE id = ?", [.integer(id)])
    guard database.changes > 0 else { throw StoreError.sessionNotFound(id: id) }
  }

  /// The session with `id`, or nil.
  public func session(id: Int64) throws -> CoachingSession? {
    try database.queryFirst(
      "SELECT \(SessionColumns.list) FROM sessions WHERE id = ?", [.integer(id)], readSession)
  }

  /// Every session, oldest first (then by id).
  public func sessions() throws -> [CoachingSession] {
    try database.query(
      "SELECT \(SessionColumns.list) FROM sessions ORDER BY session_date, id", [], readSession)
  }

  /// Sessions on `date` with `coachee` (ignoring case and surrounding spaces), oldest id first.
  public func sessions(on date: CalendarDate, coachee: String) throws -> [CoachingSession] {
    try database.query(
      "SELECT \(SessionColumns.list) FROM sessions WHERE session_date = ? ORDER BY id",
      [.text(date.iso)], readSession
    ).filter { $0.matches(coachee: coachee, on: date) }
  }

  /// Ties to the session `id` the reflections matched to it only by date and coachee (imported
  /// ones, or written before it was registered), so a later change to its date or coachee keeps
  /// them. Returns the entry ids tied.
  @discardableResult
  public func adoptReflections(ofSession id: Int64) throws -> [Int64] {
    try database.transaction {
      let sessions = try self.sessions()
      let links = SessionLinks.reflections(for: sessions, try sessionReflections())
      let loose = (links[id] ?? []).filter { $0.sessionID == nil }.map(\.entryID)
      for entryID in loose {
        try database.execute("UPDATE entries SET session_id = ? WHERE id = ?", [.integer(id), .integer(entryID)])
      }
      return loose
    }
  }

  /// Ties a reflection to a session, or unties it (nil).
  public func attach(entryID: Int64, toSession sessionID: Int64?) throws {
    try database.transaction {
      if let sessionID, try session(id: sessionID) == nil {
        throw StoreError.sessionNotFound(id: sessionID)
      }
      try database.execute(
        "UPDATE entries SET session_id = ? WHERE id = ?",
        [sessionID.map { .integer($0) } ?? .null, .integer(entryID)])
      guard database.changes > 0 else { throw StoreError.entryNotFound(id: entryID) }
    }
  }

  /// The session a reflection is attached to, if any.
  public func sessionID(ofEntry entryID: Int64) throws -> Int64? {
    let found = try database.queryFirst(
      "SELECT session_id FROM entries WHERE id = ?", [.integer(entryID)]
    ) { row in row.isNull(0) ? nil : row.int64(0) }
    guard let found else { throw StoreError.entryNotFound(id: entryID) }
    return found
  }

  /// Every reflection's link to the register, for the programme view: no answers, no
  /// transcripts. Newest session first.
  public func sessionReflections() throws -> [SessionReflection] {
    try database.query(
      """
      SELECT id, session_id, kind, status, coachee, session_date, updated_at FROM entries
      ORDER BY session_date DESC, id DESC
      """
    ) { row in
      let id = row.int64(0)
      guard let kind = EntryKind(rawValue: row.text(2) ?? ""),
        let status = EntryStatus(rawValue: row.text(3) ?? "")
      else { throw StoreError.unexpectedValue(table: "entries", column: "kind", rowID: id) }
      guard let date = CalendarDate(iso: row.text(5) ?? "") else {
        throw StoreError.unexpectedValue(table: "entries", column: "session_date", rowID: id)
      }
      return SessionReflection(
        entryID: id, sessionID: row.isNull(1) ? nil : row.int64(1), kind: kind, status: status,
        coachee: row.text(4) ?? "", sessionDate: date, updatedAt: row.date(6))
    }
  }

  // MARK: Rows

  private enum SessionColumns {
    static let list =
      "id, session_date, coachee, topic, duration_minutes, group_size, payment, created_at"
  }

  /// The columns `addSession` and `updateSession` write, in their order.
  private static func values(of session: CoachingSession) -> [SQLValue] {
    [
      .text(session.date.iso), .text(session.coachee), .text(session.topic),
      session.durationMinutes.map { .integer($0) } ?? .null,
      .text(session.format.rawValue), session.groupSize.map { .integer($0) } ?? .null,
      .text(session.payment.rawValue),
    ]
  }

  private func readSession(_ row: Row) throws -> CoachingSession {
    let id = row.int64(0)
    guard let date = CalendarDate(iso: row.text(1) ?? "") else {
      throw StoreError.unexpectedValue(table: "sessions", column: "session_date", rowID: id)
    }
    guard let payment = SessionPayment(rawValue: row.text(6) ?? "") else {
      throw StoreError.unexpectedValue(table: "sessions", column: "payment", rowID: id)
    }
    return CoachingSession(
      id: id, date: date, coachee: row.text(2) ?? "", topic: row.text(3) ?? "",
      durationMinutes: row.isNull(4) ? nil : row.int(4),
      groupSize: row.isNull(5) ? nil : row.int(5), payment: payment, createdAt: row.date(7))
  }
}
