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
  private var openedStore: LogStore?
  /// Whether `openedStore` may be written (not read-only, not the empty stand-in).
  private var isOpenedStoreWritable = false
  /// How much of `openedStore` was checked for damage before a write (nil: not yet).
  private var checkedForWriting: Database.WriteCheck?
  private var settingFlags = SettingFlags()
  private var loadedSettings: Settings?
  /// Whether the config file was found, read, or ignored (after `settings` was first used).
  private(set) var configState = ConfigurationLoader.State.missing

  init(environment: [String: String], stdout: any Console = StandardConsole()) {
    self.environment = environment
    self.stdout = stdout
    self.databasePath = LogStore.defaultPath(environment: environment)
  }

  /// Applies the global options of a parsed command line.
  func configure(with command: ParsedCommand) throws {
    if let path = try command.nonBlank("db", expected: "a file path") { databasePath = path }
    rulesPath = command.option("rules")
    settingFlags = try SettingFlags(command)
  }

  /// The log, opened (and created or migrated) on first use, for a command that writes to it.
  /// Every writing command comes through here, so a damaged log is refused in one place, before
  /// anything is written: the whole file is checked when it is small (see
  /// `Database.checkBeforeWriting`), or whatever its size with `check: .full`.
  func store(check: Database.WriteCheck = .upToLimit) throws -> LogStore {
    let store: LogStore
    if let openedStore, isOpenedStoreWritable {
      store = openedStore
    } else {
      store = try LogStore(path: databasePath)
      openedStore = store
      isOpenedStoreWritable = true
    }
    if checkedForWriting == nil || (check == .full && checkedForWriting != .full) {
      try store.database.checkBeforeWriting(check)
      checkedForWriting = check
    }
    return store
  }

  /// The log for a command that only changes or removes what is already in it (`sessions edit`,
  /// `sessions remove`, `forget`, `reflect --resume` or `--session`): as `store()`, but a log that
  /// does not exist yet is not created for it; the error says what is missing (`there is no
  /// session 4`) and why.
  func existingStore(check: Database.WriteCheck = .upToLimit, missing: String) throws -> LogStore {
    guard FileSystem.exists(databasePath) else {
      throw CLIError.other("\(missing): there is no log at \(databasePath) yet (nothing was created)")
    }
    return try store(check: check)
  }

  /// The log for a command that only reads it. Nothing is created: before the first
  /// reflection the views show an empty log (and say where it will be). A log whose file or
  /// folder is read-only is opened read-only instead of refused.
  func readingStore() throws -> LogStore {
    if let openedStore { return openedStore }
    let store: LogStore
    // An empty file (made with `touch` beforehand) holds no log yet either: looking must not
    // write the schema into it.
    if !FileSystem.exists(databasePath) || FileSystem.isEmptyFile(databasePath) {
      if let blocker = FileSystem.blockingAncestor(of: databasePath) {
        throw StoreError.cannotCreateFolder(
          path: String(databasePath[..<(databasePath.lastIndex(of: "/") ?? databasePath.endIndex)]),
          reason: "\(blocker) is a file, not a folder")
      }
      errorLine(
        "learnlog: no log at \(databasePath) yet (nothing was created).")
      store = try LogStore(path: databasePath, mode: .inMemory)
    } else {
      do {
        store = try LogStore(path: databasePath)
        isOpenedStoreWritable = true
      } catch let error as StoreError where error.allowsReadingOnly {
        store = try LogStore(path: databasePath, mode: .readOnly)
      }
    }
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

  /// The coach's settings file: config.json in the config folder.
  var configFilePath: String { configFolder + "/config.json" }

  /// The settings in effect. The config file is read on first use; a mistake in it is reported
  /// once, on standard error, and the defaults are used.
  var settings: Settings {
    if let loadedSettings { return loadedSettings }
    let (file, state) = ConfigurationLoader.load(path: configFilePath)
    if case .ignored(let warning) = state { errorLine("learnlog: warning: \(warning)") }
    configState = state
    let settings = Settings.resolve(flags: settingFlags, file: file, environment: environment)
    loadedSettings = settings
    return settings
  }

  var now: Date { Date() }
  var today: CalendarDate { CalendarDate(now) }

  var isOutputTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
  var isInputTerminal: Bool { isatty(STDIN_FILENO) == 1 }

  /// `auto` (the default): colour only on a terminal, never with NO_COLOR or TERM=dumb;
  /// `always` or `never` from --color, --no-color or the config file.
  var style: TerminalStyle {
    switch settings.colour.value {
    case .always: TerminalStyle(isColourEnabled: true)
    case .never: TerminalStyle(isColourEnabled: false)
    case .auto:
      TerminalStyle(
        isColourEnabled: TerminalStyle.colourEnabled(environment: environment, isTTY: isOutputTerminal))
    }
  }

  var width: Int { TerminalSize.columns() }

  func out(_ text: String) { stdout.write(text) }

  /// Prose lines, wrapped at spaces to the terminal's width when the output is a terminal (a
  /// pipe gets them whole, one per line, for scripts).
  func outLines(_ lines: [String]) {
    out(Self.prose(lines, width: isOutputTerminal ? width : nil))
  }

  /// `lines` wrapped to `width` (whole when nil), each ending in a line feed.
  static func prose(_ lines: [String], width: Int?) -> String {
    let shown = width.map { width in lines.flatMap { DisplayWidth.wrap($0, width: width) } }
    return (shown ?? lines).joined(separator: "\n") + "\n"
  }

  func errorLine(_ text: String) { stdout.writeError(text + "\n") }
}
