/// A switch without a value, such as `--json` or `-j`.
public struct FlagSpec: Sendable, Equatable {
  /// The long name without dashes: `json` for `--json`.
  public var long: String
  /// The single-letter name without the dash, if any.
  public var short: Character?
  /// One line for the help text.
  public var help: String
  /// Whether subcommands accept the flag too.
  public var isGlobal: Bool

  public init(_ long: String, short: Character? = nil, help: String, isGlobal: Bool = false) {
    self.long = long
    self.short = short
    self.help = help
    self.isGlobal = isGlobal
  }
}
