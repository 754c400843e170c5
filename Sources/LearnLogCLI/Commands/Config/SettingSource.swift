/// Where an effective setting came from, as `learnlog config` shows it. The order of the cases
/// is the precedence, lowest first.
enum SettingSource: Equatable {
  case defaultValue
  /// An environment variable (NO_COLOR, VISUAL, EDITOR).
  case environment(String)
  case configFile
  /// A command-line flag, named as typed.
  case flag(String)
  /// The rule file's `settings` (only for follow-ups per answer).
  case ruleFile

  var description: String {
    switch self {
    case .defaultValue: "default"
    case .environment(let name): "environment ($\(name))"
    case .configFile: "config file"
    case .flag(let name): "flag --\(name)"
    case .ruleFile: "rule file"
    }
  }
}

/// A value with where it came from.
struct Setting<Value: Equatable>: Equatable {
  var value: Value
  var source: SettingSource
}
