import Glibc
import LearnLog

/// Chooses how to read the coach's lines.
public enum LineReaderFactory {
  /// Whether line editing makes sense: standard input and output are both terminals. When output
  /// goes to a file or pipe, readline's redraws would pollute it; when input is a pipe, readline
  /// would echo it.
  public static var isInteractiveTerminal: Bool {
    shouldUseReadline(
      isInputTTY: isatty(STDIN_FILENO) == 1, isOutputTTY: isatty(STDOUT_FILENO) == 1)
  }

  /// The decision behind `isInteractiveTerminal`, separated for tests.
  public static func shouldUseReadline(isInputTTY: Bool, isOutputTTY: Bool) -> Bool {
    isInputTTY && isOutputTTY
  }

  /// A readline reader on a terminal (after configuring the locale), else a plain reader that
  /// shows prompts on `console`. Falls back to plain reading if readline cannot be set up.
  /// - Parameters:
  ///   - commands: the in-conversation commands Tab completes, e.g. `["/back", "/done"]`.
  ///   - interruptBehaviour: what Ctrl-C does on a terminal (a plain reader leaves SIGINT alone).
  public static func makeReader(
    commands: [String], console: Console, interruptBehaviour: InterruptBehaviour = .clearsLine
  ) -> any LineReader {
    if isInteractiveTerminal {
      TerminalLocale.configure()
      if let reader = try? ReadlineLineReader(
        commands: commands, interruptBehaviour: interruptBehaviour)
      {
        return reader
      }
    }
    return PlainLineReader(promptConsole: console)
  }
}
