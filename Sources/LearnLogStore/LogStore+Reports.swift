import LearnLog

/// Read-only queries for the reports (`prepare`, `review`). They aggregate in SQL, so a log of
/// 10,000 entries is never loaded whole: the brief loads its two entries, the review only counts.
extension LogStore {
  /// The newest complete reflection of `kind`: the one completed last (then the newest id),
  /// as the programme view chooses its Best and Most Challenging, so the two always agree. A
  /// coach who marks a second session Best has changed their mind; its date may be earlier.
  public func newestCompleteEntryID(kind: EntryKind) throws -> Int64? {
    try database.queryFirst(
      """
      SELECT id FROM entries WHERE status = 'complete' AND kind = ?
      ORDER BY updated_at DESC, id DESC LIMIT 1
      """,
      [.text(kind.rawValue)]
    ) { $0.int64(0) }
  }

  /// Follow-up counts by rule, month and response, entries per month, and which rules fired in
  /// the last `recentWindow` complete reflections, all within `filter`. The rule and question
  /// filters narrow the follow-up counts only: entry counts and recent rules describe the log.
  public func activity(filter: ReportFilter, recentWindow: Int = RecurringTheme.window) throws
    -> LogActivity
  {
    let dates: [SQLValue] = [.nullable(filter.since?.iso), .nullable(filter.until?.iso)]
    return try database.read {
      let tallies = try followUpTallies(filter: filter, dates: dates)
      var entriesByMonth: [String: Int] = [:]
      _ = try database.query(
        """
        SELECT substr(session_date, 1, 7), count(*) FROM entries
        WHERE (?1 IS NULL OR session_date >= ?1) AND (?2 IS NULL OR session_date <= ?2)
        GROUP BY 1
        """,
        dates
      ) { row in entriesByMonth[row.text(0) ?? ""] = row.int(1) }
      let recent = try recentRules(filter: filter, window: recentWindow)
      return LogActivity(
        tallies: tallies, entriesByMonth: entriesByMonth, recentEntries: recent.entries,
        recentRuleCounts: recent.ruleCounts)
    }
  }

  /// Follow-ups counted by rule, month and response, ordered by those three, with each group's
  /// first and last session date. Grouped here rather than by `GROUP BY`: SQLite sorted every
  /// follow-up to group them (about 150 M instructions for the 16,000 of a 10,000-entry log),
  /// while the scan alone reads the covering index `follow_ups_by_entry_rule`.
  private func followUpTallies(filter: ReportFilter, dates: [SQLValue]) throws
    -> [LogActivity.Tally]
  {
    struct Key: Hashable {
      var ruleID: String
      var month: Substring
      var response: String
    }
    var groups: [Key: (count: Int, first: String, last: String)] = [:]
    try database.forEachRow(
      """
      SELECT f.rule_id, e.session_date, f.response
      FROM follow_ups f JOIN entries e ON e.id = f.entry_id
      WHERE (?1 IS NULL OR e.session_date >= ?1) AND (?2 IS NULL OR e.session_date <= ?2)
        AND (?3 IS NULL OR f.rule_id = ?3) AND (?4 IS NULL OR f.step = ?4)
      """,
      dates + [.nullable(filter.ruleID), .nullable(filter.question.map { Step.question($0).id })]
    ) { row in
      let date = row.text(1) ?? ""
      let key = Key(ruleID: row.text(0) ?? "", month: date.prefix(7), response: row.text(2) ?? "")
      if let group = groups[key] {
        groups[key] = (group.count + 1, min(group.first, date), max(group.last, date))
      } else {
        groups[key] = (1, date, date)
      }
    }
    // Byte order, as SQLite's GROUP BY gave them (and cheaper than String's Unicode order).
    func precedes(_ a: Key, _ b: Key) -> Bool {
      if a.ruleID != b.ruleID { return a.ruleID.utf8.lexicographicallyPrecedes(b.ruleID.utf8) }
      if a.month != b.month { return a.month.utf8.lexicographicallyPrecedes(b.month.utf8) }
      return a.response.utf8.lexicographicallyPrecedes(b.response.utf8)
    }
    let ordered = groups.sorted { precedes($0.key, $1.key) }
    return try ordered.map { key, group in
      LogActivity.Tally(
        ruleID: key.ruleID, month: String(key.month),
        response: try reportValue(key.response, table: "follow_ups", column: "response"),
        count: group.count, firstDate: try reportDate(group.first),
        lastDate: try reportDate(group.last))
    }
  }

  /// Which rules offered a follow-up in the last `window` complete reflections within the
  /// filter's dates, and how many reflections that was: what recurring themes are made of.
  /// Cheap at any size: it reads `window` entries through the status index.
  public func recentRules(filter: ReportFilter = .everything, window: Int = RecurringTheme.window)
    throws -> (entries: Int, ruleCounts: [String: Int])
  {
    let recentSQL = """
      SELECT id FROM entries
      WHERE status = 'complete'
        AND (?1 IS NULL OR session_date >= ?1) AND (?2 IS NULL OR session_date <= ?2)
      ORDER BY session_date DESC, id DESC LIMIT ?3
      """
    let values: [SQLValue] = [
      .nullable(filter.since?.iso), .nullable(filter.until?.iso), .integer(Int64(max(0, window))),
    ]
    return try database.read {
      let entries = try database.queryFirst("SELECT count(*) FROM (\(recentSQL))", values) {
        $0.int(0)
      } ?? 0
      var ruleCounts: [String: Int] = [:]
      _ = try database.query(
        "SELECT rule_id, count(*) FROM follow_ups WHERE entry_id IN (\(recentSQL)) GROUP BY rule_id",
        values
      ) { row in ruleCounts[row.text(0) ?? ""] = row.int(1) }
      return (entries, ruleCounts)
    }
  }

  /// Every answer to question `number` within the filter's dates, oldest session first, each
  /// with the follow-ups offered at that question (only `filter.ruleID`'s, when given).
  public func answerHistory(question number: Int, filter: ReportFilter) throws -> [AnswerHistory] {
    let step = Step.question(number).id
    let values: [SQLValue] = [.text(step), .nullable(filter.since?.iso), .nullable(filter.until?.iso)]
    return try database.read {
      var answers = try database.query(
        """
        SELECT e.id, e.kind, e.coachee, e.session_date, a.text
        FROM answers a JOIN entries e ON e.id = a.entry_id
        WHERE a.step = ?1
          AND (?2 IS NULL OR e.session_date >= ?2) AND (?3 IS NULL OR e.session_date <= ?3)
        ORDER BY e.session_date, e.id
        """,
        values
      ) { row in
        AnswerHistory(
          entryID: row.int64(0),
          kind: try reportValue(row.text(1), table: "entries", column: "kind"),
          coachee: row.text(2) ?? "", sessionDate: try reportDate(row.text(3)),
          text: row.text(4) ?? "")
      }
      var replies: [Int64: [AnswerHistory.Reply]] = [:]
      _ = try database.query(
        """
        SELECT f.entry_id, f.rule_id, f.ask, f.response, f.reply
        FROM follow_ups f JOIN entries e ON e.id = f.entry_id
        WHERE f.step = ?1 AND (?4 IS NULL OR f.rule_id = ?4)
          AND (?2 IS NULL OR e.session_date >= ?2) AND (?3 IS NULL OR e.session_date <= ?3)
        ORDER BY f.id
        """,
        values + [.nullable(filter.ruleID)]
      ) { row in
        replies[row.int64(0), default: []].append(
          AnswerHistory.Reply(
            rule: row.text(1) ?? "", ask: row.text(2) ?? "",
            response: try reportValue(row.text(3), table: "follow_ups", column: "response"),
            reply: row.text(4)))
      }
      for index in answers.indices {
        answers[index].followUps = replies[answers[index].entryID] ?? []
      }
      return answers
    }
  }

  private func reportValue<T: RawRepresentable>(_ text: String?, table: String, column: String)
    throws -> T where T.RawValue == String
  {
    guard let text, let value = T(rawValue: text) else {
      throw StoreError.unexpectedValue(table: table, column: column, rowID: 0)
    }
    return value
  }

  private func reportDate(_ text: String?) throws -> CalendarDate {
    guard let text, let date = CalendarDate(iso: text) else {
      throw StoreError.unexpectedValue(table: "entries", column: "session_date", rowID: 0)
    }
    return date
  }
}
