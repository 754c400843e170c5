/// Every command learnlog knows, as data: parsing, help, the man page and shell completion are all
/// generated from this one tree.
enum CommandTree {
  static let dbOption = OptionSpec(
    "db", valueName: "path",
    help: "The log's SQLite file (default: $LEARNLOG_DB, else $XDG_DATA_HOME/learnlog/learnlog.sqlite3).",
    completion: .file, isGlobal: true)
  static let rulesOption = OptionSpec(
    "rules", valueName: "file",
    help: "A rule file to use instead of $XDG_CONFIG_HOME/learnlog/rules.json.",
    completion: .file, isGlobal: true)
  static let noColorFlag = FlagSpec("no-color", help: "Never use colour.", isGlobal: true)
  /// The dates every date option reads (as the chat does), for their help.
  static let dateForms = "YYYY-MM-DD, today, yesterday or N days ago"

  static let reflect = CommandSpec(
    "reflect", abstract: "Reflect on a coaching session, one question at a time.",
    discussion:
      "Walks you through the session with GROW (Goal, Reality, Options, Will and the questions you asked), then the 16 questions of the Leadership Learning Log. Every answer is saved as you give it; /pause or Ctrl-D leaves a draft that --resume continues. Type /help during the reflection for its commands.",
    examples: [
      CommandExample("learnlog reflect", "Start a reflection."),
      CommandExample("learnlog reflect --resume", "Continue the newest unfinished reflection."),
      CommandExample("learnlog reflect --session 7", "Reflect on registered session 7."),
      CommandExample("printf 'today\\nRavi\\nbest\\n' | learnlog reflect", "Answer from a pipe, one line per answer."),
    ],
    options: [reflectSessionOption],
    flags: [FlagSpec("resume", short: "r", help: "Continue the newest unfinished reflection where it stopped.")])

  static let log = CommandSpec(
    "log", abstract: "List your entries, newest first.",
    discussion: "Shows each entry's session date, coachee, kind (Best, Most Challenging, Other), status and id.",
    examples: [
      CommandExample("learnlog log -n 5", "The five newest entries."),
      CommandExample("learnlog log --json", "Every entry as JSON, for scripts."),
    ],
    options: [OptionSpec("limit", short: "n", valueName: "count", help: "Show at most this many entries.")],
    flags: [FlagSpec("json", help: "Print JSON: a list of entries with the fields `show --json` gives.")])

  static let show = CommandSpec(
    "show", abstract: "Print one entry as readable text.",
    discussion: "Prints the session context, the GROW recall and the numbered answers with the follow-ups each received.",
    examples: [
      CommandExample("learnlog show 14", "Read entry 14."),
      CommandExample("learnlog show 14 --transcript", "Add the whole conversation."),
      CommandExample("learnlog show 14 --json", "Machine-readable, with the transcript."),
    ],
    flags: [
      FlagSpec("transcript", short: "t", help: "Add the whole conversation, turn by turn."),
      FlagSpec("json", help: "Print JSON (id, kind, status, coachee, sessionDate, grow, answers, transcript…)."),
    ],
    positionals: [PositionalSpec("id", help: "The entry's id, as `learnlog log` shows it.", completion: .entryID)])

  static let importCommand = CommandSpec(
    "import", abstract: "Import a reflection written elsewhere.",
    discussion:
      "Reads plain text or Markdown in which each question starts with a line like `Question 7. What will I do differently…`, `Q7:` or a heading `## 7`. A title naming the Best or the Most Challenging session sets the kind; the options below set the kind, date and coachee explicitly. Stores one complete entry, or nothing when the file cannot be read. A session date in the future is refused, from the file or --date: a reflection is about a session that has happened. A jrnl journal's entries dated after today are imported, with a warning saying how many.",
    examples: [
      CommandExample("learnlog import reflection.md", "Import a Markdown reflection."),
      CommandExample("learnlog import notes.txt --kind best --date 2026-11-28 --coachee Ravi", "Say what the file does not."),
      CommandExample("learnlog import --format jrnl journal.txt --dry-run", "See what a jrnl journal would bring in as notes."),
      CommandExample("learnlog import --format json learnlog-backup.json", "Restore an export."),
      CommandExample("jrnl --export txt | learnlog import --format jrnl -", "Import a journal straight from jrnl."),
    ],
    options: [
      OptionSpec("kind", valueName: "kind", help: "best, challenging or other.", completion: .choices(["best", "challenging", "other"])),
      OptionSpec("date", valueName: "date", help: "The session date: \(dateForms) (default: the date in the file, else today)."),
      OptionSpec("coachee", valueName: "name", help: "The coachee's name or alias."),
      importFormatOption,
    ],
    flags: [importDryRunFlag],
    positionals: [PositionalSpec("file", help: "The file to import; - reads standard input.", completion: .file)])

  static let help = CommandSpec(
    "help", abstract: "Show help for a command.",
    examples: [
      CommandExample("learnlog help show", "Help for `show`."),
      CommandExample("learnlog help --man > learnlog.1", "Write the manual page."),
    ],
    flags: [FlagSpec("man", help: "Print the whole manual as a roff man page.")],
    positionals: [PositionalSpec("command", help: "The command (and subcommand) to explain.", arity: .zeroOrMore)])

  static let completion = CommandSpec(
    "completion", abstract: "Print a shell completion script.",
    discussion: "Completes commands, options and entry ids. Load it from your shell's start-up file.",
    examples: [
      CommandExample("source <(learnlog completion bash)", "Enable completion in bash."),
      CommandExample("learnlog completion fish > ~/.config/fish/completions/learnlog.fish", "Install it for fish."),
    ],
    positionals: [PositionalSpec("shell", help: "bash, zsh or fish.", completion: .choices(["bash", "zsh", "fish"]))])

  static let completeIDs = CommandSpec(
    "__complete-ids", abstract: "Print entry ids for shell completion.", isHidden: true)

  static let root = CommandSpec(
    "learnlog", abstract: "A reflection coach for managers who coach their people.",
    discussion:
      "With no command, learnlog greets you, offers to resume an unfinished reflection, and otherwise starts a new one. Your log is a private SQLite file on this machine.",
    examples: [
      CommandExample("learnlog", "Reflect on your latest coaching session."),
      CommandExample("learnlog log", "See your entries."),
      CommandExample("learnlog help reflect", "How a reflection works."),
    ],
    options: [dbOption, rulesOption] + settingOptions,
    flags: [noColorFlag],
    subcommands: [
      reflect,
      log,
      show,
      importCommand,
      search,
      note,
      export,
      prepare,
      review,
      rules,
      backup,
      doctor,
      forget,
      help,
      completion,
      completeIDs,
      sessions,
      programme,
      config,
      benchRules,
    ])
}
