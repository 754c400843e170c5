import LearnLog

/// The session register, the programme view and the configuration, as command specs.
extension CommandTree {
  // MARK: Global settings (each also settable in config.json; `learnlog config` shows them)

  static let colorOption = OptionSpec(
    "color", valueName: "when",
    help: "auto (colour on a terminal, not with NO_COLOR or TERM=dumb), always or never.",
    completion: .choices(ColourChoice.allCases.map(\.rawValue)), isGlobal: true)
  static let editorOption = OptionSpec(
    "editor", valueName: "command",
    help: "What /edit opens (default: $VISUAL, else $EDITOR, else nano, else vi).",
    isGlobal: true)
  static let followUpsOption = OptionSpec(
    "follow-ups", valueName: "n", help: "Follow-ups after one answer at most: 1 or 2.",
    completion: .choices(["1", "2"]), isGlobal: true)
  static let programmeTargetOption = OptionSpec(
    "programme-target", valueName: "n", help: "Sessions a programme window aims for (default 5).",
    isGlobal: true)
  static let programmeWeeksOption = OptionSpec(
    "programme-weeks", valueName: "n", help: "How many weeks a programme window lasts (default 6).",
    isGlobal: true)
  static let programmeStartOption = OptionSpec(
    "programme-start", valueName: "date",
    help: "The window's first day, YYYY-MM-DD (default: the first session in it).",
    isGlobal: true)

  static let settingOptions = [
    colorOption, editorOption, followUpsOption, programmeTargetOption, programmeWeeksOption,
    programmeStartOption,
  ]

  // MARK: learnlog sessions …

  static let sessionFieldOptions = [
    OptionSpec("date", valueName: "date", help: "The session's date: \(dateForms)."),
    OptionSpec("coachee", valueName: "name", help: "The coachee's name or alias (for a group, its name)."),
    OptionSpec("topic", valueName: "text", help: "What the session was about."),
    OptionSpec("minutes", valueName: "n", help: "How long it lasted, in minutes."),
    OptionSpec("group", valueName: "size", help: "A group session with this many people (2 or more)."),
  ]

  static let sessionsAdd = CommandSpec(
    "add", abstract: "Register a coaching session.",
    discussion:
      "Records the session for the programme view and the coaching-hours log. The date is today unless --date says otherwise; sessions are individual and paid unless --group or --pro-bono says so. On a terminal, learnlog asks for the coachee, topic and length when they are not given, and for the date (Enter for today) when the coachee is not given either.",
    examples: [
      CommandExample("learnlog sessions add", "Answer a few questions."),
      CommandExample("learnlog sessions add --coachee Ravi --topic 'Key client' --minutes 45", "All at once; the date is today."),
      CommandExample("learnlog sessions add --coachee 'Team A' --group 5 --minutes 90 --pro-bono", "A pro bono group session of five, today."),
    ],
    options: sessionFieldOptions,
    flags: [FlagSpec("pro-bono", help: "The session was unpaid.")])

  static let sessionsList = CommandSpec(
    "list", aliases: ["ls"], abstract: "List the registered sessions, with the programme view first.",
    discussion: "Newest first: date, coachee, topic, minutes, individual or group, paid or pro bono, and the reflections about each session.",
    examples: [
      CommandExample("learnlog sessions list", "The programme and the register."),
      CommandExample("learnlog sessions list --json", "The register as JSON."),
    ],
    flags: [FlagSpec("json", help: "Print the sessions as JSON.")])

  static let sessionsEdit = CommandSpec(
    "edit", abstract: "Change a registered session.",
    discussion: "Only the fields given change.",
    examples: [
      CommandExample("learnlog sessions edit 7 --minutes 60", "Add the length of session 7."),
      CommandExample("learnlog sessions edit 7 --individual --paid", "Make it an individual, paid session."),
    ],
    options: sessionFieldOptions,
    flags: [
      FlagSpec("individual", help: "Make it an individual session."),
      FlagSpec("paid", help: "Make it a paid session."),
      FlagSpec("pro-bono", help: "Make it a pro bono session."),
    ],
    positionals: [PositionalSpec("id", help: "The session's id, as `learnlog sessions list` shows it.")])

  static let sessionsRemove = CommandSpec(
    "remove", aliases: ["rm"], abstract: "Remove a session from the register.",
    discussion: "Asks first. Reflections about the session stay in your log; they are only detached from it.",
    examples: [CommandExample("learnlog sessions remove 7", "Remove session 7, after confirming.")],
    flags: [FlagSpec("yes", short: "y", help: "Do not ask (needed when input is not a terminal).")],
    positionals: [PositionalSpec("id", help: "The session's id.")])

  static let sessionsExport = CommandSpec(
    "export", abstract: "Export a coaching-hours log for a credential application.",
    discussion:
      "icf-csv: one row per session (client alias, date, individual or group, group size, paid or pro bono, hours to two decimals, and minutes), then total, paid, pro bono, individual and group hours and minutes. Totals are summed from minutes, so they can differ by a hundredth from the sum of the rounded rows. Sessions without a length are left out, with a warning naming them. Sessions dated after today are planned, not held: they are left out until their day, with a line saying how many.",
    examples: [
      CommandExample("learnlog sessions export --format icf-csv -o hours.csv", "Write the log (mode 0600)."),
    ],
    options: [
      OptionSpec("format", valueName: "format", help: "The log's format.", defaultValue: "icf-csv", completion: .choices(["icf-csv"])),
      outputOption,
    ])

  static let sessions = CommandSpec(
    "sessions", abstract: "Register your coaching sessions and export your coaching hours.",
    discussion:
      "The register counts the sessions of your programme window and feeds the coaching-hours log. A reflection registers its session by itself, or attaches to a registered one with `learnlog reflect --session ID`.",
    examples: [
      CommandExample("learnlog sessions add --coachee Ravi --minutes 45", "Register today's session."),
      CommandExample("learnlog sessions", "The programme and the register."),
    ],
    subcommands: [sessionsAdd, sessionsList, sessionsEdit, sessionsRemove, sessionsExport],
    defaultSubcommand: "list")

  static let programme = CommandSpec(
    "programme", aliases: ["program"],
    abstract: "Where you stand in the programme: sessions held, days left, Best and Most Challenging.",
    discussion:
      "A programme window (default 6 weeks, aiming for 5 sessions) opens with its first session or on --programme-start. Shows the sessions held against the target, the days left, which sessions your reflections mark Best and Most Challenging, and which of those still lack a complete reflection.",
    examples: [CommandExample("learnlog programme --programme-target 4", "Count against 4 sessions.")])

  static let config = CommandSpec(
    "config", abstract: "Show the settings in effect and where each comes from.",
    discussion:
      "Settings come from flags, then $XDG_CONFIG_HOME/learnlog/config.json, then the environment (NO_COLOR, VISUAL, EDITOR), then the defaults. The file is JSON with the keys programmeTarget, programmeWeeks, programmeStart, colour, editor and followUpsPerAnswer; a mistake in it is reported with its line, and the defaults are used.",
    examples: [CommandExample("learnlog config", "Print the effective settings.")])

  static let reflectSessionOption = OptionSpec(
    "session", short: "s", valueName: "id",
    help: "Reflect on this registered session: its date and coachee are filled in.")
}
