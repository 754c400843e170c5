import LearnLog
import LearnLogStore
import Testing

@Suite("Imports are all or nothing")
struct ImportTests {
  @Test func anImportedEntryIsStoredWhole() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    var entry = Fixtures.importedEntry()
    entry.followUps[0].response = .skipped
    entry.followUps[1].isFromImport = true
    entry.followUps[1].reply = "I said we, meaning I."
    entry.followUps[1].response = .answered
    entry.id = try store.saveImported(entry)
    #expect(try store.entry(id: entry.id) == entry)
  }

  @Test func anImportThatFailsHalfwayLeavesNothingBehind() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    var entry = Fixtures.importedEntry()
    // Everything but the last follow-up is written before the duplicate rule id is refused.
    entry.followUps.append(Fixtures.followUp("feeling-missing", at: 40))
    #expect(throws: StoreError.self) { try store.saveImported(entry) }
    for table in ["entries", "answers", "skipped", "turns", "follow_ups", "search"] {
      let count = try store.database.queryFirst("SELECT count(*) FROM \(table)") { $0.int(0) }
      #expect(count == 0, "\(table) kept rows from a failed import")
    }
    // The store is still usable afterwards.
    entry.followUps.removeLast()
    #expect(try store.saveImported(entry) > 0)
  }

  @Test func anIdenticalEntryIsNotStoredTwiceEvenFromTwoConnections() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    let first = try LogStore(path: path)
    let second = try LogStore(path: path)
    let entry = Fixtures.importedEntry()
    // Both checked before either stored: the check inside the write transaction decides.
    #expect(try first.identicalEntry(to: entry) == nil && second.identicalEntry(to: entry) == nil)
    let stored = try first.saveImportedUnlessStored(entry)
    let again = try second.saveImportedUnlessStored(entry)
    #expect(stored.isNew && !again.isNew && again.id == stored.id)
    #expect(try first.entryCount() == 1)
  }
}

@Suite("A recovery file completes its draft")
struct DraftCompletionTests {
  /// The draft as the log kept it when saving stopped: the first two turns, no answers yet.
  static func logWithDraft(_ store: LogStore) throws -> Int64 {
    var draft = Fixtures.importedEntry()
    draft.status = .draft
    draft.answers = [:]
    draft.followUps = []
    draft.transcript = Array(draft.transcript.prefix(2))
    _ = try store.createEntry(
      Entry(coachee: "Other", sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(100)))
    return try store.createEntry(draft)
  }

  @Test func theFullerEntryReplacesTheDraftUnderItsId() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try Self.logWithDraft(store)
    var recovered = Fixtures.importedEntry()
    recovered.id = 99  // its id in the file means nothing here
    let counts = try store.importLog(entries: [recovered], notes: [])
    #expect(counts.completedDrafts == [id] && counts.entries == 0 && counts.skippedEntries == 0)
    let stored = try #require(try store.entry(id: id))
    #expect(stored.status == .complete && stored.answers == recovered.answers)
    #expect(stored.transcript.count == 3 && stored.followUps.count == 2)
    #expect(try store.entryCount() == 2)
    // Its answers are found by search under the kept id.
    let indexed = try store.database.queryFirst(
      "SELECT count(*) FROM search WHERE entry_id = ?", [.integer(id)]) { $0.int(0) }
    #expect(indexed == 2 + 3)  // two answers and the three GROW stages answered
  }

  @Test func anOlderCopyWithFewerTurnsDoesNotReplaceIt() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try Self.logWithDraft(store)
    var older = Fixtures.importedEntry()
    older.status = .draft
    older.transcript = Array(older.transcript.prefix(1))
    let counts = try store.importLog(entries: [older], notes: [])
    #expect(counts.completedDrafts.isEmpty && counts.skippedEntries == 1)
    #expect(try store.entry(id: id)?.transcript.count == 2)
  }
}
