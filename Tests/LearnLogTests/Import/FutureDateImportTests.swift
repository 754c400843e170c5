import Foundation
import Testing

@testable import LearnLog

/// Dates after today in imports: a reflection is about a session that has happened, so a
/// document dating its session later is refused; a jrnl journal may hold later entries (jrnl
/// allows them), which are kept and counted in one warning.
@Suite("Imported dates after today")
struct FutureDateImportTests {
  static let today = CalendarDate(iso: "2026-12-04")!

  static func reflection(title: String, dateLine: String? = nil) throws -> ImportedReflection {
    let lines = [title] + (dateLine.map { [$0] } ?? []) + ["", "Q1:", "zqv7kanswer"]
    return try ReflectionDocument.parse(lines.joined(separator: "\n"))
  }

  @Test func aDateLineInTheFutureIsRefusedNamingItsLine() throws {
    let reflection = try Self.reflection(title: "# Best session", dateLine: "Date: 2026-12-05")
    #expect(reflection.sessionDateLine == 2)
    #expect(throws: ImportError.futureSessionDate(CalendarDate(iso: "2026-12-05")!, line: 2)) {
      try reflection.checkSessionDate(today: Self.today)
    }
  }

  @Test func aTitleDateInTheFutureIsRefusedNamingTheTitleLine() throws {
    let reflection = try Self.reflection(title: "# Best session with Ravi, 2027-05-05")
    #expect(reflection.sessionDateLine == 1)
    #expect(throws: ImportError.futureSessionDate(CalendarDate(iso: "2027-05-05")!, line: 1)) {
      try reflection.checkSessionDate(today: Self.today)
    }
    // A Date: line wins over the title, and so does its line.
    let dated = try Self.reflection(
      title: "# Best session, 2026-11-01", dateLine: "Date: 2027-05-05")
    #expect(dated.sessionDateLine == 2)
    #expect(throws: ImportError.futureSessionDate(CalendarDate(iso: "2027-05-05")!, line: 2)) {
      try dated.checkSessionDate(today: Self.today)
    }
  }

  @Test func todayEarlierDatesNoDateAndAGivenDateAreAccepted() throws {
    for dateLine in ["Date: 2026-12-04", "Date: 2026-11-28", nil] {
      let reflection = try Self.reflection(title: "# Best session", dateLine: dateLine)
      try reflection.checkSessionDate(today: Self.today)
    }
    // --date replaces the document's date, so the file need not be corrected.
    let future = try Self.reflection(title: "# Best session", dateLine: "Date: 2027-05-05")
    try future.checkSessionDate(
      overrides: ImportOverrides(sessionDate: CalendarDate(iso: "2026-12-01")!), today: Self.today)
  }

  @Test func theMessageSaysWhatToDoAndNeverQuotesTheText() {
    let error = ImportError.futureSessionDate(CalendarDate(iso: "2027-05-05")!, line: 2)
    #expect(
      error.message
        == "line 2: the session date 2027-05-05 is in the future; correct it, "
        + "or give the session's date with --date YYYY-MM-DD")
    #expect(error.line == 2)
    #expect(
      ImportError.futureSessionDate(CalendarDate(iso: "2027-05-05")!, line: nil).message
        .hasPrefix("the session date 2027-05-05 is in the future"))
  }

  static let journal = """
    [2026-12-03 09:00] zqv7ktitle past
    zqv7kbody

    [2026-12-04 09:00] zqv7ktitle today

    [2026-12-05 09:00] zqv7ktitle tomorrow
    zqv7kbody

    [2027-05-05 09:00] zqv7ktitle later

    """

  static func read(_ text: String, today: CalendarDate?) throws -> JrnlJournal {
    var reader = JrnlReader(today: today)
    var entries: [JournalEntry] = []
    let bytes = Array(text.utf8)
    // In two pieces, cut inside the first future header: the count must not depend on chunks.
    let cut = bytes.count / 2
    for range in [0..<cut, cut..<bytes.count] {
      try bytes[range].withUnsafeBufferPointer { try reader.feed($0) { entries.append($0) } }
    }
    let warnings = try reader.finish { entries.append($0) }
    return JrnlJournal(entries: entries, warnings: warnings)
  }

  @Test func journalEntriesAfterTodayAreKeptAndCountedInOneWarning() throws {
    let journal = try Self.read(Self.journal, today: Self.today)
    #expect(journal.entries.count == 4)
    #expect(
      journal.warnings == [
        "2 entries are dated after today (first at line 6); they are kept with those dates, "
          + "as jrnl allows"
      ])
    #expect(!journal.warnings.joined().contains("zqv7k"))

    let one = try Self.read(Self.journal, today: CalendarDate(iso: "2026-12-05")!)
    #expect(
      one.warnings == [
        "1 entry is dated after today (line 9); it is kept with that date, as jrnl allows"
      ])
    #expect(try Self.read(Self.journal, today: CalendarDate(iso: "2027-05-05")!).warnings.isEmpty)
    // Without a today (parsing alone), nothing is said.
    #expect(try Self.read(Self.journal, today: nil).warnings.isEmpty)
    #expect(try JrnlJournal.parse(Self.journal).warnings.isEmpty)
  }
}
