import Foundation
import LearnLog
import LearnLogTestSupport
import Testing

/// `learnlog import` and dates after today, on the built binary: a reflection's session must
/// have happened (as in `reflect` and `note`), while a jrnl journal keeps its later entries
/// with one warning that names no text.
@Suite("Import dates after today")
struct FutureDateImportEndToEndTests {
  /// Far enough ahead that the test cannot cross into its day while it runs.
  static let later = CalendarDate(Date()).adding(days: 30)
  static let earlier = CalendarDate(Date()).adding(days: -3)

  static func document(dateLine: String) -> String {
    "# Reflection: Best session with Ravi\n\(dateLine)\n\n"
      + "Q1:\nzqv7kanswer one\n\nQ2:\nzqv7kanswer two\n"
  }

  @Test func aFutureDateOptionIsAUsageErrorLikeNotes() throws {
    let sandbox = try Sandbox()
    let file = try sandbox.write(Self.document(dateLine: ""), to: "reflection.md")
    for extra in [[String](), ["--dry-run"]] {
      let run = try BinaryRunner.learnlog(
        ["import", file, "--date", Self.later.iso] + extra, environment: sandbox.environment())
      #expect(run.status == 64, "\(run.description)")
      #expect(
        run.stderr.hasPrefix(
          "learnlog: error: --date \(Self.later.iso) is in the future; "
            + "a reflection records a session that has happened\n"),
        "\(run.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))
  }

  @Test func aDocumentDatedInTheFutureIsRefusedUntilDateIsGiven() throws {
    let sandbox = try Sandbox()
    let file = try sandbox.write(
      Self.document(dateLine: "Date: \(Self.later.iso)"), to: "reflection.md")
    for extra in [[String](), ["--dry-run"]] {
      let run = try BinaryRunner.learnlog(
        ["import", file] + extra, environment: sandbox.environment())
      #expect(run.status == 1, "\(run.description)")
      #expect(run.stdout.isEmpty)
      #expect(
        run.stderr
          == "learnlog: error: cannot import \(file): line 2: the session date \(Self.later.iso) "
          + "is in the future; correct it, or give the session's date with --date YYYY-MM-DD; "
          + "nothing was stored\n")
      #expect(!run.stderr.contains("zqv7k"))
    }
    #expect(try EndToEnd.log(in: sandbox).isEmpty)

    // What the message says to do works: --date replaces the file's date.
    let run = try BinaryRunner.learnlog(
      ["import", file, "--date", Self.earlier.iso], environment: sandbox.environment())
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stdout.contains("(Best, Ravi, \(Self.earlier.iso))"), "\(run.stdout)")
  }

  @Test func jrnlEntriesAfterTodayAreImportedWithOneWarning() throws {
    let sandbox = try Sandbox()
    let journal = """
      [\(Self.earlier.iso) 09:00] zqv7ktitle past
      zqv7kbody past

      [\(Self.later.iso) 09:00] zqv7ktitle planned
      zqv7kbody planned

      [\(Self.later.adding(days: 1).iso) 10:00] zqv7ktitle planned too

      """
    let file = try sandbox.write(journal, to: "journal.txt")
    let dryRun = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", file, "--dry-run"], environment: sandbox.environment())
    let run = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", file], environment: sandbox.environment())
    let warning =
      "learnlog: warning: \(file): 2 entries are dated after today (first at line 4); "
      + "they are kept with those dates, as jrnl allows"
    for result in [dryRun, run] {
      #expect(result.status == 0, "\(result.description)")
      // One line (the dry run also says there is no log yet), and no title or text.
      let lines = result.stderr.split(separator: "\n").map(String.init)
      #expect(lines.filter { $0.contains("after today") } == [warning], "\(result.stderr)")
      #expect(!result.stderr.contains("zqv7k"))
    }
    #expect(run.stderr == warning + "\n")
    #expect(run.stdout.hasPrefix("Imported 3 jrnl entries from \(file)"), "\(run.stdout)")
  }
}
