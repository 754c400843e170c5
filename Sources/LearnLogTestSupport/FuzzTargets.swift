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
      _ = try? JrnlJournal.parse(bytes)
    default:
      break
    }
  }
}
