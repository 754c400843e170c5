/// What the command line asks for.
public enum ParseOutcome: Sendable, Equatable {
  /// Run a command with these arguments.
  case run(ParsedCommand)
  /// Show help for the command at this canonical path (`-h` or `--help` appeared).
  case help(commandPath: [String])
  /// Print the version (`--version` before any subcommand).
  case version
}
