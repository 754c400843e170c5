/// Everything that can go wrong in the store, each with a one-line message that says what to do.
///
/// Messages name paths, ids and SQLite codes, never the text of an answer: reflections are
/// private and errors end up in terminals, logs and bug reports.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder for the database could not be created.
  case cannotCreateFolder(path: String, reason: String)
  /// The database file cannot be created or written where it is.
  case notWritable(path: String, reason: String)
  /// SQLite could not open the file (missing folder permissions, a directory in the way…).
  case cannotOpen(path: String)
  /// The path names a folder, a device, a pipe or a socket: nothing a log can live in.
  case notARegularFile(path: String, kind: String)
  /// The file is not a SQLite database, or is one that belongs to another program.
  case notALearnLogDatabase(path: String)
  /// The file was written by a newer learnlog with a schema this build does not know.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The file (or its folder) can be read but not written.
  case readOnly(path: String)
  /// The file can only be read, and it needs a schema upgrade before this learnlog can read it.
  case readOnlyOutdated(path: String, found: Int, supported: Int)
  /// SQLite found the file damaged.
  case corrupt(path: String)
  /// The disk (or quota) is full.
  case diskFull(path: String)
  /// Another program holds a lock on the database for longer than the busy timeout.
  case busy(path: String)
  /// No entry has this id.
  case entryNotFound(id: Int64)
  /// No session in the register has this id.
  case sessionNotFound(id: Int64)
  /// No note has this id.
  case noteNotFound(id: Int64)
  /// The entry has no follow-up from this rule.
  case followUpNotFound(entryID: Int64, ruleID: String)
  /// A step that takes no free-text answer was given where one was needed (a bug in the caller).
  case notAnAnswerStep(step: String)
  /// A stored value is not one learnlog writes: the file was edited by hand or damaged.
  case unexpectedValue(table: String, column: String, rowID: Int64)
  /// Any other SQLite failure. `sql` is set for programmer errors (bad SQL, misuse, constraints);
  /// it never contains answer text because values are always bound, never spliced in.
  case sqlite(code: Int32, message: String, sql: String?)

  /// One line for the terminal: what went wrong and what to do about it.
  public var message: String {
    switch self {
    case .cannotCreateFolder(let path, let reason):
      "Cannot create the folder \(path) (\(reason)). Fix its permissions or choose another "
        + "database with --db PATH or LEARNLOG_DB."
    case .notWritable(let path, let reason):
      "Cannot write the database \(path) (\(reason)). Fix the permissions of the file and its "
        + "folder, or choose another database with --db PATH."
    case .cannotOpen(let path):
      "Cannot open the database \(path). Check that it is a file you can read and write and "
        + "that its folder is writable, or choose another database with --db PATH."
    case .notARegularFile(let path, let kind):
      "\(path) is \(kind), not a regular file; learnlog leaves it alone. Choose a file for the log "
        + "with --db PATH."
    case .notALearnLogDatabase(let path):
      "\(path) is not a learnlog database; learnlog leaves it untouched. Choose another file "
        + "with --db PATH."
    case .newerSchema(let path, let found, let supported):
      "\(path) was written by a newer learnlog (schema \(found); this one knows up to "
        + "\(supported)). Upgrade learnlog to open it."
    case .readOnly(let path):
      "The database \(path) is read-only. Make it and its folder writable, or choose another "
        + "database with --db PATH."
    case .readOnlyOutdated(let path, let found, let supported):
      "The database \(path) is read-only and was written by an older learnlog (schema "
        + "\(found); this one reads \(supported)). Make it and its folder writable once so "
        + "learnlog can upgrade it (a backup is kept)."
    case .corrupt(let path):
      "The database \(path) is damaged; learnlog leaves it as it is. `learnlog doctor` shows "
        + "what is wrong and how to restore the newest backup; keep a copy of the file first."
    case .diskFull(let path):
      "The disk holding \(path) is full. Free some space and try again; what was saved "
        + "before is kept."
    case .busy(let path):
      "The database \(path) is locked by another program (another learnlog?). Close it and "
        + "try again."
    case .entryNotFound(let id):
      "There is no entry \(id). Run `learnlog log` to see the entries."
    case .sessionNotFound(let id):
      "There is no session \(id). Run `learnlog sessions list` to see the register."
    case .noteNotFound(let id):
      "There is no note \(id). Run `learnlog search` to find notes."
    case .followUpNotFound(let entryID, let ruleID):
      "Entry \(entryID) has no follow-up from rule \(ruleID). Run `learnlog show \(entryID)` "
        + "to see its follow-ups."
    case .notAnAnswerStep(let step):
      "The step \(step) does not take an answer. This is a bug in learnlog; please report it."
    case .unexpectedValue(let table, let column, let rowID):
      "A value in \(table).\(column) (row \(rowID)) is not one learnlog writes. Run "
        + "`learnlog doctor` to check the database."
    case .sqlite(let code, let message, let sql):
      if let sql {
        "SQLite error \(code): \(message) in `\(sql)`. This is a bug in learnlog; please "
          + "report it."
      } else {
        "SQLite error \(code): \(message). Try again; if it keeps happening, run "
          + "`learnlog doctor`."
      }
    }
  }

  public var description: String { message }
}
