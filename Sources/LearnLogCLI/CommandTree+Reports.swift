/// The report commands: the coach-the-coach brief and the prompt history.
extension CommandTree {
  static let outputOption = OptionSpec(
    "output", short: "o", valueName: "file",
    help: "Write to this file instead of standard output (- is standard output). A file there is "
      + "replaced, readable by you alone (mode 0600); a device or named pipe is written to.",
    completion: .file)

  static let prepare = CommandSpec(
    "prepare", abstract: "Build the brief for your coach-the-coach meeting.",
    discussion:
      "Sets your Best and Most Challenging reflections side by side (by default the ones you completed last, as the programme view shows them): each session through GROW; what happened (questions 1 and 5), what you learnt (6, 11), what changes (7, 8), results (9, 10) and the plan (14, 15, 16); the follow-ups each raised and how you responded; the themes that keep coming back across your log; and a short list of questions to bring to your coach. When one of the two reflections is missing, the brief is built from the other with a note saying how to create it; with neither, prepare says so and exits with status 1.",
    examples: [
      CommandExample("learnlog prepare", "The brief as Markdown, on the terminal."),
      CommandExample("learnlog prepare --format html -o brief.html", "A page to open, print or send to your phone."),
      CommandExample("learnlog prepare --best 12 --challenging 15", "Choose the two reflections."),
    ],
    options: [
      OptionSpec("best", valueName: "id", help: "The entry to use as your Best session (default: the Best reflection completed last).", completion: .entryID),
      OptionSpec("challenging", valueName: "id", help: "The entry to use as your Most Challenging session (default: the one completed last).", completion: .entryID),
      OptionSpec("format", short: "f", valueName: "format", help: "md, html or json (default: from the -o file name, else md).", defaultValue: nil, completion: .choices(PrepareCommand.formats)),
      outputOption,
    ])

  static let review = CommandSpec(
    "review", abstract: "Look back at the follow-ups you were given, month by month.",
    discussion:
      "For each rule that asked you a follow-up: how often, in how many entries, when first and last, how you responded (answered, skipped, dismissed, pending) and the trend by month; the themes that keep coming back come first. With --question N, also your answers to that question over time, oldest first, each with the follow-ups it received: how your thinking moved. Months follow the sessions' dates.",
    examples: [
      CommandExample("learnlog review", "Every rule, recurring themes first."),
      CommandExample("learnlog review --question 7", "Your answers to question 7 over time."),
      CommandExample("learnlog review --since 2026-09-01 --rule questions.open", "One rule since September."),
      CommandExample("learnlog review --format html -o review.html", "A page with a chart per rule."),
    ],
    options: [
      OptionSpec("since", valueName: "date", help: "Only sessions on or after this date: \(dateForms)."),
      OptionSpec("until", valueName: "date", help: "Only sessions on or before this date: \(dateForms)."),
      OptionSpec("rule", valueName: "id", help: "Only this rule's follow-ups (`learnlog rules list` shows the ids)."),
      OptionSpec("question", short: "q", valueName: "n", help: "Only follow-ups at question N (1-16), and your answers to it over time."),
      OptionSpec("format", short: "f", valueName: "format", help: "text, html or json (default: from the -o file name, else text).", defaultValue: nil, completion: .choices(ReviewCommand.formats)),
      outputOption,
    ])
}
