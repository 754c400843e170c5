import Testing

@testable import LearnLogCLI

@Suite struct ArgumentParserTests {
  let root = ExampleCommandTree.root

  /// A command line that parses, and what the parsed command should hold.
  struct Accepted: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var path: [String]
    var flags: [String] = []
    var options: [String: [String]] = [:]
    var positionals: [String: [String]] = [:]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let accepted: [Accepted] = [
    Accepted(arguments: [], path: []),
    Accepted(arguments: ["reflect", "--resume"], path: ["reflect"], flags: ["resume"]),
    Accepted(arguments: ["show", "42"], path: ["show"], positionals: ["entry": ["42"]]),
    // Options before or after positional arguments.
    Accepted(
      arguments: ["show", "--json", "42"], path: ["show"], flags: ["json"],
      positionals: ["entry": ["42"]]),
    Accepted(
      arguments: ["show", "42", "-j"], path: ["show"], flags: ["json"],
      positionals: ["entry": ["42"]]),
    // Global options before or after the subcommand.
    Accepted(
      arguments: ["--db", "x.db", "show", "42"], path: ["show"], options: ["db": ["x.db"]],
      positionals: ["entry": ["42"]]),
    Accepted(
      arguments: ["show", "42", "--db=x.db", "--no-color"], path: ["show"],
      flags: ["no-color"], options: ["db": ["x.db"]], positionals: ["entry": ["42"]]),
    // `--opt=value`, `--opt value`, `-n 5`, `-n5`, `-n=5`.
    Accepted(
      arguments: ["rules", "try", "--limit=5", "hi"], path: ["rules", "try"],
      options: ["limit": ["5"]], positionals: ["text": ["hi"]]),
    Accepted(
      arguments: ["rules", "try", "--limit", "5", "hi"], path: ["rules", "try"],
      options: ["limit": ["5"]], positionals: ["text": ["hi"]]),
    Accepted(
      arguments: ["rules", "try", "-n", "5", "hi"], path: ["rules", "try"],
      options: ["limit": ["5"]], positionals: ["text": ["hi"]]),
    Accepted(
      arguments: ["rules", "try", "-n5", "hi"], path: ["rules", "try"],
      options: ["limit": ["5"]], positionals: ["text": ["hi"]]),
    Accepted(
      arguments: ["rules", "try", "-n=5", "hi"], path: ["rules", "try"],
      options: ["limit": ["5"]], positionals: ["text": ["hi"]]),
    // An attached value may start with a dash.
    Accepted(
      arguments: ["rules", "try", "--limit=-1", "hi"], path: ["rules", "try"],
      options: ["limit": ["-1"]], positionals: ["text": ["hi"]]),
    // Combined short flags, and a short option ending a cluster.
    Accepted(
      arguments: ["rules", "try", "-vn3", "a", "b"], path: ["rules", "try"], flags: ["verbose"],
      options: ["limit": ["3"]], positionals: ["text": ["a", "b"]]),
    // Repeatable options collect every value.
    Accepted(
      arguments: ["rules", "try", "--rule", "a", "hi", "--rule=b"], path: ["rules", "try"],
      options: ["rule": ["a", "b"]], positionals: ["text": ["hi"]]),
    // Aliases resolve to the canonical name.
    Accepted(
      arguments: ["rules", "ls", "goal"], path: ["rules", "list"],
      positionals: ["pattern": ["goal"]]),
    // The default subcommand runs when none is named, and takes the options that follow.
    // No option has a space in its name, so a dashed word with one is a value for the option.
    Accepted(
      arguments: ["rules", "try", "-n", "-3 days ago", "hi"], path: ["rules", "try"],
      options: ["limit": ["-3 days ago"]], positionals: ["text": ["hi"]]),
    Accepted(arguments: ["rules"], path: ["rules", "list"]),
    Accepted(arguments: ["rules", "--json"], path: ["rules", "list"], flags: ["json"]),
    // `--` ends options: what follows is positional, even `-x`, `--foo` or `--help`.
    Accepted(
      arguments: ["rules", "try", "--", "-x", "--foo", "--help"], path: ["rules", "try"],
      positionals: ["text": ["-x", "--foo", "--help"]]),
    Accepted(
      arguments: ["rules", "try", "-v", "--", "--", "-n"], path: ["rules", "try"],
      flags: ["verbose"], positionals: ["text": ["--", "-n"]]),
    // After `--`, a word is an argument even if it names a subcommand.
    Accepted(
      arguments: ["rules", "try", "--", "list"], path: ["rules", "try"],
      positionals: ["text": ["list"]]),
    // A lone dash and negative numbers are arguments.
    Accepted(arguments: ["export", "-"], path: ["export"], positionals: ["file": ["-"]]),
    Accepted(
      arguments: ["rules", "try", "-3", "-0.5"], path: ["rules", "try"],
      positionals: ["text": ["-3", "-0.5"]]),
    Accepted(arguments: ["export"], path: ["export"]),
  ]

  @Test(arguments: accepted)
  func parsesValidCommandLines(_ example: Accepted) throws {
    let outcome = try ArgumentParser.parse(example.arguments, root: root)
    guard case .run(let parsed) = outcome else {
      Issue.record("expected a command to run, got \(outcome)")
      return
    }
    #expect(parsed.commandPath == example.path)
    #expect(parsed.flagsGiven == Set(example.flags))
    #expect(parsed.optionValues == example.options)
    for (name, values) in example.positionals {
      #expect(parsed.positionals(name) == values)
    }
    #expect(parsed.arguments == example.positionals.values.flatMap { $0 })
  }

  /// A command line that is a usage error, and the one-line message it should produce.
  struct Rejected: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var path: [String]
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let rejected: [Rejected] = [
    Rejected(arguments: ["reveiw"], message: "unknown command 'reveiw'", path: []),
    Rejected(
      arguments: ["shwo", "42"], message: "unknown command 'shwo'; did you mean 'show'?", path: []),
    Rejected(
      arguments: ["exp"], message: "unknown command 'exp'; did you mean 'export'?", path: []),
    Rejected(
      arguments: ["rules", "tyr"], message: "unknown command 'tyr'; did you mean 'try'?",
      path: ["rules"]),
    Rejected(
      arguments: ["show", "--jsn", "42"], message: "unknown option '--jsn'; did you mean '--json'?",
      path: ["show"]),
    Rejected(
      arguments: ["show", "-json", "42"], message: "unknown option '-s'; did you mean '--json'?",
      path: ["show"]),
    Rejected(
      arguments: ["--verison"], message: "unknown option '--verison'; did you mean '--version'?",
      path: []),
    Rejected(arguments: ["show", "-x", "42"], message: "unknown option '-x'", path: ["show"]),
    Rejected(
      arguments: ["rules", "try", "-wording"],
      message: "unknown option '-w' in '-wording'; an argument that starts with a dash goes after '--', as in: -- -wording",
      path: ["rules", "try"]),
    Rejected(
      arguments: ["rules", "try", "hi", "--limit"],
      message: "missing value for option '--limit'", path: ["rules", "try"]),
    Rejected(
      arguments: ["rules", "try", "-n", "--verbose", "hi"],
      message: "missing value for option '-n'", path: ["rules", "try"]),
    // A dashed word that names no option is probably the value: say how to attach it.
    Rejected(
      arguments: ["rules", "try", "-n", "-x", "hi"],
      message: "missing value for option '-n': '-x' is read as an option; for a value that "
        + "starts with a dash, write '-n=-x'", path: ["rules", "try"]),
    Rejected(
      arguments: ["rules", "try", "-n", "--verbos", "hi"],
      message: "missing value for option '-n'", path: ["rules", "try"]),
    Rejected(
      arguments: ["rules", "try", "-n", "2", "-n", "3", "hi"],
      message: "option '--limit' may be given only once", path: ["rules", "try"]),
    Rejected(
      arguments: ["show", "--json=yes", "42"],
      message: "flag '--json' takes no value, but was given 'yes'", path: ["show"]),
    Rejected(
      arguments: ["show", "42", "43"], message: "unexpected argument '43'", path: ["show"]),
    Rejected(arguments: ["show"], message: "missing argument '<entry>'", path: ["show"]),
    Rejected(
      arguments: ["rules", "try", "-v"], message: "missing argument '<text>'",
      path: ["rules", "try"]),
    // `--version` works only before a subcommand.
    Rejected(
      arguments: ["show", "--version"], message: "unknown option '--version'", path: ["show"]),
    // Hidden commands run but are never suggested.
    Rejected(arguments: ["__complete"], message: "unknown command '__complete'", path: []),
  ]

  @Test(arguments: rejected)
  func rejectsInvalidCommandLines(_ example: Rejected) {
    #expect(throws: UsageError.self) { try ArgumentParser.parse(example.arguments, root: root) }
    do {
      _ = try ArgumentParser.parse(example.arguments, root: root)
    } catch {
      #expect(error.message == example.message)
      #expect(error.commandPath == example.path)
      #expect(error.exitCode == 64)
    }
  }

  @Test(arguments: [
    (["--help"], [String]()),
    (["-h", "rules"], ["rules"]),
    (["rules", "--help", "try"], ["rules", "try"]),
    (["rules", "ls", "-h"], ["rules", "list"]),
    (["rules", "try", "-vh"], ["rules", "try"]),
    // Help wins over mistakes, and stops at the deepest command named.
    (["show", "--jsn", "--help"], ["show"]),
    (["rules", "tyr", "--help"], ["rules"]),
    (["show", "--help", "42", "43"], ["show"]),
    (["rules", "try", "--limit", "--help"], ["rules", "try"]),
  ])
  func helpAnywhereAsksForHelpForTheDeepestCommand(arguments: [String], path: [String]) throws {
    #expect(try ArgumentParser.parse(arguments, root: root) == .help(commandPath: path))
  }

  @Test func helpAfterDoubleDashIsAnArgument() throws {
    let outcome = try ArgumentParser.parse(["rules", "try", "--", "--help"], root: root)
    guard case .run(let parsed) = outcome else {
      Issue.record("expected a command to run, got \(outcome)")
      return
    }
    #expect(parsed.positionals("text") == ["--help"])
  }

  @Test func versionAtTheRoot() throws {
    #expect(try ArgumentParser.parse(["--version"], root: root) == .version)
    #expect(try ArgumentParser.parse(["--db", "x", "--version"], root: root) == .version)
    #expect(
      try ArgumentParser.parse(["--version", "--help"], root: root) == .help(commandPath: []))
  }

  @Test func resultFormMatchesThrowingForm() {
    #expect(ArgumentParser.parseResult(["--version"], root: root) == .success(.version))
    let failure = ArgumentParser.parseResult(["nope"], root: root)
    #expect(
      failure == .failure(UsageError(.unknownCommand("nope", suggestion: nil), commandPath: [])))
  }

  @Test func helpTopicsResolveAliasesAndSuggest() throws {
    #expect(try root.resolveHelpTopic([]) == [])
    #expect(try root.resolveHelpTopic(["rules", "ls"]) == ["rules", "list"])
    #expect(throws: UsageError(.unknownCommand("tyr", suggestion: "try"), commandPath: ["rules"])) {
      try root.resolveHelpTopic(["rules", "tyr"])
    }
  }
}
