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
    app.out("Config file: \(app.configFilePath) (\(state))\n\n")
    let followUps = followUpsPerAnswer(settings, app: app)
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
    let table = TextTable(headers: ["SETTING", "VALUE", "FROM"], rows: rows)
    app.out(table.render(header: app.style.emphasis))
  }

  /// The flag or config file, else what the rule engine (built-in pack and rule file) says.
  private func followUpsPerAnswer(_ settings: Settings, app: App) -> Setting<Int> {
    if let value = settings.followUpsPerAnswer.value {
      return Setting(value: value, source: settings.followUpsPerAnswer.source)
    }
    let engine = FollowUpAdvisors.load(app: app) { _ in }
    let value = engine.maxFollowUpsPerAnswer
    return Setting(value: value, source: value == RuleSettings().maxFollowUpsPerAnswer ? .defaultValue : .ruleFile)
  }
}
