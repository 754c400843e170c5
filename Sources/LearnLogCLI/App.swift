#if canImport(Glibc)
  import Glibc
#endif
import LearnLog
import LearnLogStore
import LearnLogTerminal

/// What every command shares: the environment, where output goes, the clock, and the log.
/// Commands get the store from here so that opening it (and its errors) happens in one place.
final class App {
  let environment: [String: String]
  let stdout: any Console
  private(set) var databasePath: String
  private(set) var rulesPath: String?
  private(set) var isColourAllowed = true
  private var openedStore: LogStore?

  init(environment: [String: String], stdout: any Console = StandardConsole()) {
    self.environment = environment
    self.stdout = stdout
    self.databasePath = LogStore.defaultPath(environment: environment)
  }

  /// Applies the global options of a parsed command line.
  func configure(with command: ParsedCommand) throws {
    if let path = command.option("db") {
      guard !path.isEmpty else { throw CLIError.other("--db needs a file path") }
      databasePath = path
    }
    rulesPath = command.option("rules")
    isColourAllowed = !command.flag("no-color")
  }

  /// The log, opened (and created or migrated) on first use.
  func store() throws -> LogStore {
    if let openedStore { return openedStore }
    let store = try LogStore(path: databasePath)
    openedStore = store
    return store
  }

  /// The coach's rule file: --rules, else $XDG_CONFIG_HOME/learnlog/rules.json when it exists.
  var userRulesPath: String? {
    if let rulesPath { return rulesPath }
    let path = configFolder + "/rules.json"
    return FileSystem.exists(path) ? path : nil
  }

  /// $XDG_CONFIG_HOME/learnlog, or ~/.config/learnlog (a relative XDG path is ignored).
  var configFolder: String {
    if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") { return base + "/learnlog" }
    return (environment["HOME"] ?? "") + "/.config/learnlog"
  }

  var now: Date { Date() }
  var today: CalendarDate { CalendarDate(now) }

  var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  var isInputTerminal: Bool { isatty(STDIN_FILENO) == 1 }

  /// Colour only on a terminal, never with NO_COLOR or TERM=dumb or --no-color.
  var style: TerminalStyle {
    TerminalStyle(
      isColourEnabled: isColourAllowed
        && TerminalStyle.colourEnabled(environment: environment, isTTY: isOutputTerminal))
  }

  var width: Int { TerminalSize.columns() }

  func out(_ text: String) { stdout.write(text) }

  func errorLine(_ text: String) { stdout.writeError(text + "\n") }
}
