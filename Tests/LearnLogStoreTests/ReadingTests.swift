import LearnLog
import LearnLogStore
import Testing

@Suite("Reading the log")
struct ReadingTests {
  private func day(_ day: Int) throws -> CalendarDate {
    try #require(CalendarDate(year: 2026, month: 11, day: day))
  }

  @Test func entriesAndSummariesAreNewestSessionFirst() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let early = try store.createEntry(
      Entry(
        kind: .best, status: .complete, coachee: "A", sessionDate: try day(3),
        answers: [1: "a", 2: "b"], createdAt: Fixtures.date(0)))
    let late = try store.createEntry(
      Entry(
        coachee: "B", sessionDate: try day(20), grow: GrowRecall(goal: "g"),
        createdAt: Fixtures.date(1)))
    let sameDayLater = try store.createEntry(
      Entry(coachee: "C", sessionDate: try day(20), createdAt: Fixtures.date(2)))

    #expect(try store.entries().map(\.id) == [sameDayLater, late, early])
    #expect(try store.entries(limit: 2).map(\.id) == [sameDayLater, late])
    #expect(try store.entries(status: .complete).map(\.id) == [early])

    let summaries = try store.summaries()
    #expect(summaries.map(\.id) == [sameDayLater, late, early])
    #expect(
      summaries.last
        == EntrySummary(
          id: early, kind: .best, status: .complete, coachee: "A", sessionDate: try day(3),
          answeredCount: 2))
    // The GROW goal of `late` is not one of the sixteen questions.
    #expect(summaries.map(\.answeredCount) == [0, 0, 2])
    #expect(try store.summaries(limit: 1, status: .draft).map(\.id) == [sameDayLater])
    #expect(try store.summaries(limit: 0).isEmpty)
  }

  @Test func historyHoldsCompleteEntriesWithTheirAnswersAndFiredRules() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    var older = Fixtures.importedEntry()
    older.sessionDate = try day(1)
    let olderID = try store.createEntry(older)
    var newer = Fixtures.importedEntry()
    newer.sessionDate = try day(15)
    newer.followUps = [Fixtures.followUp("vague-goal")]
    let newerID = try store.createEntry(newer)
    _ = try store.createEntry(Entry(sessionDate: try day(28), createdAt: Fixtures.date(0)))

    let history = try store.history(limit: 10)
    #expect(history.entries.map(\.id) == [newerID, olderID])
    let first = try #require(history.entries.first)
    #expect(first.sessionDate == (try day(15)))
    #expect(first.grow == newer.grow)
    #expect(first.answers == newer.answers)
    #expect(first.firedRules == ["vague-goal"])
    #expect(history.entries.last?.firedRules == ["feeling-missing", "we-not-i"])

    #expect(try store.history(limit: 10, excluding: newerID).entries.map(\.id) == [olderID])
    #expect(try store.history(limit: 1).entries.map(\.id) == [newerID])
  }
}
