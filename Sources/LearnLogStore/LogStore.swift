import LearnLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The coach's log on disk: entries, answers, transcripts, follow-ups and drafts.
///
/// Every write is its own committed transaction, so an answer is safe the moment the call
/// returns: Ctrl-C, a closed terminal or a crash loses nothing. Errors are `StoreError`s.
/// Like `Database`, a store belongs to one thread.
public final class LogStore {
  /// The connection, for repositories that build on the same file (search, export).
  public let database: Database
  /// The schema version of the open file, after migration.
  public let schemaVersion: Int
  /// The newest schema this build can read and write.
  public static let supportedSchemaVersion = Schema.supportedVersion

  /// Opens the log at `path`, creating it (mode 0600, folder 0700) or migrating it as needed.
  /// Refuses, without writing to it, a file that is not a learnlog database or is newer.
  ///
  /// With `.readOnly` nothing is created or migrated: a log from an older learnlog is read as
  /// it is when `Schema.readableUnmigrated` allows (searching it may still need the upgrade:
  /// `search`), and refused otherwise with a message that says to make it writable once. `.inMemory` is an empty log that
  /// vanishes when the store does (what the read commands show before any log exists).
  public init(path: String, mode: Database.OpenMode = .readWrite) throws {
    database = try Database(path: path, mode: mode, validate: Schema.validate)
    let version = try database.pragmaInteger("user_version")
    if mode == .readOnly {
      guard Schema.readableUnmigrated.contains(version) else {
        throw StoreError.readOnlyOutdated(path: path, found: version, supported: Schema.supportedVersion)
      }
      schemaVersion = version
      return
    }
    if mode == .readWrite, version > 0, version < Schema.supportedVersion {
      // A migration rewrites the coach's only copy of their reflections: keep the old file.
      let backups = Backups(databasePath: path)
      try backups.write(from: database, at: Date(), label: "before-v\(Schema.supportedVersion)")
      backups.pruneAutomatic()
    }
    if version < Schema.supportedVersion {
      try Schema.migrate(database)
      schemaVersion = try database.pragmaInteger("user_version")
    } else {
      // Up to date: take no write lock, so read-only commands never wait for a writer.
      schemaVersion = version
    }
  }

  /// A copy of the log at `path` in memory, brought to this learnlog's schema there: what a dry
  /// run works on when the log must not be changed at all (it is older, so opening it would
  /// upgrade it) or cannot be (read-only, on a full disk). The file is only read. Takes about
  /// the log's size in memory.
  public convenience init(copyOf path: String) throws {
    let source = try Database(path: path, mode: .readOnly, validate: Schema.validate)
    let copy = try Database(path: path, mode: .inMemory)
    try source.copy(into: copy)
    try self.init(migrating: copy)
  }

  /// Wraps a database already open, migrating it as needed (no backup: for copies in memory).
  init(migrating database: Database) throws {
    self.database = database
    let version = try database.pragmaInteger("user_version")
    if version < Schema.supportedVersion {
      try Schema.migrate(database)
      schemaVersion = try database.pragmaInteger("user_version")
    } else {
      schemaVersion = version
    }
  }

  /// The schema version of the log at `path`, read without writing or migrating anything.
  public static func schemaVersion(at path: String) throws -> Int {
    try Database(path: path, mode: .readOnly, validate: Schema.validate).pragmaInteger("user_version")
  }

  /// Where the log lives unless `--db` says otherwise: `$LEARNLOG_DB`, else
  /// `$XDG_DATA_HOME/learnlog/learnlog.sqlite3`, else `~/.local/share/learnlog/learnlog.sqlite3`.
  /// A relative or empty `XDG_DATA_HOME` is ignored, as the XDG base directory spec requires.
  public static func defaultPath(environment: [String: String]) -> String {
    if let explicit = environment["LEARNLOG_DB"], !explicit.isEmpty { return explicit }
    let dataHome: String
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      dataHome = xdg
    } else {
      dataHome = homeFolder(environment: environment) + "/.local/share"
    }
    return trimmingTrailingSlashes(dataHome) + "/learnlog/learnlog.sqlite3"
  }

  /// `$HOME`, else the account's home from the password database, else the current folder.
  private static func homeFolder(environment: [String: String]) -> String {
    if let home = environment["HOME"], !home.isEmpty { return trimmingTrailingSlashes(home) }
    if let account = getpwuid(getuid()), let folder = account.pointee.pw_dir {
      let home = String(cString: folder)
      if !home.isEmpty { return trimmingTrailingSlashes(home) }
    }
    return "."
  }

  private static func trimmingTrailingSlashes(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
    return path == "/" ? "" : String(path)
  }
}
