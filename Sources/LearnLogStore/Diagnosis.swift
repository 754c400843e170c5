import LearnLog

#if canImport(Glibc)
  import Glibc
#endif

/// What `learnlog doctor` reports about a log file, gathered without changing it: the integrity
/// check, the schema version, row counts, file modes and the backups there are to restore.
public struct Diagnosis: Sendable {
  public struct FileMode: Sendable, Equatable {
    public var path: String
    public var mode: Int
    /// Whether the mode is the private one learnlog sets (0600 files, 0700 folders).
    public var isPrivate: Bool
    /// The log's own folder, where only others' write access matters.
    public var isLogFolder = false

    /// What others may do here that they should not, as doctor says it; nil when private.
    public var exposure: String? {
      guard !isPrivate else { return nil }
      let canChange = mode & 0o022 != 0
      if isLogFolder { return "others can add and remove files in it" }
      return mode & 0o044 != 0
        ? (canChange ? "others can read and change it" : "others can read it")
        : (canChange ? "others can change it" : "others can use it")
    }

    /// The chmod that makes it private again (the log's folder only loses others' writing).
    public var privateMode: String { isLogFolder ? "go-w" : "go-rwx" }
  }

  public var path: String
  public var exists: Bool
  /// Why the file could not be opened as a learnlog database, if it could not.
  public var openError: StoreError?
  /// `["ok"]` for a sound file; otherwise SQLite's findings.
  public var integrity: [String]
  public var schemaVersion: Int?
  public var supportedSchemaVersion: Int
  /// Rows per table, in a fixed order (entries, drafts, answers, turns, follow-ups…).
  public var counts: [(name: String, count: Int)]
  public var modes: [FileMode]
  /// This log's backups (not those of other logs in the same folder), newest first.
  public var backups: [String]
  /// Whether the log could only be opened read-only (its file or folder cannot be written by
  /// this user): the checks still ran, but learnlog cannot save reflections to it.
  public var isReadOnly = false
  /// Whether the disk holding the log is full: the checks ran read-only, and nothing can be
  /// saved until space is freed.
  public var isDiskFull = false

  public var isHealthy: Bool {
    openError == nil && !isDiskFull && integrity == ["ok"] && modes.allSatisfy(\.isPrivate)
  }

  /// Looks at the log at `path`. Never creates, migrates or repairs anything. A log that cannot be
  /// written is opened read-only for the checks, and `isReadOnly` says so.
  public static func examine(path: String) -> Diagnosis {
    var diagnosis = Diagnosis(
      path: path, exists: PrivateFile.exists(path), openError: nil, integrity: [],
      schemaVersion: nil, supportedSchemaVersion: Schema.supportedVersion, counts: [], modes: [],
      backups: Backups(databasePath: path).list())
    let parent = PrivateFile.parentFolder(of: path)
    let folder = parent.isEmpty ? "." : parent
    let backupsFolder = Backups(databasePath: path).folder
    // A device or folder given as the log (/dev/null) is not learnlog's: no chmod advice for it.
    let files = PrivateFile.nonRegularKind(path) == nil ? [folder, path, path + "-wal", path + "-shm", backupsFolder] : []
    for file in files {
      var info = stat()
      guard stat(file, &info) == 0 else { continue }
      let mode = Int(info.st_mode & 0o777)
      // The log's folder may be one the coach chose and shares on purpose: only others' write
      // access to it matters. Everything learnlog writes must be the owner's alone.
      let isPrivate = file == folder ? mode & 0o022 == 0 : mode & 0o077 == 0
      diagnosis.modes.append(
        FileMode(path: file, mode: mode, isPrivate: isPrivate, isLogFolder: file == folder))
    }
    for backup in diagnosis.backups {
      var info = stat()
      if stat(backup, &info) == 0 {
        let mode = Int(info.st_mode & 0o777)
        diagnosis.modes.append(FileMode(path: backup, mode: mode, isPrivate: mode & 0o077 == 0))
      }
    }
    guard diagnosis.exists else { return diagnosis }
    do {
      let database: Database
      do {
        database = try Database(path: path, validate: Schema.validate)
      } catch StoreError.readOnly, StoreError.cannotOpen {
        // Still check what can be read: a read-only log is worth a look, not a refusal.
        database = try Database(path: path, mode: .readOnly, validate: Schema.validate)
        diagnosis.isReadOnly = true
      } catch StoreError.diskFull {
        // A full disk cannot grow the -shm file: read the file as it is, and say why.
        database = try Database(path: path, mode: .readOnly, validate: Schema.validate)
        diagnosis.isDiskFull = true
      }
      diagnosis.schemaVersion = try database.pragmaInteger("user_version")
      diagnosis.integrity = try database.query("PRAGMA integrity_check") { $0.text(0) ?? "" }
      let tables = Set(
        try database.query("SELECT name FROM sqlite_schema WHERE type = 'table'") {
          $0.text(0) ?? ""
        })
      let counted: [(name: String, table: String, filter: String)] = [
        ("entries", "entries", ""), ("drafts", "entries", " WHERE status = 'draft'"),
        ("answers", "answers", ""), ("turns", "turns", ""), ("follow-ups", "follow_ups", ""),
        ("notes", "notes", ""), ("sessions", "sessions", ""),
      ]
      for item in counted where tables.contains(item.table) {
        let count = try database.queryFirst("SELECT count(*) FROM \(item.table)\(item.filter)") {
          $0.int(0)
        }
        diagnosis.counts.append((item.name, count ?? 0))
      }
    } catch let error as StoreError {
      diagnosis.openError = error
    } catch {
      diagnosis.openError = .cannotOpen(path: path)
    }
    return diagnosis
  }
}
