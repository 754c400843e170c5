import LearnLog
import Testing

@testable import LearnLogStore

@Suite("Tidying the word index")
struct SearchTidyTests {
  private let folder: TemporaryFolder
  private let store: LogStore

  init() throws {
    folder = try TemporaryFolder()
    store = try LogStore(path: folder.file("log.sqlite3"))
  }

  /// Each entry is its own transaction, so each adds a segment until FTS5 merges some.
  private func addEntries(_ count: Int) throws {
    for day in 1...count {
      _ = try store.createEntry(
        Entry(
          kind: .best, status: .complete, coachee: "Ravi",
          sessionDate: CalendarDate(year: 2026, month: 11, day: day)!,
          answers: [7: "Feedback on day \(day), sooner than last time."],
          createdAt: Fixtures.date(0)))
    }
  }

  @Test func mergesTheIndexIntoOneSegmentOnlyPastTheLimit() throws {
    #expect(try store.searchSegmentCount() == 0)
    try addEntries(3)
    let pieces = try store.searchSegmentCount()
    #expect(pieces == 3)
    #expect(try !store.tidySearchIndex(segmentLimit: pieces))
    #expect(try store.searchSegmentCount() == pieces)
    #expect(try store.tidySearchIndex(segmentLimit: 1))
    #expect(try store.searchSegmentCount() == 1)
    let hits = try store.search(SearchQuery("feedback"))
    #expect(hits.count == 3)
    #expect(hits.allSatisfy { $0.snippet.pieces.contains { $0.isMatch } })
  }
}

@Suite("Importing many notes")
struct NoteImportSegmentTests {
  /// FTS5 starts a new segment whenever a rowid is lower than the last one it wrote; with notes
  /// at `-id` (schema 5) each of these 600 notes was a segment of its own, and merging them was
  /// most of a journal import's time.
  @Test func manyNotesInOneCallMakeOneSegmentPerStatement() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let notes = (1...600).map { number in
      Note(
        date: CalendarDate(year: 2026, month: 1 + number % 12, day: 1 + number % 28)!,
        title: "Note \(number)", text: "Delegation practice number \(number), word\(number).",
        source: .jrnl, createdAt: Fixtures.date(0))
    }
    #expect(try store.addNotes(notes) == 600)
    let statements = (600 + NoteBatch.count - 1) / NoteBatch.count
    #expect(try store.searchSegmentCount() <= statements)
    #expect(try store.search(SearchQuery("word600")).map(\.noteID) == [600])
  }

  /// Past 2,000 matches of a kind only the newest are ranked, but never fewer than asked for.
  @Test func aLimitAboveTheCandidateCutReturnsThatManyHits() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let count = SearchSQL.candidateLimit + 100
    let notes = (1...count).map { number in
      Note(
        date: CalendarDate(year: 2026, month: 1, day: 1 + number % 28)!,
        text: "Silence again, \(number).", source: .jrnl, createdAt: Fixtures.date(0))
    }
    try store.addNotes(notes)
    #expect(try store.search(SearchQuery("silence"), filter: SearchFilter(limit: count)).count == count)
    let dated = SearchFilter(since: CalendarDate(iso: "2026-01-01"), limit: count + 5)
    #expect(try store.search(SearchQuery("silence"), filter: dated).count == count)
    #expect(try store.search(SearchQuery("silence")).count == 20)
  }
}
