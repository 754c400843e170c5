import Testing

@testable import LearnLog

@Suite("jrnl journal import")
struct JrnlJournalTests {
  static let journal = """
    [2026-11-02 09:00] Prepared the session with Ravi.
    Linked the objective to the renewal.

    [2026-11-03 17:45] Coaching session *
    He found two options himself.

    I stayed quiet for a full minute.
    2026-11-28 is the renewal date.
    [2026-12-01 10:00] was the first draft deadline, written mid-paragraph.

    [2026-11-04 08:15:30] 与李明的辅导
    他提出了三个方案。🙂

    [2026-11-05 12:00]
    [2026-11-06 07:00] Title only, no body.
    """

  @Test func readsEntriesExactly() throws {
    let parsed = try JrnlJournal.parse(Self.journal)
    #expect(parsed.entries.count == 4)
    let first = parsed.entries[0]
    #expect(first.date == CalendarDate(iso: "2026-11-02"))
    #expect(first.time == JournalTime(hour: 9, minute: 0))
    #expect(first.title == "Prepared the session with Ravi.")
    #expect(first.body == "Linked the objective to the renewal.")

    let second = parsed.entries[1]
    #expect(second.title == "Coaching session *")
    #expect(second.isStarred)
    #expect(
      second.body
        == "He found two options himself.\n\nI stayed quiet for a full minute.\n"
        + "2026-11-28 is the renewal date.\n"
        + "[2026-12-01 10:00] was the first draft deadline, written mid-paragraph.")

    let third = parsed.entries[2]
    #expect(third.time == JournalTime(hour: 8, minute: 15, second: 30))
    #expect(third.title == "与李明的辅导")
    #expect(third.body == "他提出了三个方案。🙂")

    // A header with an empty title, then a header right under it: the second is text.
    let fourth = parsed.entries[3]
    #expect(fourth.title == "")
    #expect(fourth.body == "[2026-11-06 07:00] Title only, no body.")
    #expect(
      parsed.warnings == [
        "kept 2 date-looking lines inside the entry above, because no blank line comes before "
          + "them (first at line 9)"
      ])
  }

  @Test func legacyFormatWithoutBrackets() throws {
    let text = "2012-03-29 09:00 Called in sick.\nCleaned the house.\n\n2012-03-30 18:00 Back.\n"
    let parsed = try JrnlJournal.parse(text)
    #expect(parsed.entries.map(\.title) == ["Called in sick.", "Back."])
    #expect(parsed.entries[0].body == "Cleaned the house.")
    #expect(parsed.entries[1].body == "")
  }

  @Test func styleIsSetByTheFirstHeader() throws {
    let text = "[2026-01-01 09:00] A\n\n2026-01-02 10:00 not an entry here\n"
    let parsed = try JrnlJournal.parse(text)
    #expect(parsed.entries.count == 1)
    #expect(parsed.entries[0].body == "\n2026-01-02 10:00 not an entry here")
  }

  @Test func blankLinesInsideBodyAndTrailingBlankLinesDropped() throws {
    let text = "[2026-01-01 09:00] A\n\nfirst\n\n\n   \nsecond   \n\n\n\n[2026-01-02 09:00] B\n\n\n"
    let parsed = try JrnlJournal.parse(text)
    #expect(parsed.entries[0].body == "\nfirst\n\n\n   \nsecond   ")
    #expect(parsed.entries[1].body == "")
  }

  @Test func impossibleDatesStayText() throws {
    let text =
      "[2026-01-01 09:00] A\n\n[2026-02-30 09:00] not a day\n\n[2026-01-03 25:00] nor a time"
    let parsed = try JrnlJournal.parse(text)
    #expect(parsed.entries.count == 1)
    #expect(
      parsed.entries[0].body == "\n[2026-02-30 09:00] not a day\n\n[2026-01-03 25:00] nor a time")
    #expect(parsed.warnings.contains { $0.hasPrefix("kept 2 lines shaped like an entry start") })
  }

  @Test func textBeforeTheFirstEntryIsReported() throws {
    let parsed = try JrnlJournal.parse("My journal\nexported today\n\n[2026-01-01 09:00] A\n")
    #expect(parsed.entries.count == 1)
    #expect(parsed.warnings == ["left out 2 lines before the first entry (first at line 1)"])
  }

  @Test func crlfBomAndNulAreCleaned() throws {
    let bytes: [UInt8] =
      [0xEF, 0xBB, 0xBF] + Array("[2026-01-01 09:00] A\r\nbo".utf8) + [0] + Array("dy\r\n".utf8)
    let parsed = try JrnlJournal.parse(bytes)
    #expect(
      parsed.entries == [
        JournalEntry(
          date: CalendarDate(year: 2026, month: 1, day: 1)!, time: JournalTime(hour: 9, minute: 0)!,
          title: "A", body: "body")
      ])
    #expect(parsed.warnings == ["removed 1 NUL byte (first at line 2)"])
  }

  @Test func errors() {
    #expect(throws: ImportError.empty) { try JrnlJournal.parse("") }
    #expect(throws: ImportError.empty) { try JrnlJournal.parse("\n  \n") }
    #expect(throws: ImportError.noJournalEntry(lineCount: 2)) {
      try JrnlJournal.parse("just text\n2026-01-01 is a date\n")
    }
  }

  @Test func roundTrip() throws {
    let parsed = try JrnlJournal.parse(Self.journal)
    let rendered = JrnlWriter.render(parsed.entries)
    let again = try JrnlJournal.parse(rendered)
    #expect(again.entries == parsed.entries)
    #expect(parsed.entries.allSatisfy(JrnlWriter.canRoundTrip))
  }

  @Test func writerMatchesJrnlLayout() throws {
    let day = try #require(CalendarDate(iso: "2026-11-28"))
    let nine = try #require(JournalTime(hour: 9, minute: 5))
    let text = JrnlWriter.render([
      JournalEntry(date: day, time: nine, title: "One", body: "Body\n\nmore\n\n"),
      JournalEntry(date: day, time: nine, title: "", body: ""),
      JournalEntry(date: day, time: nine, title: "Two\nlines", body: "x"),
    ])
    #expect(
      text == "[2026-11-28 09:05] One\nBody\n\nmore\n\n[2026-11-28 09:05] \n\n"
        + "[2026-11-28 09:05] Two lines\nx\n")
  }

  @Test func canRoundTripFlagsAmbiguousBodies() throws {
    let day = try #require(CalendarDate(iso: "2026-11-28"))
    let nine = try #require(JournalTime(hour: 9, minute: 0))
    #expect(
      JrnlWriter.canRoundTrip(
        JournalEntry(date: day, time: nine, title: "a", body: "x\n[2026-01-01 10:00] y")))
    #expect(
      !JrnlWriter.canRoundTrip(
        JournalEntry(date: day, time: nine, title: "a", body: "x\n\n[2026-01-01 10:00] y")))
    #expect(
      !JrnlWriter.canRoundTrip(JournalEntry(date: day, time: nine, title: "a", body: "x\n\n")))
    #expect(!JrnlWriter.canRoundTrip(JournalEntry(date: day, time: nine, title: "a\nb", body: "")))
    #expect(
      !JrnlWriter.canRoundTrip(JournalEntry(date: day, time: nine, title: "a", body: "x\r\ny")))
  }

  /// A generated journal of 100,000 entries (about 30 MB): parsed whole, and round-tripped.
  @Test func hundredThousandEntries() throws {
    let count = 100_000
    let start = CalendarDate(year: 2020, month: 1, day: 1)!.dayNumber
    let filler = String(repeating: "I asked an open question and waited. ", count: 6)
    var entries: [JournalEntry] = []
    entries.reserveCapacity(count)
    for index in 0..<count {
      let body =
        index % 10 == 0
        ? "第\(index)条: 他自己找到了答案。\n\n\(filler)\n2026-11-28 is not a header."
        : "\(filler)\nLine two of entry \(index)."
      entries.append(
        JournalEntry(
          date: CalendarDate(dayNumber: start + index / 24),
          time: JournalTime(hour: index % 24, minute: index % 60)!,
          title: "Entry \(index) with Ravi.", body: body))
    }
    let text = JrnlWriter.render(entries)
    #expect(text.utf8.count > 25_000_000)
    let parsed = try JrnlJournal.parse(Array(text.utf8))
    #expect(parsed.entries.count == count)
    #expect(parsed.warnings.isEmpty)
    #expect(parsed.entries == entries)
  }
}
