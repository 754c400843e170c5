import Foundation
import LearnLog
import Testing

@testable import LearnLogStore

/// `LogStore(copyOf:)`: what `import --dry-run` works on when the log must not change. The copy
/// holds everything, is brought to this schema in memory, and the file is left byte for byte.
@Suite("A copy of the log in memory")
struct InMemoryCopyTests {
  @Test func anOlderLogIsMigratedInTheCopyAndTheFileIsUntouched() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    do {
      let db = try Database.atSchema(5, path: path)
      try db.executeScript(
        """
        INSERT INTO notes (id, note_date, title, text, source, created_at) VALUES
          (3, '2026-10-02', 'Delegation', 'Asked about the rota', 'jrnl', 3.0);
        """)
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(try LogStore.schemaVersion(at: path) == 5)

    let copy = try LogStore(copyOf: path)
    #expect(copy.schemaVersion == LogStore.supportedSchemaVersion)
    #expect(try copy.noteCount() == 1)
    #expect(try copy.search(SearchQuery("rota")).map(\.noteID) == [3])
    // Writing to the copy leaves the file as it was.
    try copy.database.execute(
      "INSERT INTO notes (id, note_date, title, text, source, created_at) VALUES (4, '2026-10-03', '', 'x', 'note', 4.0)")
    #expect(try copy.noteCount() == 2)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(try LogStore.schemaVersion(at: path) == 5)
    #expect(Backups(databasePath: path).list().isEmpty, "no backup: nothing was migrated on disk")
  }
}
