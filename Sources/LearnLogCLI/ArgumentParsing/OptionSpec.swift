/// An option that takes a value, such as `--limit 20` or `-n 20`.
public struct OptionSpec: Sendable, Equatable {
  /// The long name without dashes: `limit` for `--limit`.
  public var long: String
  /// The single-letter name without the dash, if any: `n` for `-n`.
  public var short: Character?
  /// The placeholder shown in help: `n` renders as `--limit <n>`.
  public var valueName: String
  /// One line for the help text.
  public var help: String
  /// Whether the option may be given more than once (`--rule a --rule b`).
  public var isRepeatable: Bool
  /// The value used when the option is absent; shown in help as `(default: …)`.
  public var defaultValue: String?
  /// What shells complete for the value.
  public var completion: CompletionKind
  /// Whether subcommands accept the option too (`--db` works after `rules list`).
  public var isGlobal: Bool

  public init(
    _ long: String, short: Character? = nil, valueName: String = "value", help: String,
    isRepeatable: Bool = false, defaultValue: String? = nil, completion: CompletionKind = .none,
    isGlobal: Bool = false
  ) {
    self.long = long
    self.short = short
    self.valueName = valueName
    self.help = help
    self.isRepeatable = isRepeatable
    self.defaultValue = defaultValue
    self.completion = completion
    self.isGlobal = isGlobal
  }
}
