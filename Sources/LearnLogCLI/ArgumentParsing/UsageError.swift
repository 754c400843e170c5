/// A mistake on the command line: what went wrong and which command it concerns.
///
/// The front end prints `rendered(programName:)` to standard error and exits with `exitCode`.
public struct UsageError: Error, Sendable, Equatable {
  /// `EX_USAGE` from sysexits.h: the command was used incorrectly.
  public static let exitCode: Int32 = 64

  /// What went wrong.
  public var reason: CommandLineError
  /// The canonical path of the command the mistake concerns (`["rules", "try"]`); empty for the
  /// program itself.
  public var commandPath: [String]

  public init(_ reason: CommandLineError, commandPath: [String]) {
    self.reason = reason
    self.commandPath = commandPath
  }

  /// One line saying what went wrong, with a suggestion when there is one.
  public var message: String { reason.message }

  /// The process exit status for usage errors: 64.
  public var exitCode: Int32 { Self.exitCode }

  /// The two lines the front end prints, without a trailing newline:
  /// ```
  /// learnlog: error: unknown option '--jsn'; did you mean '--json'?
  /// Run 'learnlog rules list --help' for usage.
  /// ```
  public func rendered(programName: String = "learnlog") -> String {
    let command = ([programName] + commandPath).joined(separator: " ")
    return "\(programName): error: \(message)\nRun '\(command) --help' for usage."
  }
}
