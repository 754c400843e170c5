import LearnLog
import Testing

@testable import LearnLogStore

/// Schema version 5: `search_cjk` holds only the runs of CJK characters, and searches match short
/// and mixed terms against the full text.
@Suite("CJK runs index")
struct CJKIndexTests {
  private let folder: TemporaryFolder
  private let store: LogStore

  init() throws {
    folder = try TemporaryFolder()
    store = try LogStore(path: folder.file("log.sqlite3"))
  }

  private func entry(_ date: String, coachee: String = "Ravi", answers: [Int: String]) throws
    -> Int64
  {
    try store.createEntry(
      Entry(
        kind: .other, status: .complete, coachee: coachee, sessionDate: CalendarDate(iso: date)!,
        answers: answers, createdAt: Fixtures.date(0)))
  }

  private func found(_ text: String) throws -> [Int64?] {
    try store.search(SearchQuery(text)).map(\.entryID)
  }

  private func indexedTexts() throws -> [String] {
    try store.database.query("SELECT text FROM search_cjk ORDER BY rowid") { $0.text(0) ?? "" }
  }

  @Test func theIndexHoldsOnlyTheRunsOfTextsWithCJK() throws {
    _ = try entry(
      "2026-11-01",
      answers: [1: "Globex wants 李娜 to lead フィードバック sessions", 2: "No CJK", 3: "李娜 only"])
    #expect(try indexedTexts() == ["李娜\nフィードバック", "李娜"])
  }

  @Test func aTextMixingLatinAndCJKIsFoundByEitherPart() throws {
    let mixed = try entry(
      "2026-11-01", coachee: "李娜",
      answers: [1: "Globex wants 李娜 to lead the フィードバック sessions next quarter."])
    let other = try entry("2026-11-02", answers: [1: "Initech asked 李娜 for a plan."])
    #expect(try found("Globex") == [mixed])
    #expect(Set(try found("李娜")) == [mixed, other])
    #expect(try found("Globex 李娜") == [mixed])
    #expect(try found("フィードバック") == [mixed])
    #expect(try found("lead フィードバック") == [mixed])
    #expect(try found("フィード quarter") == [mixed])
    #expect(try found("Initech 李娜") == [other])
    #expect(try found("Initech フィードバック").isEmpty)
    // A term holding both scripts is matched against the full text, as typed.
    #expect(try found("李娜。").isEmpty)
    #expect(try found("the フィードバック sessions") == [mixed])
    #expect(try found("\"the フィードバック sessions\"") == [mixed])
    let hit = try #require(try store.search(SearchQuery("Globex 李娜")).first)
    #expect(
      hit.snippet.rendered(open: "[", close: "]")
        == "[Globex] wants [李娜] to lead the フィードバック sessions next quarter.")
  }

  @Test func aTermNeverMatchesAcrossTwoRuns() throws {
    let id = try entry("2026-11-01", answers: [1: "王小明 and フィードバック, then 会議室。予定表"])
    #expect(try indexedTexts() == ["王小明\nフィードバック\n会議室\n予定表"])
    #expect(try found("明フィ").isEmpty)  // three characters: the index, across a separator
    #expect(try found("小明フィード").isEmpty)
    #expect(try found("室予定").isEmpty)
    // What the text really holds is found, whichever way it is looked up.
    #expect(try found("会議室。予定") == [id])
    #expect(try found("室。予") == [id])
    #expect(try found("明 フィ") == [id])
    #expect(try found("小明") == [id])
  }

  @Test func editsAndDeletesKeepTheRunsInStep() throws {
    let id = try entry("2026-11-01", answers: [1: "打ち合わせ before"])
    try store.saveAnswer(entryID: id, step: .question(1), text: "after 李娜", at: Fixtures.date(9))
    #expect(try indexedTexts() == ["李娜"])
    #expect(try found("打ち合わせ").isEmpty)
    #expect(try found("李娜") == [id])
    try store.saveAnswer(entryID: id, step: .question(1), text: "plain", at: Fixtures.date(10))
    #expect(try indexedTexts().isEmpty)
    let note = try store.addNote(
      Note(date: CalendarDate(iso: "2026-11-02")!, title: "振り返り", text: "コーチに相談する",
        createdAt: Fixtures.date(2)))
    #expect(try indexedTexts() == ["振り返り\nコーチに相談する"])
    try store.deleteNote(id: note)
    #expect(try indexedTexts().isEmpty)
    try store.database.execute("INSERT INTO search_cjk (search_cjk) VALUES ('integrity-check')")
  }

  @Test func theFunctionIsThereOnEveryConnection() throws {
    let second = try Database(path: folder.file("log.sqlite3"))
    #expect(try second.queryFirst("SELECT cjk_runs('a 会議室 b')") { $0.text(0) } == "会議室")
    #expect(try second.queryFirst("SELECT cjk_runs('abc') IS NULL") { $0.int(0) } == 1)
    #expect(try second.queryFirst("SELECT cjk_runs(NULL) IS NULL") { $0.int(0) } == 1)
    #expect(try second.queryFirst("SELECT cjk_runs('李娜。王伟')") { $0.text(0) } == "李娜\n王伟")
  }

  @Test func forgettingACoacheeEmptiesBothIndexesAndTheFile() throws {
    let path = folder.file("log.sqlite3")
    let gone = try entry(
      "2026-11-01", coachee: "李娜", answers: [1: "秘密の相談事を聞いた qqcjkgone", 2: "李娜 again"])
    let kept = try entry("2026-11-02", coachee: "王伟", answers: [1: "会議室で話した"])
    #expect(try found("秘密の相談事") == [gone])
    _ = try store.forget(coachee: "李娜")
    #expect(try found("秘密の相談事").isEmpty)
    #expect(try found("相談").isEmpty)
    #expect(try found("会議室") == [kept])
    #expect(try indexedTexts() == ["会議室で話した"])
    let rows = try store.database.query(
      "SELECT count(*) FROM search WHERE entry_id = ?", [.integer(gone)]) { $0.int(0) }
    #expect(rows == [0])
    for index in ["search", "search_cjk"] {
      try store.database.execute("INSERT INTO \(index) (\(index)) VALUES ('integrity-check')")
    }
    let bytes = try contents(of: path) + ((try? contents(of: path + "-wal")) ?? [])
    for secret in ["秘密の相談事", "qqcjkgone"] {
      #expect(!bytes.contains(Array(secret.utf8)), "\(secret)")
    }
    #expect(bytes.contains(Array("会議室で話した".utf8)))
  }
}

/// Version 4 files (the whole text of every CJK row in `search_cjk`) are rebuilt to the runs.
@Suite("Migration 4 to 5")
struct MigrationFiveTests {
  @Test func aVersionFourFileWithCJKIsRebuiltAndStillSearchable() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    do {
      let db = try Database.atSchema(4, path: path)
      try db.executeScript(
        """
        INSERT INTO entries (id, kind, status, coachee, session_date, source, created_at, updated_at)
          VALUES (7, 'best', 'complete', '李娜', '2026-10-01', 'conversation', 1.5, 2.5);
        INSERT INTO answers (id, entry_id, step, text, updated_at) VALUES
          (1, 7, 'q1', 'I listened to the whole team.', 2.5),
          (2, 7, 'goal', 'Globex: 会議で合意する with 李娜', 2.5);
        INSERT INTO follow_ups (id, entry_id, rule_id, step, ask, why, evidence, response, reply,
          offered_at) VALUES (1, 7, 'r', 'q1', 'Ask?', 'Why.',
          '{"summary":"s","matches":[],"counts":{}}', 'answered', '我觉得很好', 2.0);
        INSERT INTO notes (id, note_date, title, text, source, created_at)
          VALUES (3, '2026-10-02', '振り返り', 'Asked 李娜 about it', 'jrnl', 3.0);
        """)
      let before = try db.query("SELECT text FROM search_cjk ORDER BY rowid") { $0.text(0) ?? "" }
      #expect(before.contains("Globex: 会議で合意する with 李娜"))
    }
    let store = try LogStore(path: path)
    #expect(store.schemaVersion == LogStore.supportedSchemaVersion)
    let latest = LogStore.supportedSchemaVersion
    #expect(Backups(databasePath: path).list().contains { $0.hasSuffix("-before-v\(latest).sqlite3") })
    let indexed = try store.database.query("SELECT rowid, text FROM search_cjk ORDER BY rowid") {
      "\($0.int64(0)) \($0.text(1) ?? "")"
    }
    #expect(indexed == ["\(3 - SearchRowID.noteBase) 振り返り\n李娜", "3 我觉得很好", "4 会議で合意する\n李娜"])
    #expect(try store.search(SearchQuery("合意")).map(\.step) == [.grow(.goal)])
    #expect(try store.search(SearchQuery("Globex 李娜")).map(\.step) == [.grow(.goal)])
    #expect(try store.search(SearchQuery("会議で合意")).map(\.entryID) == [7])
    #expect(try store.search(SearchQuery("觉得很好")).map(\.origin) == [.reply])
    #expect(try store.search(SearchQuery("李娜")).count == 2)
    #expect(try store.search(SearchQuery("listened")).map(\.entryID) == [7])
    try store.database.execute("INSERT INTO search_cjk (search_cjk) VALUES ('integrity-check')")
  }
}

/// Version 5 files index notes at `-id`; version 6 moves them to `id − 2^62`, which grows with
/// the id as FTS5 needs for one segment per statement.
@Suite("Migration 5 to 6")
struct MigrationSixTests {
  @Test func theFrozenBaseIsTheOneSearchesUse() {
    #expect(Schema.noteRowBase == SearchRowID.noteBase)
    #expect(SearchRowID.noteID(5 - SearchRowID.noteBase) == 5)
  }

  @Test func notesAreMovedToRowidsThatGrowAndStayFindable() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    do {
      let db = try Database.atSchema(5, path: path)
      try db.executeScript(
        """
        INSERT INTO entries (id, kind, status, coachee, session_date, source, created_at, updated_at)
          VALUES (7, 'best', 'complete', 'Ravi', '2026-10-01', 'conversation', 1.5, 2.5);
        INSERT INTO answers (id, entry_id, step, text, updated_at)
          VALUES (1, 7, 'q1', 'I listened to the whole team about delegation.', 2.5);
        INSERT INTO notes (id, note_date, title, text, source, created_at) VALUES
          (3, '2026-10-02', 'Delegation', 'Asked 李娜 about the rota', 'jrnl', 3.0),
          (4, '2026-10-03', '', 'More delegation next week', 'note', 4.0);
        """)
      let before = try db.query("SELECT rowid FROM search WHERE rowid < 0 ORDER BY rowid") {
        $0.int64(0)
      }
      #expect(before == [-4, -3])
    }
    let store = try LogStore(path: path)
    #expect(store.schemaVersion == 6)
    #expect(Backups(databasePath: path).list().contains { $0.hasSuffix("-before-v6.sqlite3") })
    let base = SearchRowID.noteBase
    for index in ["search", "search_cjk"] {
      let rows = try store.database.query("SELECT rowid FROM \(index) ORDER BY rowid") { $0.int64(0) }
      #expect(rows == (index == "search" ? [3 - base, 4 - base, 2] : [3 - base]), "\(index)")
      try store.database.execute("INSERT INTO \(index) (\(index)) VALUES ('integrity-check')")
    }
    let hits = try store.search(SearchQuery("delegation"))
    #expect(Set(hits.compactMap(\.noteID)) == [3, 4])
    #expect(hits.map(\.origin).filter { $0 == .answer }.count == 1)
    #expect(try store.search(SearchQuery("李娜")).map(\.noteID) == [3])
    let since = SearchFilter(since: CalendarDate(iso: "2026-10-02"))
    #expect(try store.search(SearchQuery("rota"), filter: since).map(\.noteID) == [3])

    // The new triggers keep the index in step: edit, add and delete.
    try store.database.execute("UPDATE notes SET text = 'Asked about the roster' WHERE id = 3")
    #expect(try store.search(SearchQuery("rota")).isEmpty)
    #expect(try store.search(SearchQuery("roster")).map(\.noteID) == [3])
    #expect(try store.search(SearchQuery("李娜")).isEmpty)
    let added = try store.addNote(
      Note(date: CalendarDate(iso: "2026-10-04")!, title: "", text: "会議 delegation again",
        source: .note, createdAt: Fixtures.date(0)))
    try store.deleteNote(id: 4)
    let left = try store.database.query("SELECT rowid FROM search WHERE rowid < 0 ORDER BY rowid") {
      $0.int64(0)
    }
    #expect(left == [3 - base, added - base])
    for index in ["search", "search_cjk"] {
      try store.database.execute("INSERT INTO \(index) (\(index)) VALUES ('integrity-check')")
    }
  }
}
