import LearnLog
import Testing

@testable import LearnLogStore

@Suite("Notes, export and import")
struct NoteAndTransferTests {
  @Test func notesReadBackExactly() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let note = Note(
      date: CalendarDate(iso: "2026-11-28")!, time: JournalTime(hour: 9, minute: 5, second: 30),
      title: "Title *", text: "Line one\n\n  indented 会議\n[2026-01-01 10:00] not a header",
      source: .jrnl, createdAt: Fixtures.date(1))
    let id = try store.addNote(note)
    var expected = note
    expected.id = id
    #expect(try store.note(id: id) == expected)
    #expect(try store.notes() == [expected])
    #expect(try store.notes(since: CalendarDate(iso: "2026-11-29")!).isEmpty)
    #expect(try store.noteCount(until: CalendarDate(iso: "2026-11-28")!) == 1)
    try store.deleteNote(id: id)
    #expect(throws: StoreError.noteNotFound(id: id)) { try store.deleteNote(id: id) }
  }

  /// jrnl's default `%r` headers give times like `02:30:00 PM`: stored as that text, and read
  /// back (a time the store could not read back would make every later read throw).
  @Test func twelveHourTimesReadBackExactlyAndMatchOnlyTheSameText() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let day = try #require(CalendarDate(iso: "2026-01-05"))
    let times = ["09:00:00 AM", "02:30:00 PM", "12:15 pm", "9:05 am"].compactMap(JournalTime.init(text:))
    try #require(times.count == 4)
    let notes = times.map {
      Note(date: day, time: $0, title: "t", text: "body", source: .jrnl, createdAt: Fixtures.date(1))
    }
    try store.addNotes(notes)
    let stored = try store.notes()
    #expect(stored.map(\.time?.text) == ["09:00:00 AM", "02:30:00 PM", "12:15 pm", "9:05 am"])
    #expect(stored.map(\.time?.hour) == [9, 14, 12, 9])
    #expect(
      try store.database.queryFirst("SELECT note_time FROM notes WHERE id = 2") { $0.text(0) }
        == "02:30:00 PM")

    // Importing the same journal entries again skips them; the same moment on the other clock
    // (`14:30:00`) is a different text, so a different note.
    let counts = try store.importLog { writer in
      for note in notes { try writer.add(journalNote: note) }
      var other = notes[1]
      other.time = JournalTime(hour: 14, minute: 30, second: 0)
      try writer.add(journalNote: other)
    }
    #expect(counts.notes == 1 && counts.skippedNotes == 4)
    #expect(try store.notes().last?.time?.text == "14:30:00")
  }

  @Test func manyNotesAreStoredInOneTransactionOrNotAtAll() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let notes = (0..<1000).map {
      Note(date: CalendarDate(iso: "2026-11-28")!, text: "note \($0)", createdAt: Fixtures.date(0))
    }
    var reported: [Int] = []
    #expect(try store.addNotes(notes) { reported.append($0) } == 1000)
    #expect(reported.last == 1000)
    #expect(try store.noteCount() == 1000)
    // A failing note (a source the schema refuses) rolls every one of them back.
    try store.database.execute("DROP TRIGGER notes_search_insert")
    try store.database.execute(
      "CREATE TRIGGER fail AFTER INSERT ON notes WHEN new.text = 'bad' BEGIN SELECT raise(ABORT, 'no'); END")
    var batch = Array(notes.prefix(10))
    batch.append(Note(date: CalendarDate(iso: "2026-11-28")!, text: "bad", createdAt: Fixtures.date(0)))
    #expect(throws: StoreError.self) { try store.addNotes(batch) }
    #expect(try store.noteCount() == 1000)
  }

  @Test func importingWhatWasReadGivesTheSameLogAndSkipsDuplicates() throws {
    let folder = try TemporaryFolder()
    let source = try LogStore(path: folder.file("a.sqlite3"))
    func entry(_ coachee: String, relatedTo related: Int64? = nil) -> Entry {
      var entry = Fixtures.importedEntry(coachee: coachee)
      for index in entry.followUps.indices { entry.followUps[index].evidence.relatedEntryID = nil }
      entry.followUps[0].evidence.relatedEntryID = related
      return entry
    }
    let first = try source.createEntry(entry("Li Wei"))
    try source.createEntry(entry("Ana", relatedTo: first))
    try source.addNote(
      Note(date: CalendarDate(iso: "2026-11-30")!, time: JournalTime(hour: 8, minute: 0),
        title: "t", text: "body", source: .jrnl, createdAt: Fixtures.date(3)))
    // A gap in the ids (3), and a link to the deleted entry: the import numbers entries afresh
    // and drops the dangling link.
    let gone = try source.createEntry(entry("gone"))
    try source.createEntry(entry("Zoe", relatedTo: gone))
    try source.deleteEntry(id: gone)

    var entries: [Entry] = []
    try source.forEachEntry { entries.append($0) }
    let notes = try source.notes()
    #expect(entries.map(\.coachee) == ["Li Wei", "Ana", "Zoe"])

    let target = try LogStore(path: folder.file("b.sqlite3"))
    let counts = try target.importLog(entries: entries, notes: notes)
    #expect(counts.entries == 3 && counts.notes == 1)
    var copied: [Entry] = []
    try target.forEachEntry { copied.append($0) }
    #expect(copied.map(\.id) == [1, 2, 3])
    // Evidence follows the entries it points at to their new ids; a link to an entry that is
    // not in the import (3 was deleted) is dropped.
    #expect(entries.map(\.id) == [1, 2, 4])
    let newIDs = Dictionary(uniqueKeysWithValues: zip(entries.map(\.id), copied.map(\.id)))
    for (original, copy) in zip(entries, copied) {
      var expected = original
      expected.id = copy.id
      for index in expected.followUps.indices {
        expected.followUps[index].evidence.relatedEntryID =
          expected.followUps[index].evidence.relatedEntryID.flatMap { newIDs[$0] }
      }
      #expect(copy == expected)
    }
    #expect(copied[1].followUps[0].evidence.relatedEntryID == copied[0].id)
    #expect(try target.notes().map { $0.text } == ["body"])

    let again = try target.importLog(entries: entries, notes: notes)
    #expect(again.entries == 0 && again.skippedEntries == 3 && again.skippedNotes == 1)
    #expect(try target.entryCount() == 3)
  }
}

@Suite("Migration 1 to 2")
struct MigrationTwoTests {
  /// A file exactly as the first release left it, with an entry in it.
  private func makeVersionOneFile(at path: String) throws {
    let db = try Database(path: path)
    try db.transaction {
      try Schema.migrations[0].apply(db)
      try db.execute("PRAGMA user_version = 1")
    }
    try db.executeScript(
      """
      INSERT INTO entries (id, kind, status, coachee, session_date, source, created_at, updated_at)
        VALUES (7, 'best', 'complete', 'Ravi', '2026-10-01', 'conversation', 1.5, 2.5);
      INSERT INTO answers (id, entry_id, step, text, updated_at) VALUES
        (1, 7, 'q1', 'I listened to the whole team.', 2.5),
        (2, 7, 'goal', '会議で合意する', 2.5);
      INSERT INTO follow_ups (id, entry_id, rule_id, step, ask, why, evidence, response, reply,
        offered_at) VALUES (1, 7, 'r', 'q1', 'Ask?', 'Why.', '{"summary":"s","matches":[],"counts":{}}',
        'answered', '我觉得很好', 2.0);
      """)
  }

  @Test func aVersionOneFileMigratesWithItsDataAndIndexes() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    try makeVersionOneFile(at: path)
    let store = try LogStore(path: path)
    #expect(store.schemaVersion == LogStore.supportedSchemaVersion)
    let entry = try #require(try store.entry(id: 7))
    #expect(entry.answers[1] == "I listened to the whole team.")
    #expect(entry.grow.goal == "会議で合意する")
    #expect(entry.followUps.first?.reply == "我觉得很好")
    #expect(try store.search(SearchQuery("listened")).map(\.entryID) == [7])
    // Existing CJK text was copied into the new trigram index.
    #expect(try store.search(SearchQuery("合意")).map(\.step) == [.grow(.goal)])
    #expect(try store.search(SearchQuery("觉得很好")).map(\.origin) == [.reply])
    let noteID = try store.addNote(
      Note(date: CalendarDate(iso: "2026-10-02")!, text: "listened again", createdAt: Date()))
    #expect(try store.search(SearchQuery("listened")).count == 2)
    #expect(try store.note(id: noteID)?.text == "listened again")
  }
}
