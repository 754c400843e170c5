import LearnLog

/// `learnlog config`: the settings in effect and where each came from.
struct ConfigCommand {
  func run(_ app: App) throws {
    let settings = app.settings
    let state: String
    switch app.configState {
    case .missing: state = "not found; the defaults apply"
    case .loaded: state = "read"
    case .ignored: state = "ignored because of the mistake above"
    }
    // On a terminal these lines wrap to its width and the table is fitted to it; a pipe gets
    // them whole, for scripts.
    app.outLines(["Config file: \(app.configFilePath) (\(state))"])
    // Loaded once, for the rule file's line and for followUpsPerAnswer; a problem in the file
    // is the warning a reflection would give, on that line.
    var ruleProblem: String?
    let engine = FollowUpAdvisors.load(app: app) { ruleProblem = ruleProblem ?? $0 }
    app.outLines([Self.ruleFileLine(path: app.userRulesPath, problem: ruleProblem, app: app), ""])
    let followUps = followUpsPerAnswer(settings, engine: engine)
    let rows: [[String]] = [
      ["programmeTarget", String(settings.programmeTarget.value), settings.programmeTarget.source.description],
      ["programmeWeeks", String(settings.programmeWeeks.value), settings.programmeWeeks.source.description],
      [
        "programmeStart", settings.programmeStart.value?.iso ?? "the first session",
        settings.programmeStart.source.description,
      ],
      ["colour", settings.colour.value.rawValue, settings.colour.source.description],
      ["editor", settings.editor.value ?? "nano, else vi", settings.editor.source.description],
      ["followUpsPerAnswer", String(followUps.value), followUps.source.description],
    ]
    // A setting's name is what config.json spells: never cut it.
    let table = TextTable(
      headers: ["SETTING", "VALUE", "FROM"], rows: rows, wholeColumns: [0],
      maxWidth: app.isOutputTerminal ? app.width : nil)
    app.out(table.render(header: app.style.emphasis))
  }

  /// `Rule file: PATH (read)`, or what is used instead of it.
  static func ruleFileLine(path: String?, problem: String?, app: App) -> String {
    guard let path else {
      return "Rule file: none; the built-in rules apply (yours would be \(app.configFolder)/rules.json)"
    }
    guard let problem else { return "Rule file: \(path) (read)" }
    return "Rule file: \(path): \(problem)"
  }

  /// The flag or config file, else what the rule engine (built-in pack and rule file) says.
  private func followUpsPerAnswer(_ settings: Settings, engine: RuleEngine) -> Setting<Int> {
    if let value = settings.followUpsPerAnswer.value {
      return Setting(value: value, source: settings.followUpsPerAnswer.source)
    }
    let value = engine.maxFollowUpsPerAnswer
    return Setting(value: value, source: value == RuleSettings().maxFollowUpsPerAnswer ? .defaultValue : .ruleFile)
  }
}
