import LearnLog
import LearnLogStore
import Testing

/// `LogStore.forget(coachee:)`: what goes, what stays, and that the text leaves the file.
@Suite("Forgetting a coachee")
struct FaultsForgetTests {
  @Test("Erases the coachee's entries, sessions and index rows; keeps everyone else's")
  func erasesOneCoachee() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    let store = try LogStore(path: path)
    var ravi = Fixtures.importedEntry(coachee: "Li Wei")
    ravi.answers[1] = "Secret about Li qqforgetme"
    try store.saveImported(ravi)
    try store.saveImported(Fixtures.importedEntry(coachee: "Noor"))
    let session = try store.addSession(
      CoachingSession(date: Fixtures.sessionDate, coachee: " li wei ", createdAt: Fixtures.date(1)))
    _ = try store.addNote(Note(date: Fixtures.sessionDate, text: "Li Wei was tired qqnote", createdAt: Fixtures.date(2)))
    #expect(session > 0)

    let preview = try store.forgetPreview(coachee: "LI WEI")
    #expect(preview == ForgetSummary(entries: 1, sessions: 1, notesNamingThem: 1))
    let summary = try store.forget(coachee: "li wei")
    #expect(summary.entries == 1 && summary.sessions == 1 && summary.notesNamingThem == 1)
    #expect(summary.isWriteAheadLogEmptied)
    #expect(try store.entries().map(\.coachee) == ["Noor"])
    let hits = try store.database.query("SELECT count(*) FROM search WHERE search MATCH 'qqforgetme'") { $0.int(0) }
    #expect(hits == [0])
    let bytes = try contents(of: path) + ((try? contents(of: path + "-wal")) ?? [])
    #expect(!bytes.containsSequence(Array("qqforgetme".utf8)))
    #expect(bytes.containsSequence(Array("qqnote".utf8)))

    let notes = try store.forget(coachee: "Li Wei", includingNotes: true)
    #expect(notes.erasedNotes && notes.notesNamingThem == 1)
    let after = try contents(of: path) + ((try? contents(of: path + "-wal")) ?? [])
    #expect(!after.containsSequence(Array("qqnote".utf8)))
    #expect(try store.database.query("PRAGMA integrity_check") { $0.text(0) ?? "" } == ["ok"])
  }
}

extension Array where Element == UInt8 {
  fileprivate func containsSequence(_ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, count >= needle.count else { return false }
    for start in 0...(count - needle.count) where self[start] == needle[0] {
      if Array(self[start..<start + needle.count]) == needle { return true }
    }
    return false
  }
}
