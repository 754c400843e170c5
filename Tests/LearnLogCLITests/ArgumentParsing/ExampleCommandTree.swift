import LearnLogCLI

/// A small command tree shaped like learnlog's, shared by the argument parsing tests.
enum ExampleCommandTree {
  static let root = CommandSpec(
    "learnlog",
    abstract: "A terminal reflection coach.",
    discussion:
      "With no command, learnlog starts a reflection. Commands record coaching sessions, "
      + "show past entries and try the follow-up rules.",
    examples: [CommandExample("learnlog --db /tmp/test.db", "Reflect into a scratch database.")],
    options: [
      OptionSpec(
        "db", valueName: "path", help: "The database file.", completion: .file, isGlobal: true)
    ],
    flags: [FlagSpec("no-color", help: "Never use colour.", isGlobal: true)],
    subcommands: [reflect, show, rules, export, completeIDs]
  )

  static let reflect = CommandSpec(
    "reflect",
    abstract: "Start or resume a reflection.",
    flags: [FlagSpec("resume", short: "r", help: "Continue the unfinished reflection.")]
  )

  static let show = CommandSpec(
    "show",
    abstract: "Show an entry.",
    discussion:
      "Prints the entry's answers in order, with the follow-ups the rules raised and how you "
      + "responded to each.",
    examples: [
      CommandExample("learnlog show 42", "Show entry 42."),
      CommandExample("learnlog show --json 42 | jq .answers", "Pick the answers out of the JSON."),
    ],
    flags: [FlagSpec("json", short: "j", help: "Print JSON instead of text.")],
    positionals: [PositionalSpec("entry", help: "The entry id.", completion: .entryID)]
  )

  static let rules = CommandSpec(
    "rules",
    abstract: "Inspect and try the follow-up rules.",
    subcommands: [
      CommandSpec(
        "list", aliases: ["ls"], abstract: "List the rules.",
        options: [
          OptionSpec(
            "stage", short: "s", valueName: "stage", help: "Only rules for this GROW stage.",
            completion: .choices(["goal", "reality", "options", "will"]))
        ],
        flags: [FlagSpec("json", short: "j", help: "Print JSON.")],
        positionals: [
          PositionalSpec("pattern", help: "Only rules whose id contains this.", arity: .optional)
        ]
      ),
      CommandSpec(
        "try", abstract: "Show which rules fire on a text.",
        options: [
          OptionSpec(
            "rule", valueName: "id", help: "Only this rule.", isRepeatable: true),
          OptionSpec(
            "limit", short: "n", valueName: "n", help: "Show at most this many follow-ups.",
            defaultValue: "2"),
        ],
        flags: [FlagSpec("verbose", short: "v", help: "Show the evidence.")],
        positionals: [PositionalSpec("text", help: "The answer to try.", arity: .oneOrMore)]
      ),
    ],
    defaultSubcommand: "list"
  )

  static let export = CommandSpec(
    "export",
    abstract: "Export entries.",
    options: [
      OptionSpec(
        "format", short: "f", valueName: "format", help: "The output format.",
        defaultValue: "md", completion: .choices(["md", "html", "json"])),
      OptionSpec(
        "entry", short: "e", valueName: "id", help: "Only this entry.", completion: .entryID),
    ],
    positionals: [
      PositionalSpec(
        "file", help: "Where to write; standard output if absent.", arity: .optional,
        completion: .file)
    ]
  )

  static let completeIDs = CommandSpec(
    "__complete-ids", abstract: "Print entry ids for shell completion.", isHidden: true)
}
