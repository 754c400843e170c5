import Testing

@testable import LearnLogCLI

@Suite struct ParsedCommandTests {
  func parsed(_ arguments: [String]) throws -> ParsedCommand {
    let outcome = try ArgumentParser.parse(arguments, root: ExampleCommandTree.root)
    guard case .run(let parsed) = outcome else { throw ParseDidNotRun(outcome: outcome) }
    return parsed
  }

  struct ParseDidNotRun: Error {
    var outcome: ParseOutcome
  }

  @Test func accessorsTakeLongOrShortNames() throws {
    let command = try parsed(["rules", "try", "-v", "--limit", "4", "hello", "there"])
    #expect(command.flag("verbose"))
    #expect(command.flag("v"))
    #expect(!command.flag("no-color"))
    #expect(command.option("limit") == "4")
    #expect(command.option("n") == "4")
    #expect(command.options("rule") == [])
    #expect(command.positional("text") == "hello")
    #expect(command.positionals("text") == ["hello", "there"])
  }

  @Test func optionsFallBackToTheirDefault() throws {
    let command = try parsed(["rules", "try", "hi"])
    #expect(command.option("limit") == "2")
    #expect(!command.isGiven("limit"))
    #expect(try command.int("limit", range: 1...10) == 2)
    #expect(command.option("db") == nil)
    #expect(try parsed(["rules", "try", "-n", "2", "hi"]).isGiven("limit"))
  }

  @Test func globalOptionsAreVisibleToSubcommands() throws {
    let command = try parsed(["--db", "a.db", "rules", "try", "hi"])
    #expect(command.option("db") == "a.db")
  }

  @Test(arguments: [
    ("abc", "invalid value 'abc' for '--limit': expected a whole number"),
    ("0", "invalid value '0' for '--limit': expected a number from 1 to 10"),
    ("11", "invalid value '11' for '--limit': expected a number from 1 to 10"),
    // Too large for an Int is still a number, out of the range.
    ("99999999999999999999999", "invalid value '99999999999999999999999' for '--limit': expected a number from 1 to 10"),
    ("-99999999999999999999999", "invalid value '-99999999999999999999999' for '--limit': expected a number from 1 to 10"),
    ("1e3", "invalid value '1e3' for '--limit': expected a whole number"),
  ])
  func integersAreCheckedAndInRange(value: String, message: String) throws {
    let command = try parsed(["rules", "try", "--limit", value, "hi"])
    #expect(throws: UsageError.self) { try command.int("limit", range: 1...10) }
    do {
      _ = try command.int("limit", range: 1...10)
    } catch {
      #expect(error.message == message)
      #expect(error.commandPath == ["rules", "try"])
    }
  }

  @Test func integersWorkForPositionalsToo() throws {
    let command = try parsed(["show", "42"])
    #expect(try command.int("entry") == 42)
    #expect(throws: UsageError(.invalidInteger(name: "<entry>", value: "x"), commandPath: ["show"]))
    {
      try self.parsed(["show", "x"]).int("entry")
    }
  }

  @Test func choicesAcceptListedValuesAndSuggestTheNearest() throws {
    let formats = ["md", "html", "json"]
    #expect(try parsed(["export"]).choice("format", formats) == "md")
    #expect(try parsed(["export", "-f", "json"]).choice("f", formats) == "json")
    let command = try parsed(["export", "--format", "htm"])
    #expect(
      throws: UsageError(
        .invalidChoice(name: "--format", value: "htm", choices: formats, suggestion: "html"),
        commandPath: ["export"])
    ) { try command.choice("format", formats) }
    #expect(
      UsageError(
        .invalidChoice(name: "--format", value: "htm", choices: formats, suggestion: "html"),
        commandPath: ["export"]
      ).message == "invalid value 'htm' for '--format': expected one of md, html, json; "
        + "did you mean 'html'?")
  }

  @Test func absentValuesAreNil() throws {
    let command = try parsed(["export"])
    #expect(try command.int("entry") == nil)
    #expect(command.positional("file") == nil)
    #expect(command.positionals("file") == [])
  }

  @Test func aValueTheCommandCannotUseIsAUsageErrorSayingWhatItNeeds() throws {
    let even = { (text: String) -> Int? in Int(text).flatMap { $0 % 2 == 0 ? $0 : nil } }
    #expect(try parsed(["rules", "try", "-n", "4", "hi"]).value("limit", expected: "an even number", even) == 4)
    #expect(try parsed(["rules", "try", "hi"]).value("rule", expected: "a rule id") { $0 } == nil)
    #expect(
      throws: UsageError(
        .invalidValue(name: "--limit", value: "3", expected: "an even number"),
        commandPath: ["rules", "try"])
    ) { try parsed(["rules", "try", "-n", "3", "hi"]).value("limit", expected: "an even number", even) }
    #expect(
      throws: UsageError(
        .invalidValue(name: "--db", value: " ", expected: "a file path"), commandPath: ["show"])
    ) { try parsed(["show", "1", "--db", " "]).nonBlank("db", expected: "a file path") }
    #expect(try parsed(["show", "1", "--db=a b"]).nonBlank("db", expected: "a file path") == "a b")
  }

  @Test func twoOptionsThatExcludeEachOtherAreAUsageErrorOnlyTogether() throws {
    try parsed(["rules", "try", "--rule", "a", "hi"]).refuseTogether("rule", "verbose")
    try parsed(["rules", "try", "-v", "hi"]).refuseTogether("rule", "verbose")
    #expect(
      throws: UsageError(.conflictingOptions(["--rule", "--verbose"]), commandPath: ["rules", "try"])
    ) { try parsed(["rules", "try", "-v", "--rule", "a", "hi"]).refuseTogether("rule", "verbose") }
  }
}
