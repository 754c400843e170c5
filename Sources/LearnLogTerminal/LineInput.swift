import LearnLog

/// One result of asking the coach for a line.
public enum LineInput: Sendable, Equatable {
  /// A typed line, without its line break. It may be a `/command`.
  case line(String)
  /// Text that came wholly or partly from a bracketed paste. Never a command, even when it reads
  /// `/done`; it may contain newlines (normalised to `\n`, trailing line breaks removed).
  case paste(String)
  /// Ctrl-D on an empty line, or end of file on a pipe.
  case endOfInput
  /// SIGHUP or SIGTERM arrived while reading. `partial` is what had been typed so far, so the
  /// shell can save it before exiting.
  case hangup(partial: String)
  /// Ctrl-C, from a reader whose `InterruptBehaviour` is `.cancels`; what was typed is dropped.
  case interrupted
}
