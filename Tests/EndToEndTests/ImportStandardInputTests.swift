import Foundation
import LearnLogTestSupport
import Testing

/// `learnlog import -` reads standard input in every format, so a journal can come straight from
/// `jrnl --export txt` or an export from another log without a file in between.
@Suite("Import from standard input")
struct ImportStandardInputTests {
  @Test func jrnlJournalPipedInIsStoredAndNamedAsStandardInput() throws {
    let sandbox = try Sandbox()
    let journal = "[2026-01-05 09:00] Piped title\nzqv8pbody one\n\n[2026-01-06 10:00] Second\n李娜 zqv8pbody\n"
    let dry = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", "--dry-run", "-"], input: journal,
      environment: sandbox.environment())
    #expect(dry.status == 0, "\(dry.description)")
    #expect(dry.stdout.hasPrefix("Would import 2 jrnl entries from standard input"), "\(dry.stdout)")
    let run = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", "-"], input: journal, environment: sandbox.environment())
    #expect(run.status == 0, "\(run.description)")
    #expect(
      run.stdout.hasPrefix("Imported 2 jrnl entries from standard input as notes"), "\(run.stdout)")
    let search = try BinaryRunner.learnlog(["search", "zqv8pbody"], environment: sandbox.environment())
    #expect(search.stdout.contains("Piped title"), "\(search.stdout)")
    #expect(search.stdout.contains("Second"), "\(search.stdout)")
  }

  @Test func anExportPipedFromOneLogIntoAnother() throws {
    let sandbox = try Sandbox()
    let from = sandbox.environment()
    let note = try BinaryRunner.learnlog(["note", "zqv8pnote", "kept"], environment: from)
    #expect(note.status == 0, "\(note.description)")
    let export = try BinaryRunner.learnlog(["export", "--format", "json"], environment: from)
    #expect(export.status == 0, "\(export.description)")
    let other = sandbox.path("other.sqlite3")
    let run = try BinaryRunner.learnlog(
      ["--db", other, "import", "--format", "json", "-"], input: export.stdout, environment: from)
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stdout.contains("1 note from standard input"), "\(run.stdout)")
    let search = try BinaryRunner.learnlog(["--db", other, "search", "zqv8pnote"], environment: from)
    #expect(search.stdout.contains("kept"), "\(search.stdout)")
  }

  @Test func aReflectionPipedInBecomesOneEntry() throws {
    let sandbox = try Sandbox()
    let run = try BinaryRunner.learnlog(
      ["import", "-", "--kind", "best", "--date", "2026-11-28"],
      input: "Q1: zqv8pgoal agreed early\nQ7: ask more how questions\n",
      environment: sandbox.environment())
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stdout.hasPrefix("Imported standard input as entry 1 (Best"), "\(run.stdout)")
  }

  @Test func emptyOrClosedStandardInputIsOneLineAndStoresNothing() throws {
    let sandbox = try Sandbox()
    let empty = try BinaryRunner.learnlog(
      ["import", "--format", "jrnl", "-"], input: "", environment: sandbox.environment())
    #expect(empty.status == 1, "\(empty.description)")
    #expect(empty.stderr.hasPrefix("learnlog: error: cannot import standard input"), "\(empty.stderr)")
    #expect(empty.stderr.split(separator: "\n").count == 1, "\(empty.stderr)")

    let binary = try BinaryRunner.learnlogPath()
    let database = sandbox.path("closed.sqlite3")
    let closed = try BinaryRunner.run(
      "/bin/sh", ["-c", "exec \"$0\" --db \"$1\" import --format json - <&-", binary, database],
      environment: sandbox.environment())
    #expect(closed.status == 1, "\(closed.description)")
    #expect(
      closed.stderr == "learnlog: error: cannot read standard input: it is closed\n",
      "\(closed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: database))
  }

  @Test("An endless input (/dev/zero) is refused at 16 MiB in one line, as a file or on stdin")
  func endlessInputIsRefusedAtTheLimit() throws {
    let sandbox = try Sandbox()
    let binary = try BinaryRunner.learnlogPath()
    let database = sandbox.path("endless.sqlite3")
    for script in [
      "exec \"$0\" --db \"$1\" import - < /dev/zero",
      "exec \"$0\" --db \"$1\" import /dev/zero",
      "exec \"$0\" --db \"$1\" --rules /dev/zero rules list > /dev/null",
    ] {
      let run = try BinaryRunner.run(
        "/bin/sh", ["-c", script, binary, database], environment: sandbox.environment(), timeout: 60)
      #expect(run.stderr.split(separator: "\n").count == 1, "\(script): \(run.description)")
      #expect(run.stderr.contains("holds more than 16 MiB; is it the right file?"), "\(script): \(run.stderr)")
      #expect(!run.stderr.contains("Fatal error"), "\(script)")
    }
    #expect(!FileManager.default.fileExists(atPath: database))
  }
}
