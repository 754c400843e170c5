import LearnLog

/// Reading entries back, whole or in summary.
extension LogStore {
  /// The entry with everything in it: answers, GROW recall, skipped steps, follow-ups in the
  /// order offered and the transcript in order. Nil when there is no such entry.
  public func entry(id: Int64) throws -> Entry? {
    try database.read {
      guard
        var entry = try database.queryFirst(
          "SELECT \(EntryColumns.list) FROM entries WHERE id = ?", [.integer(id)], readEntryRow)
      else { return nil }
      (entry.grow, entry.answers) = try answers(of: id)
      entry.skipped = try skippedSteps(of: id)
      entry.followUps = try followUps(of: id)
      entry.transcript = try transcript(of: id)
      return entry
    }
  }

  /// The oldest entry with the kind, session date and coachee of `entry` and the same GROW
  /// recall and answers: the one an import of the same reflection would repeat. Nil if none.
  public func identicalEntry(to entry: Entry) throws -> Int64? {
    try database.read {
      let ids = try database.query(
        "SELECT id FROM entries WHERE kind = ? AND session_date = ? AND coachee = ? ORDER BY id",
        [.text(entry.kind.rawValue), .text(entry.sessionDate.iso), .text(entry.coachee)]
      ) { $0.int64(0) }
      for id in ids {
        let (grow, answers) = try answers(of: id)
        if grow == entry.grow && answers == entry.answers { return id }
      }
      return nil
    }
  }

  /// The draft the coach touched last, to resume.
  public func newestDraft() throws -> Entry? {
    try drafts(limit: 1).first
  }

  /// Drafts, most recently touched first.
  public func drafts(limit: Int? = nil) throws -> [Entry] {
    try database.read {
      let ids = try database.query(
        """
        SELECT id FROM entries WHERE status = 'draft'
        ORDER BY updated_at DESC, id DESC LIMIT ?
        """,
        [.integer(sqlLimit(limit))]
      ) { $0.int64(0) }
      return try ids.compactMap { try entry(id: $0) }
    }
  }

  /// Whole entries, newest session first (then newest id), optionally of one status.
  public func entries(limit: Int? = nil, status: EntryStatus? = nil) throws -> [Entry] {
    try database.read {
      let ids = try database.query(
        """
        SELECT id FROM entries WHERE ?1 IS NULL OR status = ?1
        ORDER BY session_date DESC, id DESC LIMIT ?2
        """,
        [.nullable(status?.rawValue), .integer(sqlLimit(limit))]
      ) { $0.int64(0) }
      return try ids.compactMap { try entry(id: $0) }
    }
  }

  /// The list `learnlog log` shows, in the order of `entries`, without loading answers or
  /// transcripts.
  public func summaries(limit: Int? = nil, status: EntryStatus? = nil) throws -> [EntrySummary] {
    try database.query(
      """
      SELECT e.id, e.kind, e.status, e.coachee, e.session_date,
        (SELECT count(*) FROM answers a WHERE a.entry_id = e.id AND a.step GLOB 'q[0-9]*'),
        e.status = 'complete' OR e.current_step IS NULL
          OR e.current_step NOT IN ('date', 'coachee', 'kind')
      FROM entries e WHERE ?1 IS NULL OR e.status = ?1
      ORDER BY e.session_date DESC, e.id DESC LIMIT ?2
      """,
      [.nullable(status?.rawValue), .integer(sqlLimit(limit))]
    ) { row in
      let id = row.int64(0)
      return EntrySummary(
        id: id,
        kind: try value(row.text(1), table: "entries", column: "kind", rowID: id),
        status: try value(row.text(2), table: "entries", column: "status", rowID: id),
        coachee: row.text(3) ?? "",
        sessionDate: try sessionDate(row.text(4), rowID: id),
        answeredCount: row.int(5), isKindChosen: row.int(6) != 0)
    }
  }

  /// What the rules may know of earlier reflections: complete entries, newest session first,
  /// with their answers and the rules that fired in them.
  public func history(limit: Int, excluding entryID: Int64? = nil) throws -> CoachHistory {
    try database.read {
      let heads = try database.query(
        """
        SELECT id, session_date FROM entries WHERE status = 'complete' AND id IS NOT ?
        ORDER BY session_date DESC, id DESC LIMIT ?
        """,
        [entryID.map { .integer($0) } ?? .null, .integer(max(0, limit))]
      ) { row in (id: row.int64(0), date: try sessionDate(row.text(1), rowID: row.int64(0))) }
      let entries = try heads.map { head in
        let (grow, answers) = try answers(of: head.id)
        let rules = try database.query(
          "SELECT rule_id FROM follow_ups WHERE entry_id = ?", [.integer(head.id)]
        ) { $0.text(0) ?? "" }
        return CoachHistory.PastEntry(
          id: head.id, sessionDate: head.date, grow: grow, answers: answers,
          firedRules: Set(rules))
      }
      return CoachHistory(entries: entries)
    }
  }

  /// The half-typed text kept for an entry, if any.
  public func pendingInput(entryID: Int64) throws -> (step: Step, text: String)? {
    try database.queryFirst(
      "SELECT step, text FROM pending_input WHERE entry_id = ?", [.integer(entryID)]
    ) { row in
      (
        step: try step(row.text(0), table: "pending_input", column: "step", rowID: entryID),
        text: row.text(1) ?? ""
      )
    }
  }

  // MARK: Pieces of an entry

  private enum EntryColumns {
    static let list =
      "id, kind, status, coachee, session_date, current_step, source, created_at, updated_at"
  }

  private func readEntryRow(_ row: Row) throws -> Entry {
    let id = row.int64(0)
    var entry = Entry(
      id: id,
      kind: try value(row.text(1), table: "entries", column: "kind", rowID: id),
      status: try value(row.text(2), table: "entries", column: "status", rowID: id),
      // NOT NULL columns: nil would only mean SQLite ran out of memory.
      coachee: row.text(3) ?? "",
      sessionDate: try sessionDate(row.text(4), rowID: id),
      source: try value(row.text(6), table: "entries", column: "source", rowID: id),
      createdAt: row.date(7),
      updatedAt: row.date(8))
    if let current = row.text(5) {
      entry.currentStep = try step(current, table: "entries", column: "current_step", rowID: id)
    }
    return entry
  }

  private func answers(of entryID: Int64) throws -> (GrowRecall, [Int: String]) {
    var grow = GrowRecall()
    var answers: [Int: String] = [:]
    let rows = try database.query(
      "SELECT id, step, text FROM answers WHERE entry_id = ?", [.integer(entryID)]
    ) { row in
      (
        step: try step(row.text(1), table: "answers", column: "step", rowID: row.int64(0)),
        text: row.text(2) ?? "", id: row.int64(0)
      )
    }
    for row in rows {
      switch row.step {
      case .grow(let stage): grow[stage] = row.text
      case .question(let number): answers[number] = row.text
      default:
        throw StoreError.unexpectedValue(table: "answers", column: "step", rowID: row.id)
      }
    }
    return (grow, answers)
  }

  private func skippedSteps(of entryID: Int64) throws -> Set<Step> {
    let steps = try database.query(
      "SELECT step FROM skipped WHERE entry_id = ?", [.integer(entryID)]
    ) { row in try step(row.text(0), table: "skipped", column: "step", rowID: entryID) }
    return Set(steps)
  }

  private func followUps(of entryID: Int64) throws -> [FollowUp] {
    // Ids grow in the order follow-ups were recorded, which is the order they were offered.
    try database.query(
      """
      SELECT id, rule_id, step, ask, why, evidence, response, reply, offered_at, from_import
      FROM follow_ups WHERE entry_id = ? ORDER BY id
      """,
      [.integer(entryID)]
    ) { row in
      let id = row.int64(0)
      return FollowUp(
        ruleID: row.text(1) ?? "",
        step: try step(row.text(2), table: "follow_ups", column: "step", rowID: id),
        ask: row.text(3) ?? "",
        why: row.text(4) ?? "",
        evidence: try EvidenceCoding.decode(row.text(5) ?? "", rowID: id),
        response: try value(row.text(6), table: "follow_ups", column: "response", rowID: id),
        reply: row.text(7),
        offeredAt: row.date(8),
        isFromImport: row.int(9) != 0)
    }
  }

  private func transcript(of entryID: Int64) throws -> [Turn] {
    try database.query(
      "SELECT id, speaker, text, step, at FROM turns WHERE entry_id = ? ORDER BY seq",
      [.integer(entryID)]
    ) { row in
      let id = row.int64(0)
      return Turn(
        speaker: try value(row.text(1), table: "turns", column: "speaker", rowID: id),
        text: row.text(2) ?? "",
        step: try row.text(3).map { try step($0, table: "turns", column: "step", rowID: id) },
        at: row.date(4))
    }
  }

  // MARK: Decoding stored values

  /// SQLite treats a negative LIMIT as none.
  private func sqlLimit(_ limit: Int?) -> Int64 {
    limit.map { Int64(max(0, $0)) } ?? -1
  }

  private func value<T: RawRepresentable>(
    _ text: String?, table: String, column: String, rowID: Int64
  ) throws -> T where T.RawValue == String {
    guard let text, let value = T(rawValue: text) else {
      throw StoreError.unexpectedValue(table: table, column: column, rowID: rowID)
    }
    return value
  }

  private func step(_ text: String?, table: String, column: String, rowID: Int64) throws -> Step {
    guard let text, let step = Step(id: text) else {
      throw StoreError.unexpectedValue(table: table, column: column, rowID: rowID)
    }
    return step
  }

  private func sessionDate(_ text: String?, rowID: Int64) throws -> CalendarDate {
    guard let text, let date = CalendarDate(iso: text) else {
      throw StoreError.unexpectedValue(table: "entries", column: "session_date", rowID: rowID)
    }
    return date
  }
}
