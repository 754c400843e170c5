import Testing

@testable import LearnLog

/// jrnl's default configuration (`"timeformat": "%F %r"`) writes 12-hour headers with seconds:
/// `[2026-01-05 02:30:00 PM] Title`.
@Suite("jrnl journals on the 12-hour clock")
struct JrnlTwelveHourTests {
  static let journal = """
    [2026-01-05 09:00:00 AM] Default jrnl format
    Morning body

    [2026-01-05 02:30:00 PM] Afternoon
    body
    [2026-01-05 03:00:00 PM] glued under the body, so text

    [2026-01-06 12:00:00 AM] Midnight *

    [2026-01-06 12:15 pm] Lunch, written by hand
    lowercase, no seconds

    [2026-01-07 9:05 am] No leading zero
    """

  @Test func readsTwelveHourHeadersKeepingTheTimeAsWritten() throws {
    let parsed = try JrnlJournal.parse(Self.journal)
    try #require(parsed.entries.count == 5)
    let morning = parsed.entries[0]
    #expect(morning.date == CalendarDate(iso: "2026-01-05"))
    #expect(morning.title == "Default jrnl format" && morning.body == "Morning body")
    #expect(morning.time.text == "09:00:00 AM")
    #expect(morning.time.hour == 9 && morning.time.minute == 0 && morning.time.second == 0)

    let afternoon = parsed.entries[1]
    #expect(afternoon.title == "Afternoon")
    #expect(afternoon.body == "body\n[2026-01-05 03:00:00 PM] glued under the body, so text")
    #expect(afternoon.time.text == "02:30:00 PM" && afternoon.time.hour == 14)

    #expect(parsed.entries[2].time.text == "12:00:00 AM" && parsed.entries[2].time.hour == 0)
    #expect(parsed.entries[2].isStarred && parsed.entries[2].body == "")
    #expect(parsed.entries[3].time.text == "12:15 pm" && parsed.entries[3].time.hour == 12)
    #expect(parsed.entries[3].time.second == nil)
    #expect(parsed.entries[3].body == "lowercase, no seconds")
    #expect(parsed.entries[4].time.text == "9:05 am" && parsed.entries[4].time.hour == 9)
    #expect(parsed.entries[4].title == "No leading zero")
    #expect(
      parsed.warnings == [
        "kept 1 date-looking line inside the entry above, because no blank line comes before "
          + "it (first at line 6)"
      ])
  }

  @Test func aJournalMixingBothClocksGivesAnEntryPerHeader() throws {
    let text = """
      [2026-01-04 18:00] Evening 24h entry
      body

      [2026-01-05 09:00:00 AM] Default jrnl format
      Morning body
      """
    let parsed = try JrnlJournal.parse(text)
    #expect(parsed.entries.map(\.title) == ["Evening 24h entry", "Default jrnl format"])
    #expect(parsed.entries.map(\.body) == ["body", "Morning body"])
    #expect(parsed.entries.map(\.time.text) == ["18:00", "09:00:00 AM"])
    #expect(parsed.warnings.isEmpty)
  }

  @Test func afternoonTimesSortAfterMorningOnesWhicheverClock() throws {
    let half = try #require(JournalTime(text: "02:30 PM"))
    #expect(half.hour == 14 && half.minute == 30)
    #expect(try #require(JournalTime(text: "14:00")) < half)
    #expect(half < (try #require(JournalTime(text: "18:00"))))
    #expect(
      try #require(JournalTime(text: "11:59:59 AM")) < (try #require(JournalTime(text: "12:00"))))
    #expect(
      try #require(JournalTime(text: "12:00 AM")) < (try #require(JournalTime(text: "00:01"))))
    // The same moment written on each clock is two texts, so two different times.
    #expect(half != JournalTime(hour: 14, minute: 30))
  }

  @Test(arguments: [
    ("09:00 AM", 9, "09:00 AM"), ("9:00 AM", 9, "9:00 AM"), ("02:30:00 PM", 14, "02:30:00 PM"),
    ("12:00 AM", 0, "12:00 AM"), ("12:00 PM", 12, "12:00 PM"), ("11:59:59 pm", 23, "11:59:59 pm"),
    ("1:05 am", 1, "1:05 am"), ("09:05", 9, "09:05"), ("23:59:59", 23, "23:59:59"),
  ])
  func timeTextReadsBackExactly(text: String, hour: Int, written: String) throws {
    let time = try #require(JournalTime(text: text))
    #expect(time.hour == hour)
    #expect(time.text == written)
  }

  @Test(arguments: [
    "13:00 PM", "00:30 AM", "12:60 PM", "09:00:60 AM", "9:00", "09:00 Am", "09:00AM", "09:00  AM",
    "09:00 A.M.", "009:00 AM", "09:0 AM", "", "25:00", " 09:00 AM",
  ])
  func timeTextRefusesWhatIsNotATime(text: String) {
    #expect(JournalTime(text: text) == nil)
  }

  @Test func twelveHourTimesAreBuiltFromTheirParts() throws {
    let time = try #require(
      JournalTime(
        hour: 2, minute: 30, second: 0, meridiem: .pm,
        style: JournalTime.TwelveHourStyle(padsHour: false, isLowercase: true)))
    #expect(time.text == "2:30:00 pm" && time.hour == 14)
    #expect(JournalTime(hour: 0, minute: 30, meridiem: .am) == nil)
    #expect(JournalTime(hour: 13, minute: 0, meridiem: .pm) == nil)
    #expect(JournalTime(hour: 12, minute: 0, meridiem: .am)?.hour == 0)
  }

  @Test func impossibleAndUnreadableTwelveHourHeadersStayTextWithAWarning() throws {
    let text = """
      [2026-01-01 09:00 AM] Kept
      body

      [2026-01-02 13:00 PM] private title one

      [2026-01-03 00:30 AM] private title two

      [2026-01-04 9:00] private title three

      [2026-01-05 09:00 Am] private title four
      """
    let parsed = try JrnlJournal.parse(text)
    #expect(parsed.entries.count == 1)
    #expect(parsed.entries[0].body.hasSuffix("[2026-01-05 09:00 Am] private title four"))
    #expect(
      parsed.warnings == [
        "kept 4 lines shaped like an entry start as text (first at line 4: 13:00 PM is not a "
          + "time of day, since with AM or PM the hour runs from 1 to 12); correct their dates "
          + "or times to import them as entries"
      ])
    #expect(!parsed.warnings.contains { $0.contains("private") })
  }

  @Test(arguments: [
    (
      "[2026-01-02 00:30 AM] x",
      "00:30 AM is not a time of day, since with AM or PM the hour runs from 1 to 12"
    ),
    ("[2026-01-02 09:75 PM] x", "09:75 PM is not a time of day"),
    ("[2026-01-04 9:00] x", "9:00 is not a time like 09:00, 09:00:00 or 09:00:00 AM"),
    ("[2026-01-04 09.00 am] x", "09.00 am is not a time like 09:00, 09:00:00 or 09:00:00 AM"),
    ("[2026-02-30 09:00:00 AM] x", "2026-02-30 is not a date"),
    ("[2026-13-45 25:99] x", "2026-13-45 is not a date"),
    ("2026-01-03 25:00 x", "25:00 is not a time of day"),
  ])
  func eachUnreadableHeaderSaysWhy(line: String, reason: String) throws {
    // The first header sets the style; a line of the other style is never a header.
    let first = line.hasPrefix("[") ? "[2026-01-01 09:00] A" : "2026-01-01 09:00 A"
    let parsed = try JrnlJournal.parse(first + "\n\n" + line)
    #expect(parsed.warnings.count == 1)
    #expect(
      parsed.warnings.first?.contains("(line 3: \(reason)); correct its date or time") == true)
  }

  @Test func bracketedWordsAndOtherShapesAreNotMistakenForHeaders() throws {
    let text = """
      [2026-01-01 09:00] A

      [2026-01-02 budget review] notes
      [2026-01-02] a day only

      [2026-01-02 09:00 AM]glued title

      2026-01-03 09:00 PM review, in a bracketed journal
      """
    let parsed = try JrnlJournal.parse(text)
    #expect(parsed.entries.count == 1)
    #expect(parsed.warnings.isEmpty)
  }

  @Test func legacyHeadersStayOnTheTwentyFourHourClock() throws {
    // Without brackets a title may start with "AM" or "pm": the time is HH:MM[:SS] only.
    let parsed = try JrnlJournal.parse(
      "2012-03-29 09:00 PM review\nbody\n\n2012-03-30 18:00 Back.\n")
    #expect(parsed.entries.map(\.title) == ["PM review", "Back."])
    #expect(parsed.entries[0].time.text == "09:00")
  }

  @Test func aFileWhoseOnlyHeadersAreUnreadableSaysWhichLineAndWhy() throws {
    let error = try #require(throws: ImportError.self) {
      try JrnlJournal.parse("[2026-13-45 25:99] Bad date\nbody\n")
    }
    #expect(error == .unreadableJournalHeader(line: 1, reason: "2026-13-45 is not a date"))
    #expect(error.line == 1)
    #expect(
      error.message
        == "line 1: 2026-13-45 is not a date, and no other line starts a jrnl entry; correct it "
        + "to read like '[2026-11-28 09:00] Title' or '[2026-11-28 09:00:00 AM] Title'")
    #expect(!error.message.contains("Bad date"))

    #expect(
      throws: ImportError.unreadableJournalHeader(
        line: 3,
        reason: "13:00 PM is not a time of day, since with AM or PM the hour runs from 1 to 12")
    ) {
      try JrnlJournal.parse("a preface\n\n[2026-01-02 13:00 PM] x\n\n[2026-01-03 00:30 AM] y\n")
    }
    // Text with nothing shaped like a header still reads as before.
    #expect(throws: ImportError.noJournalEntry(lineCount: 1)) { try JrnlJournal.parse("text\n") }
  }

  @Test func theChunkedReaderAgreesWithTheWholeParse() throws {
    let bytes = Array((Self.journal + "\n\n[2026-01-08 13:00 PM] x\n").utf8)
    let whole = try JrnlJournal.parse(bytes)
    for chunk in [1, 3, 7, 64] {
      #expect(try JrnlReaderTests.read(bytes, chunks: [chunk]) == whole, "chunks of \(chunk)")
    }
  }

  @Test func writtenBackTheJournalReadsTheSame() throws {
    let parsed = try JrnlJournal.parse(Self.journal)
    let rendered = JrnlWriter.render(parsed.entries)
    #expect(rendered.hasPrefix("[2026-01-05 09:00:00 AM] Default jrnl format\nMorning body\n\n"))
    #expect(rendered.contains("\n[2026-01-07 9:05 am] No leading zero\n"))
    #expect(try JrnlJournal.parse(rendered).entries == parsed.entries)
    #expect(parsed.entries.allSatisfy(JrnlWriter.canRoundTrip))
    let day = try #require(CalendarDate(iso: "2026-01-05"))
    let nine = try #require(JournalTime(hour: 9, minute: 0))
    // A 12-hour header after a blank line in a body would start an entry when read back.
    #expect(
      !JrnlWriter.canRoundTrip(
        JournalEntry(date: day, time: nine, title: "a", body: "x\n\n[2026-01-01 10:00 PM] y")))
  }

  @Test func aTwelveHourJournalIsRecognisedWhenImportedAsAReflection() {
    #expect(
      ImportableFormat.recognise(
        "[2026-01-05 09:00:00 AM] Title\nbody\n", failure: .noQuestionFound(lineCount: 2))
        == .jrnl)
  }
}
