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
