import Foundation
import LearnLog
import LearnLogStore
import Testing

@testable import LearnLogCLI

@Suite("Importing a jrnl journal")
struct JrnlImportTests {
  /// A made-up journal: multi-line bodies, blank lines inside a body, CJK text, a line that
  /// looks like a date inside a body, seconds, a starred entry, an entry with only a title.
  static let journal = """
    [2026-11-01 08:30] Monday planning
    Three things this week:
    - 1:1 with Ravi
    - budget

    Indented line after a blank one.

    [2026-11-02 18:05] 振り返り
    今日は会議でフィードバックを伝えた。
    [2026-11-02 19:00] this line only looks like a header
    2026-11-03 10:00 and so does this one

    [2026-11-03 07:00:45] Early start *

    [2026-11-04 12:00] Lunch with the team
    We laughed a lot.

    """

  @Test func importsEveryEntryAsANoteKeepingDatesTimesAndTextExactly() throws {
    let folder = try ScratchFolder()
    let file = try folder.write(Self.journal, to: "journal.txt")
    let db = folder.file("log.sqlite3")
    let console = try runCommand(["import", "--format", "jrnl", file], db: db)
    #expect(console.output.hasPrefix("Imported 4 jrnl entries from \(file) as notes (2026-11-01 to 2026-11-04)."))
    #expect(console.errors.contains("kept 1 date-looking line inside the entry above"))

    let notes = try LogStore(path: db).notes()
    try #require(notes.count == 4)
    #expect(notes.allSatisfy { $0.source == .jrnl })
    #expect(notes[0].date == CalendarDate(iso: "2026-11-01") && notes[0].time?.text == "08:30")
    #expect(notes[0].title == "Monday planning")
    #expect(notes[0].text == "Three things this week:\n- 1:1 with Ravi\n- budget\n\nIndented line after a blank one.")
    #expect(notes[1].title == "振り返り")
    #expect(notes[1].text == """
      今日は会議でフィードバックを伝えた。
      [2026-11-02 19:00] this line only looks like a header
      2026-11-03 10:00 and so does this one
      """)
    #expect(notes[2].time?.text == "07:00:45" && notes[2].title == "Early start *" && notes[2].text == "")
    #expect(notes[3].text == "We laughed a lot.")

    // Written back in jrnl's format, the notes give the same journal.
    let rewritten = JrnlWriter.render(notes.map { $0.journalEntry(defaultTime: JournalTime(hour: 0, minute: 0)!) })
    #expect(try JrnlJournal.parse(rewritten).entries == (try JrnlJournal.parse(Self.journal).entries))

    // And they are searchable, CJK included.
    let search = try runCommand(["search", "会議"], db: db)
    #expect(search.output.contains("note 2 · 2026-11-02 · from jrnl"))
    #expect(search.output.contains("[会議]"))
    let header = try runCommand(["search", "looks", "like", "--json"], db: db)
    #expect(header.output.contains("\"note\" : 2"))
  }

  @Test func aDryRunShowsWhatWouldBeImportedAndStoresNothing() throws {
    let folder = try ScratchFolder()
    let file = try folder.write(Self.journal, to: "journal.txt")
    let db = folder.file("log.sqlite3")
    let console = try runCommand(["import", "--format", "jrnl", "--dry-run", file], db: db)
    #expect(console.output.hasPrefix("Would import 4 jrnl entries from \(file) as notes (2026-11-01 to 2026-11-04). Nothing was stored.\n"))
    #expect(console.output.contains("  [2026-11-03 07:00:45] Early start *\n"))
    #expect(console.output.contains("  [2026-11-01 08:30] Monday planning (+5 lines)\n"))
    // No log existed, so none is created: a dry run leaves the disk as it found it.
    #expect(!FileManager.default.fileExists(atPath: db))
  }

  @Test func importingTheSameJournalTwiceStoresItOnce() throws {
    let folder = try ScratchFolder()
    let file = try folder.write(Self.journal, to: "journal.txt")
    let db = folder.file("log.sqlite3")
    _ = try runCommand(["import", "--format", "jrnl", file], db: db)

    let dryRun = try runCommand(["import", "--format", "jrnl", "--dry-run", file], db: db)
    #expect(dryRun.output.hasPrefix(
      "Would import 0 jrnl entries from \(file) as notes; would skip 4 already in the log. "
        + "Nothing was stored.\n"))
    #expect(dryRun.output.contains("  [2026-11-03 07:00:45] Early start * (already in the log)\n"))

    let again = try runCommand(["import", "--format", "jrnl", file], db: db)
    #expect(again.output == "Imported 0 jrnl entries from \(file) as notes; skipped 4 already in the log.\n")
    #expect(try LogStore(path: db).noteCount() == 4)

    // A journal that grew since: only the new entry is stored, and the span is of what was.
    let grown = try folder.write(Self.journal + "\n[2026-11-05 09:15] Friday\nA new one.\n", to: "journal.txt")
    let third = try runCommand(["import", "--format", "jrnl", grown], db: db)
    #expect(third.output.hasPrefix(
      "Imported 1 jrnl entry from \(grown) as notes (2026-11-05); skipped 4 already in the log."))
    let notes = try LogStore(path: db).notes()
    #expect(notes.count == 5 && notes.last?.title == "Friday")
  }

  @Test func aNoteMatchesWhateverItsSourceButNotAnotherTimeOrText() throws {
    let folder = try ScratchFolder()
    let db = folder.file("log.sqlite3")
    let store = try LogStore(path: db)
    // Typed, or from an export, long ago: the same date, time, title and text.
    try store.addNote(
      Note(
        date: CalendarDate(iso: "2026-11-04")!, time: JournalTime(hour: 12, minute: 0),
        title: "Lunch with the team", text: "We laughed a lot.", source: .note,
        createdAt: Date(timeIntervalSince1970: 0)))
    let file = try folder.write(
      """
      [2026-11-04 12:00] Lunch with the team
      We laughed a lot.

      [2026-11-04 12:01] Lunch with the team
      We laughed a lot.

      [2026-11-04 12:00] Lunch with the team
      We laughed a little.

      [2026-11-04 12:00] Lunch with the team
      We laughed a little.

      """, to: "journal.txt")
    let console = try runCommand(["import", "--format", "jrnl", file], db: db)
    #expect(console.output.hasPrefix(
      "Imported 3 jrnl entries from \(file) as notes (2026-11-04); skipped 1 already in the log."))
    // An entry the journal itself repeats is kept as often as the journal has it.
    #expect(try LogStore(path: db).noteCount() == 4)
  }

  /// jrnl's default configuration writes `[2026-01-05 02:30:00 PM] Title` (`%F %r`).
  static let twelveHourJournal = """
    [2026-01-04 18:00] Evening 24h entry
    body

    [2026-01-05 09:00:00 AM] Default jrnl format
    Morning body

    [2026-01-05 02:30:00 PM] Afternoon
    body

    """

  @Test func twelveHourHeadersImportKeepTheirTimeAndAreSkippedTheSecondTime() throws {
    let folder = try ScratchFolder()
    let file = try folder.write(Self.twelveHourJournal, to: "journal.txt")
    let db = folder.file("log.sqlite3")
    let dryRun = try runCommand(["import", "--format", "jrnl", "--dry-run", file], db: db)
    #expect(dryRun.output.contains("  [2026-01-05 02:30:00 PM] Afternoon (+1 line)\n"), "\(dryRun.output)")

    let console = try runCommand(["import", "--format", "jrnl", file], db: db)
    #expect(console.output.hasPrefix("Imported 3 jrnl entries from \(file) as notes (2026-01-04 to 2026-01-05)."))
    #expect(console.errors.isEmpty, "\(console.errors)")
    let notes = try LogStore(path: db).notes()
    #expect(notes.map(\.time?.text) == ["18:00", "09:00:00 AM", "02:30:00 PM"])
    #expect(notes.map(\.title) == ["Evening 24h entry", "Default jrnl format", "Afternoon"])
    #expect(notes.map(\.text) == ["body", "Morning body", "body"])

    let again = try runCommand(["import", "--format", "jrnl", file], db: db)
    #expect(again.output == "Imported 0 jrnl entries from \(file) as notes; skipped 3 already in the log.\n")
    #expect(try LogStore(path: db).noteCount() == 3)

    // Written back in jrnl's format, the notes give the same journal, times as written.
    let rewritten = JrnlWriter.render(notes.map { $0.journalEntry(defaultTime: JournalTime(hour: 0, minute: 0)!) })
    #expect(rewritten == Self.twelveHourJournal)
    let markdown = try runCommand(["export", "--format", "md"], db: db)
    #expect(markdown.output.contains("### 2026-01-05 02:30:00 PM · Afternoon\n"))
  }

  @Test func twelveHourTimesSurviveAJSONExportAndImport() throws {
    let folder = try ScratchFolder()
    let file = try folder.write(Self.twelveHourJournal, to: "journal.txt")
    let source = folder.file("source.sqlite3")
    _ = try runCommand(["import", "--format", "jrnl", file], db: source)
    _ = try runCommand(["export", "-o", folder.file("export.json")], db: source)
    let document = try ExportDocument.decode(Array(try folder.read("export.json").utf8))
    #expect(document.notes.map(\.time) == ["18:00", "09:00:00 AM", "02:30:00 PM"])

    let target = folder.file("target.sqlite3")
    let imported = try runCommand(["import", "--format", "json", folder.file("export.json")], db: target)
    #expect(imported.output.hasPrefix("Imported 0 entries and 3 notes from "), "\(imported.output)")
    let copied = try LogStore(path: target).notes()
    #expect(copied.map(\.time) == (try LogStore(path: source).notes().map(\.time)))
    // The journal itself, imported into the copy, finds every entry there already.
    let journal = try runCommand(["import", "--format", "jrnl", file], db: target)
    #expect(journal.output.hasSuffix("skipped 3 already in the log.\n"), "\(journal.output)")
  }

  @Test func aJournalWhoseOnlyHeaderIsImpossibleSaysWhichLineAndWhy() throws {
    let folder = try ScratchFolder()
    let file = try folder.write("[2026-13-45 25:99] Bad date\nbody\n", to: "bad.txt")
    let db = folder.file("log.sqlite3")
    #expect(
      throws: CLIError.importFailed(
        path: file,
        reason: ImportError.unreadableJournalHeader(line: 1, reason: "2026-13-45 is not a date").message)
    ) {
      try runCommand(["import", "--format", "jrnl", file], db: db)
    }
    let mixed = try folder.write(
      "[2026-01-05 09:00:00 AM] Kept\nbody\n\n[2026-01-05 13:00 PM] Secret title\n", to: "mixed.txt")
    let console = try runCommand(["import", "--format", "jrnl", mixed], db: db)
    #expect(console.output.hasPrefix("Imported 1 jrnl entry from "))
    #expect(console.errors.contains("(line 4: 13:00 PM is not a time of day"), "\(console.errors)")
    #expect(!console.errors.contains("Secret"))
  }

  @Test func aFileWithoutEntriesImportsNothing() throws {
    let folder = try ScratchFolder()
    let file = try folder.write("just some text\nwith no header\n", to: "plain.txt")
    #expect(throws: CLIError.self) {
      try runCommand(["import", "--format", "jrnl", file], db: folder.file("log.sqlite3"))
    }
  }

  @Test func textFormatOptionsAreRefusedForOtherFormats() throws {
    let folder = try ScratchFolder()
    let file = try folder.write(Self.journal, to: "journal.txt")
    #expect(
      throws: UsageError(
        .unusableOptions("--kind, --date and --coachee apply to --format text only"),
        commandPath: ["import"])
    ) {
      try runCommand(["import", "--format", "jrnl", "--kind", "best", file], db: folder.file("db"))
    }
  }

  @Test func progressBarLinesFitAndCount() {
    #expect(ProgressBar.line(label: "Importing", done: 5_000, total: 10_000, width: 80)
      == "Importing [" + String(repeating: "#", count: 20) + String(repeating: "-", count: 20)
      + "] 5,000/10,000")
    #expect(ProgressBar.line(label: "Exporting", done: 0, total: 0, width: 40).hasSuffix("] 0/0"))
    var drawn: [String] = []
    let bar = ProgressBar(label: "Importing", total: 1_000, width: 60) { drawn.append($0) }
    for done in 0...1_000 { bar.update(done) }
    bar.finish()
    // Redrawn once per percent, then erased.
    #expect(drawn.count == 102)  // 0%…100%, then the erase
    #expect(drawn.last == "\r\u{1B}[K")
    #expect(ProgressBar.grouped(1_234_567) == "1,234,567")
    // Imports count the megabytes of the file read.
    #expect(ProgressBar.line(label: "Importing", done: 12_345_678, total: 110_000_000, unit: .bytes, width: 80)
      .hasSuffix("] 12.3/110.0 MB"))
  }
}
