/// Search, notes, export and the formats of `import`.
extension CommandTree {
  static let sinceOption = OptionSpec(
    "since", valueName: "date", help: "Only from this date on (inclusive): \(dateForms).")
  static let untilOption = OptionSpec(
    "until", valueName: "date", help: "Only up to this date (inclusive): \(dateForms).")

  static let search = CommandSpec(
    "search", abstract: "Find words in your answers, GROW recall, follow-up replies and notes.",
    discussion:
      "Every word must appear (in any order); put a phrase in double quotes to find it as written, and end a word with * to match its beginning (feed* finds feedback); up to 32 words, those of phrases included. Case and accents do not matter. Chinese, Japanese and Korean text is matched anywhere inside a run of characters. Best matches come first; each shows the entry (or note), its date, coachee, kind and question, and the words found in context.",
    examples: [
      CommandExample("learnlog search feedback", "Everywhere you wrote about feedback."),
      CommandExample("learnlog search '\"difficult conversation\"' --kind challenging", "A phrase, in Most Challenging reflections only."),
      CommandExample("learnlog search deadline --question 7 --since 2026-01-01", "What you planned to change about deadlines this year."),
      CommandExample("learnlog search 会議", "Japanese (or Chinese, Korean) words inside longer text."),
    ],
    options: [
      sinceOption, untilOption,
      OptionSpec("kind", valueName: "kind", help: "Only Best, Most Challenging or other reflections (leaves out notes).", completion: .choices(["best", "challenging", "other"])),
      OptionSpec("question", valueName: "n", help: "Only answers to (and follow-ups on) question N, 1-16 (leaves out notes)."),
      OptionSpec("limit", short: "n", valueName: "count", help: "Show at most this many matches.", defaultValue: "20"),
    ],
    flags: [FlagSpec("json", help: "Print JSON: a list of matches with type, entry or note id, date, coachee, kind, step and snippet.")],
    positionals: [PositionalSpec("text", help: "The words to find.", arity: .oneOrMore)])

  static let note = CommandSpec(
    "note", abstract: "Add a dated free-form note to your log.",
    discussion:
      "A thought between sessions, a question for your coach, something to try: it is kept with today's date (or --date), shows up in search and goes into exports. With no text, the note is read from standard input.",
    examples: [
      CommandExample("learnlog note 'Ask my coach how to open a hard conversation.'", "A quick note, dated today."),
      CommandExample("learnlog note --date 2026-11-28 < thoughts.txt", "A longer note from a file, backdated."),
    ],
    options: [OptionSpec("date", valueName: "date", help: "The note's date: \(dateForms) (default: today).")],
    positionals: [PositionalSpec("text", help: "The note; read from standard input when absent.", arity: .zeroOrMore)])

  static let export = CommandSpec(
    "export", abstract: "Write your whole log (or part of it) as JSON or Markdown.",
    discussion:
      "Entries come with their answers, GROW recall, follow-ups and conversation, then your notes; JSON also carries your session register and which session each entry is about. JSON is a versioned document ({\"learnlog\": 1, \"sessions\": [...], \"entries\": [...], \"notes\": [...]}) that `learnlog import --format json` reads back into any log; Markdown is for reading and printing. A file written with -o is readable only by you (mode 0600).",
    examples: [
      CommandExample("learnlog export -o learnlog-backup.json", "A complete backup."),
      CommandExample("learnlog export --since 2026-09-01 -o autumn.md", "This term, as a readable document (Markdown, from the file name)."),
    ],
    options: [
      OptionSpec("format", short: "f", valueName: "format", help: "json or md (default: from the -o file name, else json).", defaultValue: nil, completion: .choices(["json", "md"])),
      sinceOption, untilOption,
      outputOption,
    ])

  /// `import --format`: text (a reflection document, the default), json (an export), jrnl.
  static let importFormatOption = OptionSpec(
    "format", valueName: "format",
    help: "text (a reflection, the default), json (a learnlog export) or jrnl (a jrnl journal, as notes).",
    defaultValue: "text", completion: .choices(["text", "json", "jrnl"]))
  static let importDryRunFlag = FlagSpec(
    "dry-run", help: "Show what would be imported and store nothing.")
}
