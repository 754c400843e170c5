import LearnLog

/// Full-text search over answers, GROW recall, replies to follow-ups and notes.
///
/// Queries without CJK characters use `search` (the `unicode61` word index): terms are quoted
/// and joined with AND, ranked by bm25, and SQLite cuts the snippet. Queries with CJK characters
/// use `search_cjk` (the `trigram` index, which holds only the CJK runs of texts containing CJK):
/// CJK terms of three characters or more go to MATCH, shorter ones and every other term to LIKE
/// (see `searchCJK`), and the snippet is cut in Swift. The SQL of the word search is one
/// fixed text with every filter as a parameter, so its statement is prepared once and reused.
extension LogStore {
  /// The best matches for `query`, best first; empty when the query has no words.
  public func search(_ query: SearchQuery, filter: SearchFilter = SearchFilter()) throws
    -> [SearchHit]
  {
    guard !query.isEmpty, filter.limit > 0 else { return [] }
    guard schemaVersion >= Schema.noteRowidsVersion else {
      // Only a read-only log is left unmigrated; its notes are indexed the old way.
      throw StoreError.searchNeedsUpgrade(path: database.path)
    }
    if query.containsCJK { return try searchCJK(query, filter: filter) }
    let expression = query.terms.map(SearchSQL.quoted).joined(separator: " AND ")
    let terms = query.terms.map(\.text)
    if filter.hasConditions {
      return try filteredSearch(expression, filter: filter, terms: terms)
    }
    // No filter: rank by rowid and bm25 alone, which needs neither the index's stored columns
    // nor the entries and notes; those are read for the hits shown only.
    let ranked = try database.query(
      SearchSQL.ranked,
      [.text(expression), .integer(SearchSQL.candidates(filter)), .integer(Int64(filter.limit))]
    ) { row in (rowID: row.int64(0), score: row.double(1)) }
    var hits: [SearchHit] = []
    hits.reserveCapacity(ranked.count)
    for (rowID, score) in ranked {
      let hit = try database.queryFirst(
        SearchSQL.shown,
        [.text(expression), .integer(rowID), .integer(Int64(SearchSQL.longText))]
      ) { row -> (SearchHit, isLong: Bool)? in
        // A row whose entry or note is gone (never expected: triggers remove both together).
        guard !row.isNull(5) || !row.isNull(9) else { return nil }
        var hit = try SearchSQL.hit(row, snippet: SearchSQL.snippet(row.text(3)))
        hit.score = score
        return (hit, row.isNull(3))
      }
      guard case .some(.some((var hit, let isLong))) = hit else {
        // Something changed between the two statements: rank again with the full query.
        return try filteredSearch(expression, filter: filter, terms: terms)
      }
      if isLong { hit.snippet = try longSnippet(rowID: rowID, terms: terms) }
      hits.append(hit)
    }
    return hits
  }

  /// The search with filters: each candidate is joined to its entry or note before ranking, so
  /// that `limit` counts only rows that pass the filters.
  private func filteredSearch(_ expression: String, filter: SearchFilter, terms: [String]) throws
    -> [SearchHit]
  {
    var found = try database.query(
      SearchSQL.words,
      [.text(expression)] + SearchSQL.filterValues(filter)
        + [.integer(SearchSQL.candidates(filter))]
    ) { row in (rowID: row.int64(0), hit: try SearchSQL.hit(row, snippet: Snippet(pieces: []))) }
    // Snippets only for the hits shown: cutting one costs more than ranking a row.
    for index in found.indices {
      let rowID = found[index].rowID
      let marked = try database.queryFirst(
        SearchSQL.snippet,
        [.text(expression), .integer(rowID), .integer(Int64(SearchSQL.longText))]
      ) { $0.text(0) }
      found[index].hit.snippet =
        if let marked, marked == nil {
          try longSnippet(rowID: rowID, terms: terms)
        } else {
          SearchSQL.snippet(marked ?? nil)
        }
    }
    return found.map(\.hit)
  }

  /// The snippet of a text longer than `SearchSQL.longText`, cut in Swift around the first
  /// match: FTS5's `snippet()` scores a window at every match against every other match, so
  /// its time grows with the square of the matches (6 minutes for a 1 MB answer of 200,000).
  private func longSnippet(rowID: Int64, terms: [String]) throws -> Snippet {
    let text = try database.queryFirst(SearchSQL.fullText, [.integer(rowID)]) { $0.text(0) ?? "" }
    return Snippet(text: text ?? "", terms: terms)
  }

  /// Merges the word index into one b-tree (FTS5 `optimize`) when it holds more than
  /// `segmentLimit` segments, and says whether it did. Every write transaction adds a segment
  /// that FTS5 merges only in part, and every query seeks the term in each one: a 100,000-entry
  /// log imported in 20 files had 29, and searching it took twice the instructions of one.
  @discardableResult
  public func tidySearchIndex(segmentLimit: Int = 16) throws -> Bool {
    guard try searchSegmentCount() > segmentLimit else { return false }
    try database.execute("INSERT INTO search (search) VALUES ('optimize')")
    return true
  }

  /// How many segments the word index has: the second varint of its structure record
  /// (`search_data` row 10: a 4-byte cookie, the number of levels, the number of segments).
  func searchSegmentCount() throws -> Int {
    let hex = try database.queryFirst("SELECT hex(block) FROM search_data WHERE id = 10") {
      $0.text(0)
    }
    guard let hex = hex ?? nil else { return 0 }
    var bytes: [UInt8] = []
    var digits = hex.utf8.makeIterator()
    while let high = digits.next(), let low = digits.next() {
      guard let byte = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) else {
        return 0
      }
      bytes.append(byte)
    }
    var index = 4
    var values: [Int] = []
    while values.count < 2, index < bytes.count {
      var value = 0
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        value = value << 7 | Int(byte & 0x7f)
        if byte & 0x80 == 0 { break }
      }
      values.append(value)
    }
    return values.count == 2 ? values[1] : 0
  }

  /// `search_cjk` holds only the runs of CJK characters of each text, so a term made of CJK
  /// characters alone is looked for there: with MATCH from three characters (the trigram index
  /// cannot look up fewer), else with LIKE on the runs. Any other term (Latin, or mixing
  /// scripts) is matched with LIKE against the full text, read from the word index's copy, and
  /// its own CJK runs narrow the candidates first. Every match of a query with CJK contains a
  /// CJK character, so it has a row in `search_cjk`: the search starts there. Snippets are cut
  /// from the full text of the rows shown.
  private func searchCJK(_ query: SearchQuery, filter: SearchFilter) throws -> [SearchHit] {
    var indexed: [String] = []
    var inRuns: [String] = []
    var inText: [String] = []
    func lookUp(_ run: String) {
      if run.unicodeScalars.count >= 3 { indexed.append(run) } else { inRuns.append(run) }
    }
    for term in query.terms {
      if CJK.isOnlyCJK(term.text) {
        lookUp(term.text)
      } else {
        inText.append(term.text)
        for run in CJK.runs(in: term.text)?.split(separator: "\n") ?? [] { lookUp(String(run)) }
      }
    }
    var values: [SQLValue] = []
    var conditions: [String] = []
    if !indexed.isEmpty {
      values.append(.text(indexed.map(SearchSQL.quotedSubstring).joined(separator: " AND ")))
      conditions.append("search_cjk MATCH ?\(values.count)")
    }
    // `+`: SQLite checks these row by row; the trigram index never sees a LIKE (in 3.40 it finds
    // nothing for a pattern under three multi-byte characters).
    for (term, column) in inRuns.map({ ($0, "s.text") }) + inText.map({ ($0, "f.text") }) {
      values.append(.text("%" + SearchSQL.escapedLike(term) + "%"))
      conditions.append("+\(column) LIKE ?\(values.count) ESCAPE '\\'")
    }
    let first = values.count + 1
    values += SearchSQL.filterValues(filter)
    let sql = SearchSQL.cjk(
      conditions: conditions.joined(separator: " AND "), firstFilter: first,
      isRanked: !indexed.isEmpty, joinsFullText: !inText.isEmpty)
    var found = try database.query(sql, values) { row in
      (rowID: row.int64(0), hit: try SearchSQL.hit(row, snippet: Snippet(pieces: [])))
    }
    let terms = query.terms.map(\.text)
    for index in found.indices {
      let text = try database.queryFirst(SearchSQL.fullText, [.integer(found[index].rowID)]) {
        $0.text(0) ?? ""
      }
      found[index].hit.snippet = Snippet(text: text ?? "", terms: terms)
    }
    return found.map(\.hit)
  }
}

/// How a rowid of `search` and `search_cjk` names the text it indexes: an answer's id × 2, a
/// reply's follow-up id × 2 + 1, and a note's id − 2^62 (schema version 6), negative and growing
/// with the id like the others, because FTS5 starts a new index segment whenever a rowid is lower
/// than the one written before it.
enum SearchRowID {
  static let noteBase: Int64 = 1 << 62

  /// The note whose text is indexed at `rowID` (a negative rowid).
  static func noteID(_ rowID: Int64) -> Int64 { rowID + noteBase }
}

/// The SQL of a search, and reading its rows.
enum SearchSQL {
  /// Columns: rowid, origin, step, snippet or text, score, entry id, session date, coachee,
  /// kind, note id, note date, note source.
  private static func select(index: String, text: String, score: String, join: String = "")
    -> String
  {
    """
    SELECT s.rowid, s.origin, s.step, \(text), \(score),
      e.id, e.session_date, e.coachee, e.kind, n.id, n.note_date, n.source
    FROM \(index) s\(join)
    LEFT JOIN entries e ON s.origin <> 'note' AND e.id = s.entry_id
    LEFT JOIN notes n ON s.origin = 'note' AND n.id = s.rowid + \(SearchRowID.noteBase)
    """
  }

  private static func filters(from first: Int) -> String {
    let since = first
    let until = first + 1
    let kind = first + 2
    let step = first + 3
    return """
      (e.id IS NOT NULL OR n.id IS NOT NULL)
      AND (?\(since) IS NULL OR coalesce(e.session_date, n.note_date) >= ?\(since))
      AND (?\(until) IS NULL OR coalesce(e.session_date, n.note_date) <= ?\(until))
      AND (?\(kind) IS NULL OR e.kind = ?\(kind))
      AND (?\(step) IS NULL OR (s.origin <> 'note' AND s.step = ?\(step)))
      """
  }

  /// How many matches are ranked at most, per kind of row: the newest answers and replies, and
  /// the newest notes. bm25 costs about a microsecond per matching row, so a word found in most
  /// of a 100,000-entry log would otherwise take a second; a search that matches more than this
  /// ranks the most recent ones.
  static let candidateLimit = 2_000

  /// Candidates per kind of row for `filter`: never fewer than the hits asked for, so that
  /// `-n 5000` shows 5,000 matches when there are (ranking them all, at the cost above).
  static func candidates(_ filter: SearchFilter) -> Int64 {
    Int64(max(candidateLimit, filter.limit))
  }

  /// The word search: candidates by recency (the index walks rowids in order and stops at the
  /// limit), then ranked by bm25. Answers and replies have positive rowids that grow with time,
  /// notes negative ones that grow with time (`SearchRowID`).
  static let words: String = {
    let candidates = """
      SELECT s.rowid AS row_id, s.origin AS origin, s.step AS step, '' AS snippet,
        bm25(search) AS score, e.id AS entry_id, e.session_date AS session_date,
        e.coachee AS coachee, e.kind AS kind, n.id AS note_id, n.note_date AS note_date,
        n.source AS note_source
      FROM search s
      LEFT JOIN entries e ON s.origin <> 'note' AND e.id = s.entry_id
      LEFT JOIN notes n ON s.origin = 'note' AND n.id = s.rowid + \(SearchRowID.noteBase)
      WHERE search MATCH ?1 AND \(filters(from: 2))
      """
    return """
      SELECT * FROM (
        SELECT * FROM (\(candidates) AND s.rowid > 0 ORDER BY s.rowid DESC LIMIT ?7)
        UNION ALL
        SELECT * FROM (\(candidates) AND s.rowid < 0 ORDER BY s.rowid DESC LIMIT ?7)
      )
      ORDER BY score, row_id DESC LIMIT ?6
      """
  }()

  /// The unfiltered word search: the newest `?2` matching answers and replies and the newest
  /// `?2` notes, ranked by bm25, best `?3` first. Only the index's rowids and match data are read.
  static let ranked = """
    SELECT row_id, score FROM (
      SELECT * FROM (
        SELECT rowid AS row_id, bm25(search) AS score FROM search
        WHERE search MATCH ?1 AND rowid > 0 ORDER BY rowid DESC LIMIT ?2)
      UNION ALL
      SELECT * FROM (
        SELECT rowid AS row_id, bm25(search) AS score FROM search
        WHERE search MATCH ?1 AND rowid < 0 ORDER BY rowid DESC LIMIT ?2)
    )
    ORDER BY score, row_id DESC LIMIT ?3
    """

  /// One ranked row as `hit` reads it, with its snippet cut: the columns of `select`, for the
  /// match `?1` at rowid `?2`.
  static let shown =
    select(index: "search", text: cutSnippet(text: "s.text"), score: "0.0")
    + "\nWHERE search MATCH ?1 AND s.rowid = ?2"

  /// Texts longer than this many characters get no snippet from SQLite (NULL from
  /// `cutSnippet`): `snippet()` takes time in the square of the matches in the text (at most
  /// half its length; sqlite3 shell: 80 ms for 2,000, 1.3 s for 8,000), so a long one is
  /// cut in Swift, around its first match (`Snippet(text:terms:)`).
  static let longText = 8_192

  /// FTS5's snippet for the match `?1`, or NULL when `text` is longer than `?3` characters.
  private static func cutSnippet(text: String) -> String {
    "CASE WHEN length(\(text)) > ?3 THEN NULL ELSE snippet(search, 0, char(2), char(3), '…', 16) END"
  }

  /// A snippet as SQLite marks it (`\u{2}` before a match, `\u{3}` after).
  static func snippet(_ marked: String?) -> Snippet {
    Snippet(marked: marked ?? "", open: "\u{2}", close: "\u{3}")
  }

  static let snippet =
    "SELECT \(cutSnippet(text: "text")) FROM search WHERE search MATCH ?1 AND rowid = ?2"

  /// The full text of one row of either index, for its snippet.
  static let fullText = "SELECT text FROM search WHERE rowid = ?1"

  /// The CJK search over `search_cjk`, joined to the full text in `search` by rowid when a term
  /// needs it (CROSS JOIN keeps `search_cjk` the outer loop, so the larger index is never walked,
  /// and the conditions on the runs are checked before the full text is read).
  static func cjk(conditions: String, firstFilter: Int, isRanked: Bool, joinsFullText: Bool)
    -> String
  {
    select(
      index: "search_cjk", text: "''", score: isRanked ? "bm25(search_cjk)" : "0.0",
      join: joinsFullText ? "\nCROSS JOIN search f ON f.rowid = s.rowid" : "")
      + "\nWHERE \(conditions) AND \(filters(from: firstFilter))\n"
      + (isRanked
        ? "ORDER BY 5, s.rowid DESC" : "ORDER BY coalesce(e.session_date, n.note_date) DESC, s.rowid DESC")
      + " LIMIT ?\(firstFilter + 4)"
  }

  /// Since, until, kind, step, limit: the parameters after the match.
  static func filterValues(_ filter: SearchFilter) -> [SQLValue] {
    [
      .nullable(filter.since?.iso), .nullable(filter.until?.iso), .nullable(filter.kind?.rawValue),
      .nullable(filter.question.map { Step.question($0).id }), .integer(Int64(filter.limit)),
    ]
  }

  /// A term as an FTS5 string: in double quotes (doubled inside), so operators, column names
  /// and punctuation are only text; `*` after it for a prefix.
  static func quoted(_ term: SearchQuery.Term) -> String {
    "\"" + term.text.replacing("\"", with: "\"\"") + "\""
      + (term.isPrefix ? "*" : "")
  }

  /// For the trigram index every term is a substring already: no prefix star.
  static func quotedSubstring(_ text: String) -> String {
    "\"" + text.replacing("\"", with: "\"\"") + "\""
  }

  static func escapedLike(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  static func hit(_ row: Row, snippet: Snippet) throws -> SearchHit {
    let rowID = row.int64(0)
    let score = row.double(4)
    if row.text(1) == "note" {
      guard let date = row.text(10).flatMap(CalendarDate.init(iso:)) else {
        throw StoreError.unexpectedValue(
          table: "notes", column: "note_date", rowID: SearchRowID.noteID(rowID))
      }
      return SearchHit(
        origin: .note, noteID: row.int64(9), date: date,
        noteSource: row.text(11).flatMap(NoteSource.init(rawValue:)), snippet: snippet,
        score: score)
    }
    let entryID = row.int64(5)
    guard let origin = row.text(1).flatMap(SearchHit.Origin.init(rawValue:)),
      let step = row.text(2).flatMap(Step.init(id:))
    else { throw StoreError.unexpectedValue(table: "search", column: "step", rowID: rowID) }
    guard let date = row.text(6).flatMap(CalendarDate.init(iso:)),
      let kind = row.text(8).flatMap(EntryKind.init(rawValue:))
    else { throw StoreError.unexpectedValue(table: "entries", column: "kind", rowID: entryID) }
    return SearchHit(
      origin: origin, entryID: entryID, date: date, coachee: row.text(7), kind: kind, step: step,
      snippet: snippet, score: score)
  }
}

extension SearchFilter {
  /// Whether anything but the limit narrows the search.
  var hasConditions: Bool { since != nil || until != nil || kind != nil || question != nil }
}
