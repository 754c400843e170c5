import LearnLog

/// What can go wrong when setting up the terminal.
public enum TerminalError: Error, Sendable, Equatable {
  /// The self-pipe that carries signals to the line editor could not be created.
  case signalPipeUnavailable(errno: Int32)

  /// A message that says what went wrong and what to do.
  public var message: String {
    switch self {
    case .signalPipeUnavailable(let code):
      return "cannot set up the line editor (pipe failed, errno \(code)); too many open "
        + "files? Close some programs and try again"
    }
  }
}
