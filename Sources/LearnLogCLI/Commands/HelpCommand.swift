import LearnLog

/// `learnlog help [COMMAND…] [--man]`.
struct HelpCommand {
  let topic: [String]
  let man: Bool

  init(_ command: ParsedCommand) {
    topic = command.positionals("command")
    man = command.flag("man")
  }

  func run(_ app: App) throws {
    if man {
      app.out(ManualPage.render(date: app.today))
      return
    }
    let path = try CommandTree.root.resolveHelpTopic(topic)
    app.out(HelpFormatter.render(path, root: CommandTree.root, width: app.width))
  }
}

/// The man page, generated from the command tree with the sections only a manual has.
enum ManualPage {
  static func render(date: CalendarDate) -> String {
    ManPageFormatter(
      date: date.iso, source: "learnlog \(LearnLogProgram.version)",
      files: [
        .init("$XDG_DATA_HOME/learnlog/learnlog.sqlite3", "The log (default ~/.local/share/learnlog/learnlog.sqlite3), mode 0600."),
        .init("$XDG_CONFIG_HOME/learnlog/rules.json", "Your own follow-up rules, added to the built-in ones."),
        .init("$XDG_CONFIG_HOME/learnlog/config.json", "Settings: programme target and window, colour, editor, follow-ups per answer (see `learnlog config`)."),
      ],
      environment: [
        .init("LEARNLOG_DB", "The log's file, when --db is not given."),
        .init("NO_COLOR", "When set, no colour is used."),
        .init("VISUAL, EDITOR", "The editor /edit opens (else nano, else vi)."),
        .init("COLUMNS", "The width to wrap text to."),
      ],
      exitStatuses: ManPageFormatter.standardExitStatuses + [
        .init("130", "A question a command asked (sessions add, sessions remove, forget) was cancelled with Ctrl-C; nothing was changed.")
      ]
    ).render(CommandTree.root)
  }
}
