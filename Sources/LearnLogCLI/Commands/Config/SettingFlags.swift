import LearnLog

/// The settings given as flags on this command line, checked: a bad value is a usage error.
struct SettingFlags: Equatable {
  var colour: Setting<ColourChoice>?
  var editor: String?
  var followUpsPerAnswer: Int?
  var programmeTarget: Int?
  var programmeWeeks: Int?
  var programmeStart: CalendarDate?

  init() {}

  init(_ command: ParsedCommand) throws {
    if command.flag("no-color") {
      colour = Setting(value: .never, source: .flag("no-color"))
    } else if let text = try command.choice("color", ColourChoice.allCases.map(\.rawValue)),
      let choice = ColourChoice(rawValue: text)
    {
      colour = Setting(value: choice, source: .flag("color"))
    }
    if let editor = command.option("editor") {
      guard !editor.trimmed.isEmpty else { throw CLIError.other("--editor needs a command, such as nano") }
      self.editor = editor
    }
    followUpsPerAnswer = try command.int("follow-ups", range: 1...RuleSettings.followUpLimit)
    programmeTarget = try command.int("programme-target", range: ProgrammeSettings.targetRange)
    programmeWeeks = try command.int("programme-weeks", range: ProgrammeSettings.weeksRange)
    if let text = command.option("programme-start") {
      guard let date = CalendarDate(iso: text) else {
        throw CLIError.other("--programme-start needs a date like 2026-11-02, not '\(text)'")
      }
      programmeStart = date
    }
  }
}
