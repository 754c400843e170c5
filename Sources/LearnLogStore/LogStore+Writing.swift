import CSQLite
import LearnLog

/// Writing, turn by turn. Each method is one committed transaction.
///
/// `updated_at` moves forward only (it keeps the later of the stored and the given time); the
/// calls that carry a time (answers, turns, follow-ups, completion) advance it.
extension LogStore {
  /// Saves a new entry with whatever answers, skips, turns and follow-ups it already holds, all
  /// or nothing. `entry.id` is ignored; the new id is returned.
  @discardableResult
  public func createEntry(_ entry: Entry) throws -> Int64 {
    try database.transaction { try insert(entry) }
  }

  /// Saves an imported entry in one transaction: either all of it is stored or none of it.
  @discardableResult
  public func saveImported(_ entry: Entry) throws -> Int64 {
    try database.transaction { try insert(entry) }
  }

  /// Saves a complete entry unless the log already holds an identical one
  /// (`identicalEntry(to:)`), checked in the same write transaction, so two imports of one file
  /// at once store it once. Returns the new id, or the existing entry's id with `isNew` false.
  public func saveImportedUnlessStored(_ entry: Entry) throws -> (id: Int64, isNew: Bool) {
    try database.transaction {
      if let existing = try identicalEntry(to: entry) { return (existing, false) }
      return (try insert(entry), true)
    }
  }

  /// Sets the session context chosen at the start of a reflection.
  public func updateContext(
    entryID: Int64, kind: EntryKind, coachee: String, sessionDate: CalendarDate
  ) throws {
    try database.execute(
      "UPDATE entries SET kind = ?, coachee = ?, session_date = ? WHERE id = ?",
      [.text(kind.rawValue), .text(coachee), .text(sessionDate.iso), .integer(entryID)])
    guard database.changes > 0 else { throw StoreError.entryNotFound(id: entryID) }
  }

  /// Saves the answer at a reflective step (GROW stage or question); nil deletes it.
  public func saveAnswer(entryID: Int64, step: Step, text: String?, at date: Date) throws {
    guard step.isReflective else { throw StoreError.notAnAnswerStep(step: step.id) }
    try database.transaction {
      try touch(entryID, at: date)
      if let text {
        try database.execute(
          """
          INSERT INTO answers (entry_id, step, text, updated_at) VALUES (?, ?, ?, ?)
          ON CONFLICT (entry_id, step) DO UPDATE
            SET text = excluded.text, updated_at = excluded.updated_at
          """,
          [.integer(entryID), .text(step.id), .text(text), .date(date)])
      } else {
        try database.execute(
          "DELETE FROM answers WHERE entry_id = ? AND step = ?",
          [.integer(entryID), .text(step.id)])
      }
    }
  }

  /// Marks a step as skipped, or no longer skipped.
  public func setSkipped(entryID: Int64, step: Step, isSkipped: Bool) throws {
    try database.transaction {
      try requireEntry(entryID)
      if isSkipped {
        try database.execute(
          "INSERT OR IGNORE INTO skipped (entry_id, step) VALUES (?, ?)",
          [.integer(entryID), .text(step.id)])
      } else {
        try database.execute(
          "DELETE FROM skipped WHERE entry_id = ? AND step = ?",
          [.integer(entryID), .text(step.id)])
      }
    }
  }

  /// Adds a line to the end of the entry's transcript.
  public func appendTurn(entryID: Int64, _ turn: Turn) throws {
    try database.transaction {
      try touch(entryID, at: turn.at)
      try insertTurn(turn, entryID: entryID, sequence: nil)
    }
  }

  /// Records a follow-up offered to the coach. A rule offers at most one per entry: a second
  /// one from the same rule fails with a constraint error.
  public func recordFollowUp(entryID: Int64, _ followUp: FollowUp) throws {
    try database.transaction {
      try touch(entryID, at: followUp.offeredAt)
      try insertFollowUp(followUp, entryID: entryID)
    }
  }

  /// Records how the coach responded to a follow-up, and their reply if they gave one.
  public func updateFollowUp(
    entryID: Int64, ruleID: String, response: FollowUpResponse, reply: String?
  ) throws {
    try database.transaction {
      try database.execute(
        "UPDATE follow_ups SET response = ?, reply = ? WHERE entry_id = ? AND rule_id = ?",
        [.text(response.rawValue), .nullable(reply), .integer(entryID), .text(ruleID)])
      guard database.changes > 0 else {
        try requireEntry(entryID)
        throw StoreError.followUpNotFound(entryID: entryID, ruleID: ruleID)
      }
    }
  }

  /// Removes a follow-up that no longer applies (its answer was rewritten); its search index
  /// row goes with it (triggers). Removing one that is not there is not an error.
  public func removeFollowUp(entryID: Int64, ruleID: String) throws {
    try database.execute(
      "DELETE FROM follow_ups WHERE entry_id = ? AND rule_id = ?",
      [.integer(entryID), .text(ruleID)])
  }

  /// Remembers where a draft's conversation stopped (nil when it has no place to resume).
  public func setCurrentStep(entryID: Int64, step: Step?) throws {
    try database.execute(
      "UPDATE entries SET current_step = ? WHERE id = ?",
      [.nullable(step?.id), .integer(entryID)])
    guard database.changes > 0 else { throw StoreError.entryNotFound(id: entryID) }
  }

  /// Keeps half-typed text so a closed terminal does not lose it; replaces any earlier one.
  public func savePendingInput(entryID: Int64, step: Step, text: String, at date: Date) throws {
    try database.transaction {
      try requireEntry(entryID)
      try database.execute(
        """
        INSERT INTO pending_input (entry_id, step, text, saved_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (entry_id) DO UPDATE
          SET step = excluded.step, text = excluded.text, saved_at = excluded.saved_at
        """,
        [.integer(entryID), .text(step.id), .text(text), .date(date)])
    }
  }

  /// Forgets the half-typed text of an entry, if any.
  public func clearPendingInput(entryID: Int64) throws {
    try database.execute("DELETE FROM pending_input WHERE entry_id = ?", [.integer(entryID)])
  }

  /// Marks a reflection complete: no step to resume, no half-typed text.
  public func complete(entryID: Int64, at date: Date) throws {
    try database.transaction {
      try database.execute(
        """
        UPDATE entries SET status = 'complete', current_step = NULL,
          updated_at = max(updated_at, ?)
        WHERE id = ?
        """,
        [.date(date), .integer(entryID)])
      guard database.changes > 0 else { throw StoreError.entryNotFound(id: entryID) }
      try database.execute("DELETE FROM pending_input WHERE entry_id = ?", [.integer(entryID)])
    }
  }

  /// Deletes an entry with everything in it, including its text in the search index.
  public func deleteEntry(id: Int64) throws {
    try database.execute("DELETE FROM entries WHERE id = ?", [.integer(id)])
    guard database.changes > 0 else { throw StoreError.entryNotFound(id: id) }
  }

  // MARK: Pieces shared by the writers (callers hold a transaction)

  /// Inserts a whole entry under a new id, or under `id` (which must be free).
  func insert(_ entry: Entry, id chosenID: Int64? = nil) throws -> Int64 {
    try database.execute(
      """
      INSERT INTO entries (id, kind, status, coachee, session_date, current_step, source,
        created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [
        chosenID.map { .integer($0) } ?? .null, .text(entry.kind.rawValue), .text(entry.status.rawValue), .text(entry.coachee),
        .text(entry.sessionDate.iso), .nullable(entry.currentStep?.id),
        .text(entry.source.rawValue),
        .date(entry.createdAt), .date(entry.updatedAt),
      ])
    let id = database.lastInsertRowID
    let growAnswers = GrowStage.allCases.compactMap { stage in
      entry.grow[stage].map { (Step.grow(stage), $0) }
    }
    // Question numbers start at 1; `q0` would not read back as a step.
    if let bad = entry.answers.keys.first(where: { $0 < 1 }) {
      throw StoreError.notAnAnswerStep(step: "q\(bad)")
    }
    let questionAnswers = entry.answers.sorted { $0.key < $1.key }.map {
      (Step.question($0.key), $0.value)
    }
    // One statement for all the answers: FTS5 writes a new index segment for every statement
    // that adds to it (see `insertNotes`), and twenty a entry made importing an export slow.
    let answers = growAnswers + questionAnswers
    if !answers.isEmpty {
      try database.execute(
        "INSERT INTO answers (entry_id, step, text, updated_at) VALUES "
          + repeatElement("(?, ?, ?, ?)", count: answers.count).joined(separator: ", "),
        answers.flatMap { step, text in
          [SQLValue.integer(id), .text(step.id), .text(text), .date(entry.updatedAt)]
        })
    }
    for step in entry.skipped.sorted() {
      try database.execute(
        "INSERT INTO skipped (entry_id, step) VALUES (?, ?)", [.integer(id), .text(step.id)])
    }
    for (offset, turn) in entry.transcript.enumerated() {
      try insertTurn(turn, entryID: id, sequence: offset + 1)
    }
    for followUp in entry.followUps {
      try insertFollowUp(followUp, entryID: id)
    }
    return id
  }

  /// Inserts a turn at `sequence`, or after the last one when nil.
  private func insertTurn(_ turn: Turn, entryID: Int64, sequence: Int?) throws {
    try database.execute(
      """
      INSERT INTO turns (entry_id, seq, speaker, text, step, at)
      SELECT ?1, coalesce(?2, coalesce(max(seq), 0) + 1), ?3, ?4, ?5, ?6
      FROM turns WHERE entry_id = ?1
      """,
      [
        .integer(entryID), sequence.map { .integer($0) } ?? .null, .text(turn.speaker.rawValue),
        .text(turn.text), .nullable(turn.step?.id), .date(turn.at),
      ])
  }

  private func insertFollowUp(_ followUp: FollowUp, entryID: Int64) throws {
    let evidence = try EvidenceCoding.encode(followUp.evidence)
    try database.execute(
      """
      INSERT INTO follow_ups (entry_id, rule_id, step, ask, why, evidence, response, reply,
        offered_at, from_import)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """,
      [
        .integer(entryID), .text(followUp.ruleID), .text(followUp.step.id), .text(followUp.ask),
        .text(followUp.why), .text(evidence),
        .text(followUp.response.rawValue), .nullable(followUp.reply), .date(followUp.offeredAt),
        .bool(followUp.isFromImport),
      ])
  }

  /// Moves the entry's `updated_at` forward to `date`; fails when there is no such entry.
  private func touch(_ entryID: Int64, at date: Date) throws {
    try database.execute(
      "UPDATE entries SET updated_at = max(updated_at, ?) WHERE id = ?",
      [.date(date), .integer(entryID)])
    guard database.changes > 0 else { throw StoreError.entryNotFound(id: entryID) }
  }

  /// Fails with `entryNotFound` rather than a foreign-key error a coach could not act on.
  func requireEntry(_ entryID: Int64) throws {
    let exists = try database.queryFirst(
      "SELECT 1 FROM entries WHERE id = ?", [.integer(entryID)]
    ) { _ in true }
    guard exists == true else { throw StoreError.entryNotFound(id: entryID) }
  }
}
