/// An example invocation shown under `EXAMPLES:` in help and in the man page.
public struct CommandExample: Sendable, Equatable {
  /// The whole command line as a user would type it, program name included.
  public var commandLine: String
  /// What the example does, in one sentence.
  public var explanation: String

  public init(_ commandLine: String, _ explanation: String) {
    self.commandLine = commandLine
    self.explanation = explanation
  }
}
