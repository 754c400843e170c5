import LearnLog
import LearnLogStore
import Testing

@Suite("Full-text index")
struct SearchIndexTests {
  private func entryIDs(matching query: String, in store: LogStore) throws -> [Int64] {
    try store.database.query(
      "SELECT entry_id FROM search WHERE search MATCH ? ORDER BY rowid", [.text(query)]
    ) { $0.int64(0) }
  }

  private func checkIntegrity(of store: LogStore) throws {
    try store.database.execute("INSERT INTO search (search) VALUES ('integrity-check')")
  }

  @Test func answersAndRepliesAreIndexedAndLeaveWithTheirEntry() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.createEntry(
      Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(0)))
    let keep = try store.createEntry(
      Entry(
        sessionDate: Fixtures.sessionDate, answers: [1: "zebrafish elsewhere"],
        createdAt: Fixtures.date(0)))

    try store.saveAnswer(
      entryID: id, step: .question(1), text: "We discussed zebrafish.",
      at: Fixtures.date(1))
    #expect(try entryIDs(matching: "zebrafish", in: store) == [keep, id])

    try store.recordFollowUp(entryID: id, Fixtures.followUp("r"))
    try store.updateFollowUp(
      entryID: id, ruleID: "r", response: .answered, reply: "Axolotl, really")
    #expect(try entryIDs(matching: "axolotl", in: store) == [id])

    // An edited answer replaces its old words in the index.
    try store.saveAnswer(
      entryID: id, step: .question(1), text: "Only marmots now.",
      at: Fixtures.date(2))
    #expect(try entryIDs(matching: "zebrafish", in: store) == [keep])
    #expect(try entryIDs(matching: "marmots", in: store) == [id])
    try checkIntegrity(of: store)

    try store.deleteEntry(id: id)
    #expect(try entryIDs(matching: "marmots", in: store).isEmpty)
    #expect(try entryIDs(matching: "axolotl", in: store).isEmpty)
    #expect(try entryIDs(matching: "zebrafish", in: store) == [keep])
    #expect(try store.entry(id: id) == nil)
    try checkIntegrity(of: store)
  }

  @Test func clearingAnAnswerOrAReplyRemovesItFromTheIndex() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.createEntry(Fixtures.importedEntry())
    #expect(try entryIDs(matching: "renewal", in: store) == [id, id])
    try store.saveAnswer(entryID: id, step: .grow(.goal), text: nil, at: Fixtures.date(40))
    try store.saveAnswer(entryID: id, step: .question(9), text: nil, at: Fixtures.date(40))
    #expect(try entryIDs(matching: "renewal", in: store).isEmpty)

    try store.recordFollowUp(entryID: id, Fixtures.followUp("x"))
    try store.updateFollowUp(entryID: id, ruleID: "x", response: .answered, reply: "pangolin")
    try store.updateFollowUp(entryID: id, ruleID: "x", response: .dismissed, reply: nil)
    #expect(try entryIDs(matching: "pangolin", in: store).isEmpty)
    try checkIntegrity(of: store)
  }
}
