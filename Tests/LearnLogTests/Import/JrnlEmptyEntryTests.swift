import Testing

@testable import LearnLog

/// A jrnl header with no title and nothing under it holds nothing to keep: it is left out with a
/// warning naming its line, as `learnlog note ""` is refused.
@Suite("jrnl entries with nothing in them")
struct JrnlEmptyEntryTests {
  @Test func anEmptyEntryIsLeftOutAndNamedByLine() throws {
    let journal = """
      [2026-01-05 09:00] Kept
      body

      [2026-01-05 14:30]

      [2026-01-06 10:00]
      a body without a title is kept

      [2026-01-07 10:00]\u{20}\u{20}

      """
    let read = try JrnlJournal.parse(Array(journal.utf8))
    #expect(read.entries.map(\.body) == ["body", "a body without a title is kept"])
    #expect(read.warnings == ["left out 2 entries with no title and no text (first at line 4)"])
    // The same, read in chunks of every size.
    for size in [1, 2, 5, 17] {
      #expect(try JrnlReaderTests.read(Array(journal.utf8), chunks: [size]) == read, "chunks of \(size)")
    }
  }

  @Test func aJournalOfEmptyEntriesOnlyIsReadWithItsWarning() throws {
    let read = try JrnlJournal.parse(Array("[2026-01-05 14:30]\n".utf8))
    #expect(read.entries.isEmpty)
    #expect(read.warnings == ["left out 1 entry with no title and no text (line 1)"])
  }
}
