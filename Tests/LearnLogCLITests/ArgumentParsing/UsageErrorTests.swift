import Testing

@testable import LearnLogCLI

@Suite struct UsageErrorTests {
  @Test func rendersTheErrorAndAHintLine() {
    let error = UsageError(.unknownOption("--jsn", suggestion: "--json"), commandPath: ["show"])
    #expect(
      error.rendered()
        == "learnlog: error: unknown option '--jsn'; did you mean '--json'?\n"
        + "Run 'learnlog show --help' for usage.")
  }

  @Test func theHintForTheProgramItselfHasNoPath() {
    let error = UsageError(.unknownCommand("reveiw", suggestion: "review"), commandPath: [])
    #expect(
      error.rendered(programName: "learnlog")
        == "learnlog: error: unknown command 'reveiw'; did you mean 'review'?\n"
        + "Run 'learnlog --help' for usage.")
  }

  @Test func usageErrorsExitWithEXUsage() {
    #expect(UsageError.exitCode == 64)
    #expect(UsageError(.missingArgument("<entry>"), commandPath: ["show"]).exitCode == 64)
  }

  @Test(arguments: [
    (CommandLineError.unknownCommand("x", suggestion: nil), "unknown command 'x'"),
    (.missingValue(option: "--limit"), "missing value for option '--limit'"),
    (.repeatedOption("--limit"), "option '--limit' may be given only once"),
    (.unexpectedArgument("43"), "unexpected argument '43'"),
    (.missingArgument("<entry>"), "missing argument '<entry>'"),
    (
      .unexpectedValue(flag: "--json", value: "1"),
      "flag '--json' takes no value, but was given '1'"
    ),
  ])
  func messagesAreOneLine(reason: CommandLineError, message: String) {
    #expect(reason.message == message)
    #expect(!reason.message.contains("\n"))
  }
}
