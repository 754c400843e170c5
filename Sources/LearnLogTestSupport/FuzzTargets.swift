import Foundation
import LearnLog

/// The parsers Scripts/fuzz feeds with random bytes, in one place so that the fuzzer and the
/// regression tests (Tests/LearnLogTests/Fuzz) exercise exactly the same calls. Every one must
/// return or throw its own error for any bytes; a crash is a bug.
public enum FuzzTargets {
  public static let names = ["rules", "document", "jrnl"]

  /// Feeds `bytes` to the parser named `target`, ignoring the (expected) errors.
  public static func run(_ target: String, _ bytes: [UInt8]) {
    switch target {
    case "rules":
      let text = String(decoding: bytes, as: UTF8.self)
      if let file = try? RuleFile(text: text, name: "fuzz.json") {
        _ = RuleSet.compile([file])
      }
    case "document":
      if let imported = try? ReflectionDocument.parse(bytes) {
        let today = CalendarDate(year: 2026, month: 12, day: 1) ?? CalendarDate(Date())
        _ = imported.entry(
          overrides: ImportOverrides(), today: today, at: Date(timeIntervalSinceReferenceDate: 0))
      }
    case "jrnl":
      let whole = try? JrnlJournal.parse(bytes)
      // The chunked reader (what `import --format jrnl` uses) must agree with the whole parse
      // wherever the chunks are cut.
      if chunkedJournal(bytes, chunk: 7) != whole {
        fatalError("the chunked jrnl reader differs from JrnlJournal.parse")
      }
    default:
      break
    }
  }

  /// The journal as `JrnlReader` reads it in chunks of `chunk` bytes; nil when it throws.
  static func chunkedJournal(_ bytes: [UInt8], chunk: Int) -> JrnlJournal? {
    var reader = JrnlReader()
    var entries: [JournalEntry] = []
    do {
      var start = 0
      while start < bytes.count {
        let end = min(bytes.count, start + chunk)
        try bytes[start..<end].withUnsafeBufferPointer { try reader.feed($0) { entries.append($0) } }
        start = end
      }
      let warnings = try reader.finish { entries.append($0) }
      return JrnlJournal(entries: entries, warnings: warnings)
    } catch {
      return nil
    }
  }
}
