import LearnLog

/// Read-only queries for the reports (`prepare`, `review`). They aggregate in SQL, so a log of
/// 10,000 entries is never loaded whole: the brief loads its two entries, the review only counts.
extension LogStore {
  /// The newest complete reflection of `kind` (newest session date, then newest id).
  public func newestCompleteEntryID(kind: EntryKind) throws -> Int64? {
    try database.queryFirst(
      """
      SELECT id FROM entries WHERE status = 'complete' AND kind = ?
      ORDER BY session_date DESC, id DESC LIMIT 1
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
      let tallies = try database.query(
        """
        SELECT f.rule_id, substr(e.session_date, 1, 7), f.response, count(*),
          min(e.session_date), max(e.session_date)
        FROM follow_ups f JOIN entries e ON e.id = f.entry_id
        WHERE (?1 IS NULL OR e.session_date >= ?1) AND (?2 IS NULL OR e.session_date <= ?2)
          AND (?3 IS NULL OR f.rule_id = ?3) AND (?4 IS NULL OR f.step = ?4)
        GROUP BY 1, 2, 3
        """,
        dates + [.nullable(filter.ruleID), .nullable(filter.question.map { Step.question($0).id })]
      ) { row in
        LogActivity.Tally(
          ruleID: row.text(0) ?? "", month: row.text(1) ?? "",
          response: try reportValue(row.text(2), table: "follow_ups", column: "response"),
          count: row.int(3),
          firstDate: try reportDate(row.text(4)), lastDate: try reportDate(row.text(5)))
      }
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
