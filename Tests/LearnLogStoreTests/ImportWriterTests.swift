import LearnLog
import Testing

@testable import LearnLogStore

@Suite("Importing item by item")
struct ImportWriterTests {
  static func session(_ id: Int64, _ coachee: String, at seconds: Double) -> CoachingSession {
    CoachingSession(
      id: id, date: CalendarDate(iso: "2026-11-28")!, coachee: coachee, createdAt: Fixtures.date(seconds))
  }

  static func entry(_ id: Int64, _ coachee: String, at seconds: Double) -> Entry {
    Entry(id: id, coachee: coachee, sessionDate: CalendarDate(iso: "2026-11-28")!, createdAt: Fixtures.date(seconds))
  }

  @Test func linksFollowSessionsToTheirNewIdsWhateverTheOrder() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    // A session the log already holds: the import's copy is skipped and its entries attach to
    // the one already there.
    let existing = try store.addSession(Self.session(0, "Ana", at: 1))
    let counts = try store.importLog { writer in
      try writer.add(Self.session(40, "Ana", at: 1))
      try writer.add(Self.entry(7, "Ana", at: 10), session: 40)
      // An entry whose session comes later in the file, and one whose session is not in it.
      try writer.add(Self.entry(8, "Li", at: 11), session: 41)
      try writer.add(Self.entry(9, "Zoe", at: 12), session: 99)
      try writer.add(Self.session(41, "Li", at: 2))
    }
    #expect(counts.sessions == 1 && counts.skippedSessions == 1 && counts.entries == 3)
    let li = try #require(try store.sessions().first { $0.coachee == "Li" })
    #expect(try store.sessionID(ofEntry: 1) == existing)
    #expect(try store.sessionID(ofEntry: 2) == li.id)
    #expect(try store.sessionID(ofEntry: 3) == nil)
  }

  @Test func aFailureOrADryRunLeavesNothing() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    struct Broken: Error {}
    #expect(throws: Broken.self) {
      try store.importLog { writer in
        try writer.add(Self.session(1, "Ana", at: 1))
        try writer.add(Self.entry(1, "Ana", at: 2), session: 1)
        throw Broken()
      }
    }
    let rehearsal = try store.importLog(isDryRun: true) { writer in
      try writer.add(Self.session(1, "Ana", at: 1))
      try writer.add(Self.entry(1, "Ana", at: 2), session: 1)
      try writer.add(Note(date: CalendarDate(iso: "2026-11-28")!, text: "n", createdAt: Fixtures.date(3)))
    }
    #expect(rehearsal.sessions == 1 && rehearsal.entries == 1 && rehearsal.notes == 1)
    #expect(try store.sessions().isEmpty && store.entryCount() == 0 && store.noteCount() == 0)
  }

  @Test func aNoteIsSkippedOnlyWhenItsTextIsTheSame() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let note = Note(date: CalendarDate(iso: "2026-11-28")!, title: "t", text: "same", createdAt: Fixtures.date(3))
    try store.addNote(note)
    var other = note
    other.text = "different"
    let counts = try store.importLog { writer in
      try writer.add(note)
      try writer.add(other)
      try writer.add(other)
    }
    #expect(counts.notes == 1 && counts.skippedNotes == 2)
    #expect(try store.notes().map(\.text) == ["same", "different"])
  }
}
