import LearnLog
import Testing

@testable import LearnLogCLI

@Suite("What a history line keeps of a command")
struct HistoryLineTests {
  private func line(_ arguments: [String], root: CommandSpec = ExampleCommandTree.root) throws
    -> String?
  {
    guard case .run(let command) = try ArgumentParser.parse(arguments, root: root) else {
      Issue.record("\(arguments) did not parse to a command")
      return nil
    }
    return HistoryLine.invocation(command, root: root)
  }

  @Test(arguments: [
    (["show", "42", "--json"], "learnlog show --json 42"),
    (["rules", "list", "-s", "will"], "learnlog rules list --stage will"),
    (["export", "-f", "html", "-e", "7"], "learnlog export --format html --entry 7"),
    (["reflect", "-r"], "learnlog reflect --resume"),
    ([], "learnlog"),
  ])
  func keepsNumbersChoicesAndNames(arguments: [String], expected: String) throws {
    #expect(try line(arguments) == expected)
  }

  @Test(arguments: [
    (
      ["rules", "try", "Ravi", "wants", "a", "promotion"],
      "learnlog rules try <text>"
    ),
    (
      ["rules", "try", "--rule", "ask-why", "--", "-- secret"],
      "learnlog rules try --rule <id> <text>"
    ),
    (["rules", "try", "I", "met", "3", "people"], "learnlog rules try <text>"),
    (["rules", "list", "secret"], "learnlog rules list <pattern>"),
    (["export", "/home/me/ravi-notes.md"], "learnlog export <file>"),
    (["--db", "/tmp/Ravi.db", "show", "3"], "learnlog show --db <path> 3"),
    // A word outside the option's choices (the command will refuse it) is not kept either.
    (["export", "-f", "pdf-about-Ravi"], "learnlog export --format <format>"),
  ])
  func replacesFreeTextByItsPlaceholder(arguments: [String], expected: String) throws {
    let recorded = try #require(try line(arguments))
    #expect(recorded == expected)
    for word in ["Ravi", "secret", "promotion", "ravi"] {
      #expect(!recorded.contains(word))
    }
  }

  @Test func hiddenHelpersAreNotRecorded() throws {
    #expect(try line(["__complete-ids"]) == nil)
  }

  @Test func learnlogsOwnImportKeepsTheKindButNotTheNameOrFile() throws {
    let recorded = try line(
      ["import", "Ravi.md", "--coachee", "Ravi", "--kind", "best", "--date", "2026-11-28"],
      root: CommandTree.root)
    #expect(recorded == "learnlog import --kind best --date <date> --coachee <name> <file>")
  }

  @Test func conversationCommandsAreRecordedAsTyped() {
    #expect(HistoryLine.conversationCommand(.back) == "/back")
  }

  @Test func everyEntryBecomesOneLine() {
    #expect(HistoryFile.oneLine("/back\n\u{1B}[31mx\r\t") == "/back  [31mx")
    #expect(HistoryFile.oneLine(String(repeating: "é", count: 2000)).utf8.count <= 1000)
  }
}
