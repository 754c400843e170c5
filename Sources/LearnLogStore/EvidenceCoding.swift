import CSQLite
import LearnLog

/// Evidence is stored as JSON text: its shape (matches, counts) may grow, and a later migration
/// or `learnlog doctor` can still read it with SQLite's JSON functions.
enum EvidenceCoding {
  static func encode(_ evidence: Evidence) throws -> String {
    let encoder = JSONEncoder()
    // Sorted keys keep the stored text stable, so exports and diffs of the file are too.
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(evidence), as: UTF8.self)
    } catch {
      // Evidence holds only strings and integers; this is a bug, not the coach's problem.
      throw StoreError.sqlite(
        code: SQLITE_MISUSE, message: "follow-up evidence cannot be written as JSON", sql: nil)
    }
  }

  static func decode(_ text: String, rowID: Int64) throws -> Evidence {
    do {
      return try JSONDecoder().decode(Evidence.self, from: Data(text.utf8))
    } catch {
      throw StoreError.unexpectedValue(table: "follow_ups", column: "evidence", rowID: rowID)
    }
  }
}
