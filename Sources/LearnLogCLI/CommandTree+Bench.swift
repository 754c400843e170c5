/// Hidden commands that exist for `Scripts/bench`: they time work inside one process, where a
/// whole-program timing would mostly measure start-up.
extension CommandTree {
  static let benchRules = CommandSpec(
    "__bench-rules", abstract: "Time the rule engine on one answer (for Scripts/bench).",
    discussion:
      "Reads an answer from FILE, compiles the built-in rules (plus --rules FILE when given), then evaluates the answer at each step the given number of times and prints every evaluation's time as JSON. Rule files are read with the same code a reflection uses.",
    examples: [
      CommandExample("learnlog __bench-rules answer.txt", "The built-in rules at every step."),
      CommandExample(
        "learnlog __bench-rules --rules many.json --repeat 50 --step q7 answer.txt",
        "A generated rule file, 50 times at question 7."),
    ],
    options: [
      OptionSpec("repeat", valueName: "count", help: "Evaluations per step (default 20)."),
      OptionSpec(
        "step", valueName: "step",
        help: "Evaluate only at this step (goal…questions, q1…q16; default: every one)."),
    ],
    positionals: [PositionalSpec("file", help: "The answer to evaluate.", completion: .file)],
    isHidden: true)
}
