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

  init(_ command: ParsedCommand) throws(UsageError) {
    try command.refuseTogether("no-color", "color")
    if command.flag("no-color") {
      colour = Setting(value: .never, source: .flag("no-color"))
    } else if let text = try command.choice("color", ColourChoice.allCases.map(\.rawValue)),
      let choice = ColourChoice(rawValue: text)
    {
      colour = Setting(value: choice, source: .flag("color"))
    }
    editor = try command.nonBlank("editor", expected: "a command, such as nano")
    followUpsPerAnswer = try command.int("follow-ups", range: 1...RuleSettings.followUpLimit)
    programmeTarget = try command.int("programme-target", range: ProgrammeSettings.targetRange)
    programmeWeeks = try command.int("programme-weeks", range: ProgrammeSettings.weeksRange)
    programmeStart = try command.value(
      "programme-start", expected: "a date like 2026-11-02", CalendarDate.init(iso:))
  }
}
