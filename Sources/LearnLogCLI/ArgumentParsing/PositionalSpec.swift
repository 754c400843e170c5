/// A positional argument, such as the entry id in `learnlog show 42`.
public struct PositionalSpec: Sendable, Equatable {
  /// How many values a positional argument takes.
  public enum Arity: Sendable, Equatable {
    /// Exactly one value.
    case required
    /// Zero or one value.
    case optional
    /// Any number of values, none included. Only the last positional may be variadic.
    case zeroOrMore
    /// At least one value. Only the last positional may be variadic.
    case oneOrMore

    /// Whether the argument takes every remaining value.
    public var isVariadic: Bool { self == .zeroOrMore || self == .oneOrMore }
    /// Whether parsing fails when the argument is absent.
    public var isRequired: Bool { self == .required || self == .oneOrMore }
  }

  /// The name used in help (`<entry>`) and by `ParsedCommand.positional(_:)`.
  public var name: String
  /// One line for the help text.
  public var help: String
  /// How many values the argument takes.
  public var arity: Arity
  /// What shells complete for the argument.
  public var completion: CompletionKind

  public init(
    _ name: String, help: String, arity: Arity = .required, completion: CompletionKind = .none
  ) {
    self.name = name
    self.help = help
    self.arity = arity
    self.completion = completion
  }
}
