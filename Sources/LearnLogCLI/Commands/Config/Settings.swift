import LearnLog

/// Every configurable value in effect, with where it came from.
///
/// Precedence, highest first: a flag, the config file, the environment, the default. The file
/// beats the environment because it is learnlog's own: no-color.org asks that a configuration
/// file and flags override NO_COLOR, and an editor chosen for learnlog beats the general
/// $VISUAL/$EDITOR.
struct Settings: Equatable {
  var programmeTarget: Setting<Int>
  var programmeWeeks: Setting<Int>
  var programmeStart: Setting<CalendarDate?>
  var colour: Setting<ColourChoice>
  /// nil: no editor named anywhere; /edit falls back to nano, then vi.
  var editor: Setting<String?>
  /// nil: the rule file's setting (1 unless it says 2) applies.
  var followUpsPerAnswer: Setting<Int?>

  static func resolve(
    flags: SettingFlags, file: ConfigurationFile, environment: [String: String]
  ) -> Settings {
    let defaults = ProgrammeSettings()
    var colour =
      flags.colour ?? given("color", nil, file.colour)
      ?? Setting(value: .auto, source: .defaultValue)
    if colour.source == .defaultValue, environment["NO_COLOR"] != nil {
      colour = Setting(value: .never, source: .environment("NO_COLOR"))
    }
    var editor = optional(given("editor", flags.editor, file.editor))
    if editor.source == .defaultValue,
      let name = ["VISUAL", "EDITOR"].first(where: { !(environment[$0] ?? "").trimmed.isEmpty })
    {
      editor = Setting(value: environment[name], source: .environment(name))
    }
    return Settings(
      programmeTarget: given("programme-target", flags.programmeTarget, file.programmeTarget)
        ?? Setting(value: defaults.targetSessions, source: .defaultValue),
      programmeWeeks: given("programme-weeks", flags.programmeWeeks, file.programmeWeeks)
        ?? Setting(value: defaults.windowWeeks, source: .defaultValue),
      programmeStart: optional(
        given("programme-start", flags.programmeStart, file.programmeStart)),
      colour: colour,
      editor: editor,
      followUpsPerAnswer: optional(
        given("follow-ups", flags.followUpsPerAnswer, file.followUpsPerAnswer)))
  }

  var programme: ProgrammeSettings {
    ProgrammeSettings(
      targetSessions: programmeTarget.value, windowWeeks: programmeWeeks.value,
      windowStart: programmeStart.value)
  }

  /// The flag's value, else the file's, else nil.
  private static func given<Value>(_ flagName: String, _ flag: Value?, _ fileValue: Value?)
    -> Setting<Value>?
  {
    if let flag { return Setting(value: flag, source: .flag(flagName)) }
    if let fileValue { return Setting(value: fileValue, source: .configFile) }
    return nil
  }

  /// A setting whose default is "none".
  private static func optional<Value>(_ setting: Setting<Value>?) -> Setting<Value?> {
    guard let setting else { return Setting(value: nil, source: .defaultValue) }
    return Setting(value: setting.value, source: setting.source)
  }
}
