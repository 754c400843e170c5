import Foundation
import LearnLogTestSupport
import Testing

/// `learnlog import --format jrnl` on the built binary with jrnl's default headers
/// (`"timeformat": "%F %r"`: `[2026-01-05 02:30:00 PM] Title`), mixed with 24-hour ones.
@Suite("Import a jrnl journal on the 12-hour clock")
struct JrnlImportEndToEndTests {
  static let journal = """
    [2026-01-04 18:00] Evening 24h entry
    zqv7kbody evening

    [2026-01-05 09:00:00 AM] Default jrnl format
    zqv7kbody morning

    [2026-01-05 02:30:00 PM] Afternoon
    zqv7kbody afternoon

    """

  struct Export: Decodable {
    struct Note: Decodable {
      var time: String?
      var title: String
      var text: String
    }
    var notes: [Note]
  }

  @Test func twelveHourHeadersImportExportAndAreSkippedTheSecondTime() throws {
    let sandbox = try Sandbox()
    let file = try sandbox.write(Self.journal, to: "journal.txt")
    let run = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", file], environment: sandbox.environment())
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stdout.hasPrefix("Imported 3 jrnl entries from \(file)"), "\(run.stdout)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")

    let exported = try BinaryRunner.learnlog(
      ["export", "--format", "json"], environment: sandbox.environment())
    #expect(exported.status == 0, "\(exported.description)")
    let notes = try JSONDecoder().decode(Export.self, from: Data(exported.standardOutput)).notes
    #expect(notes.map(\.time) == ["18:00", "09:00:00 AM", "02:30:00 PM"])
    #expect(notes.map(\.title) == ["Evening 24h entry", "Default jrnl format", "Afternoon"])
    #expect(notes.map(\.text) == ["zqv7kbody evening", "zqv7kbody morning", "zqv7kbody afternoon"])

    let again = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", file], environment: sandbox.environment())
    #expect(again.status == 0, "\(again.description)")
    #expect(again.stdout.contains("skipped 3 already in the log"), "\(again.stdout)")
  }

  @Test func impossibleHeadersAreNamedByLineAndDateOrTimeOnly() throws {
    let sandbox = try Sandbox()
    let bad = try sandbox.write("[2026-13-45 25:99] zqv7ktitle\nzqv7kbody\n", to: "bad.txt")
    let refused = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", bad], environment: sandbox.environment())
    #expect(refused.status == 1, "\(refused.description)")
    #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
    #expect(refused.stderr.contains("line 1: 2026-13-45 is not a date"), "\(refused.stderr)")
    #expect(!refused.stderr.contains("zqv7k"), "\(refused.stderr)")

    let mixed = try sandbox.write(
      Self.journal + "\n[2026-01-06 00:30 AM] zqv7ktitle\nzqv7kbody\n", to: "mixed.txt")
    let run = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", mixed], environment: sandbox.environment())
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stdout.hasPrefix("Imported 3 jrnl entries"), "\(run.stdout)")
    #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    #expect(
      run.stderr.contains("kept 1 line shaped like an entry start as text (line 10: 00:30 AM"),
      "\(run.stderr)")
    #expect(!run.stderr.contains("zqv7k"), "\(run.stderr)")
  }
}
