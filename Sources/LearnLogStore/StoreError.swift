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
  /// The file can only be read, and is read as an older learnlog left it; searching it needs
  /// the upgrade (its notes are indexed the old way).
  case searchNeedsUpgrade(path: String)
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

  /// Whether the log could not be opened to write but may still be read: its file or folder is
  /// read-only, or its disk is full (SQLite cannot grow the -shm file a WAL writer maps).
  /// Commands that only look, and dry runs, read it instead.
  public var allowsReadingOnly: Bool {
    switch self {
    case .readOnly, .cannotOpen, .diskFull: true
    default: false
    }
  }

  /// One line for the terminal: what went wrong and what to do about it. Like every learnlog
  /// error it starts in lower case (unless with a path or a name such as SQLite) and has no
  /// full stop, so it reads after `learnlog: error: ` or inside a sentence.
  public var message: String {
    switch self {
    case .cannotCreateFolder(let path, let reason):
      "cannot create the folder \(path) (\(reason)); fix its permissions or choose another "
        + "database with --db PATH or LEARNLOG_DB"
    case .notWritable(let path, let reason):
      "cannot write the database \(path) (\(reason)); fix the permissions of the file and its "
        + "folder, or choose another database with --db PATH"
    case .cannotOpen(let path):
      "cannot open the database \(path); check that it is a file you can read and write and "
        + "that its folder is writable, or choose another database with --db PATH"
    case .notARegularFile(let path, let kind):
      "\(path) is \(kind), not a regular file; learnlog leaves it alone; choose a file for the "
        + "log with --db PATH"
    case .notALearnLogDatabase(let path):
      "\(path) is not a learnlog database; learnlog leaves it untouched; choose another file "
        + "with --db PATH"
    case .newerSchema(let path, let found, let supported):
      "\(path) was written by a newer learnlog (schema \(found); this one knows up to "
        + "\(supported)); upgrade learnlog to open it"
    case .readOnly(let path):
      "the database \(path) is read-only; make it and its folder writable, or choose another "
        + "database with --db PATH"
    case .readOnlyOutdated(let path, let found, let supported):
      "the database \(path) is read-only and was written by an older learnlog (schema "
        + "\(found); this one uses \(supported)); make it and its folder writable once so "
        + "learnlog can upgrade it (a backup is kept)"
    case .searchNeedsUpgrade(let path):
      "the database \(path) is read-only and from an older learnlog, and searching it needs an "
        + "upgrade; make it and its folder writable once so learnlog can upgrade it (a backup is "
        + "kept); `learnlog export` reads it as it is"
    case .corrupt(let path):
      "the database \(path) is damaged; learnlog leaves it as it is; `learnlog doctor` shows "
        + "what is wrong and how to restore the newest backup (keep a copy of the file first)"
    case .diskFull(let path):
      "the disk holding \(path) is full; free some space and try again: what was saved "
        + "before is kept"
    case .busy(let path):
      "the database \(path) is locked by another program (another learnlog?); close it and "
        + "try again"
    case .entryNotFound(let id):
      "there is no entry \(id); `learnlog log` lists your entries"
    case .sessionNotFound(let id):
      "there is no session \(id); `learnlog sessions list` shows the register"
    case .noteNotFound(let id):
      "there is no note \(id); `learnlog search` finds notes"
    case .followUpNotFound(let entryID, let ruleID):
      "entry \(entryID) has no follow-up from rule \(ruleID); `learnlog show \(entryID)` "
        + "shows its follow-ups"
    case .notAnAnswerStep(let step):
      "the step \(step) does not take an answer; this is a bug in learnlog, please report it"
    case .unexpectedValue(let table, let column, let rowID):
      "a value in \(table).\(column) (row \(rowID)) is not one learnlog writes; run "
        + "`learnlog doctor` to check the database"
    case .sqlite(let code, let message, let sql):
      if let sql {
        "SQLite error \(code): \(message) in `\(sql)`; this is a bug in learnlog, please "
          + "report it"
      } else {
        "SQLite error \(code): \(message); try again, and if it keeps happening run "
          + "`learnlog doctor`"
      }
    }
  }

  public var description: String { message }
}
