import LearnLog

/// `learnlog rules …`: inspect, check and try the follow-up rules (docs/RULES.md).
extension CommandTree {
  static let rulesList = CommandSpec(
    "list", aliases: ["ls"], abstract: "List every follow-up rule.",
    discussion:
      "One line per rule: its id, where it applies (question numbers, GROW stages, any, entry), its priority (higher is asked first) and where it comes from: built-in, user file (added by your rule file) or replaced (a built-in rule your file redefines). Rules your file turns off under \"disable\" are listed as disabled. Uses $XDG_CONFIG_HOME/learnlog/rules.json, or the file given with --rules.",
    examples: [
      CommandExample("learnlog rules list", "Every rule in use."),
      CommandExample(
        "learnlog rules list --rules my-rules.json", "The rules with another rule file."),
    ])

  static let rulesShow = CommandSpec(
    "show", abstract: "Show everything about one rule.",
    discussion:
      "Prints where the rule applies, its condition as JSON, every phrasing of its follow-up, why it is asked, its priority, where it is defined, and the examples it must fire on and stay quiet on.",
    examples: [
      CommandExample(
        "learnlog rules show feelings.name-it", "The rule behind \"Which feeling was strongest?\".")
    ],
    positionals: [PositionalSpec("id", help: "The rule's id, as `learnlog rules list` shows it.")])

  static let rulesLint = CommandSpec(
    "lint", abstract: "Check a rule file for mistakes.",
    discussion:
      "Reports each problem as file:line:column: message: JSON syntax errors, unknown condition kinds and fields, bad patterns, unknown word lists, steps or rule ids, duplicate ids, rules without examples, and rules that can never fire. Exits 1 when there is any problem, and prints \"no problems\" otherwise. The file is read on top of the built-in rules, so it may use their word lists.",
    examples: [
      CommandExample(
        "learnlog rules lint", "Check your rule file ($XDG_CONFIG_HOME/learnlog/rules.json)."),
      CommandExample("learnlog rules lint team-rules.json", "Check another file before using it."),
    ],
    positionals: [
      PositionalSpec(
        "file", help: "The rule file (default: your rule file).", arity: .optional,
        completion: .file)
    ])

  static let rulesTest = CommandSpec(
    "test", abstract: "Run every rule's examples.",
    discussion:
      "Each rule lists answers it must fire on and answers it must stay quiet on. This runs them all, the built-in rules' and your file's, and lists each example that misbehaves as file:line:column with the evidence; it exits 1 when any fails. With FILE, only that file's rules are reported.",
    examples: [
      CommandExample("learnlog rules test", "The built-in examples and your rule file's."),
      CommandExample("learnlog rules test my-rules.json", "Only the examples in my-rules.json."),
    ],
    positionals: [
      PositionalSpec(
        "file", help: "Report only this rule file's examples.", arity: .optional, completion: .file)
    ])

  static let stageNames = GrowStage.allCases.map(\.rawValue)

  static let rulesTry = CommandSpec(
    "try", abstract: "Show which follow-ups an answer would get.",
    discussion:
      "Evaluates the answer as if it were given at one question or GROW stage, and prints every rule that fires, highest priority first, with its follow-up, why it is asked and the evidence. Those marked with * are what the conversation would show (one per answer, or two when the rule file says so). The answer is TEXT, or standard input when TEXT is absent. Rules about your history (repeated answers, recurring themes) see no earlier entries here.",
    usage: [
      "(--question <n> | --stage <stage>) [--json] [<text> ...]"
    ],
    examples: [
      CommandExample(
        "learnlog rules try --question 2 \"It was a useful session.\"",
        "Would question 2 ask about feelings?"),
      CommandExample(
        "learnlog rules try --stage questions < questions.txt",
        "Try the questions you asked, from a file."),
      CommandExample(
        "learnlog rules try -q 8 --json \"Try to listen more.\" | jq '.nudges[].rule'",
        "The ids of the rules that fire, for scripts."),
    ],
    options: [
      OptionSpec(
        "question", short: "q", valueName: "n", help: "The question the answer is for, 1 to 16."),
      OptionSpec(
        "stage", short: "s", valueName: "stage",
        help: "The GROW stage the answer is for.",
        completion: .choices(stageNames)),
    ],
    flags: [
      FlagSpec(
        "json",
        help:
          "Print JSON: {\"nudges\": [{rule, ask, why, evidence, shown}, …]}, highest priority first."
      )
    ],
    positionals: [
      PositionalSpec(
        "text", help: "The answer; several words are joined by spaces (default: standard input).",
        arity: .zeroOrMore)
    ])

  static let rules = CommandSpec(
    "rules", abstract: "Inspect, check and try the follow-up rules.",
    discussion:
      "After each answer learnlog may ask one follow-up, chosen by rules. The built-in rules are compiled in; your own file at $XDG_CONFIG_HOME/learnlog/rules.json (or --rules FILE) adds rules, replaces one by id, or disables one. docs/RULES.md describes the file. With no subcommand, lists the rules.",
    examples: [
      CommandExample("learnlog rules", "List the rules."),
      CommandExample(
        "learnlog rules try -q 7 \"Maybe I will try to listen more.\"",
        "See which follow-up an answer gets."),
      CommandExample(
        "learnlog rules lint && learnlog rules test", "Check your rule file before a reflection."),
    ],
    subcommands: [rulesList, rulesShow, rulesLint, rulesTest, rulesTry],
    defaultSubcommand: "list")
}
