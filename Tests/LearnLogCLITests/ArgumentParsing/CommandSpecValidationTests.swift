import Testing

@testable import LearnLogCLI

@Suite struct CommandSpecValidationTests {
  @Test func theExampleTreeIsSound() {
    #expect(ExampleCommandTree.root.validationProblems() == [])
  }

  @Test func reportsEveryKindOfMistake() {
    let broken = CommandSpec(
      "tool", abstract: "A broken tool.",
      options: [OptionSpec("db", help: "Database.", isGlobal: true)],
      flags: [FlagSpec("--json", help: "JSON.")],
      subcommands: [
        CommandSpec(
          "run", abstract: "Run.",
          options: [OptionSpec("db", short: "h", help: "Shadows the global --db and -h.")],
          positionals: [
            PositionalSpec("files", help: "Files.", arity: .zeroOrMore),
            PositionalSpec("target", help: "Target."),
          ]),
        CommandSpec("run", abstract: "Run again."),
      ],
      defaultSubcommand: "walk")
    #expect(
      broken.validationProblems() == [
        "tool: '--json' must be given without dashes",
        "tool: subcommand 'run' is declared twice",
        "tool: default subcommand 'walk' does not exist",
        "tool run: '--db' is declared twice or reserved",
        "tool run: '-h' is declared twice or reserved",
        "tool run: only the last argument may be variadic ('files')",
        "tool run: required 'target' follows an optional argument",
      ])
  }
}
