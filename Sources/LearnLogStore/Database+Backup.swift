import CSQLite
import LearnLog

#if canImport(Glibc)
  import Glibc
#endif

extension Database {
  /// Whether SQLite's quick check finds the file sound (b-trees, free list, page counts), or
  /// throws the damage it ran into on the way.
  public func isSound() throws -> Bool {
    try query("PRAGMA quick_check") { $0.text(0) ?? "" } == ["ok"]
  }

  /// The largest file `checkBeforeWriting(.upToLimit)` checks in full: SQLite's quick check reads
  /// every page, about 1 ms per MiB here, so 16 MiB (years of weekly reflections) costs at most
  /// some 15 ms; a log larger than that is checked in full only by the commands that read or
  /// rewrite the whole file anyway.
  public static let fullCheckLimitBytes = 16 << 20

  /// How much of the file `checkBeforeWriting` looks at.
  public enum WriteCheck: Sendable {
    /// The whole file when it is at most `fullCheckLimitBytes`, else nothing beyond what every
    /// statement checks on the pages it touches.
    case upToLimit
    /// The whole file, whatever its size (for imports and `forget`, which take seconds on a
    /// large log anyway).
    case full
  }

  /// Throws `corrupt` when the quick check finds the file damaged: a damaged log is never
  /// written to, since a write could spread the damage (SQLite reuses pages from a free list it
  /// cannot trust). Reads nothing but the file's pages; writes nothing.
  public func checkBeforeWriting(_ extent: WriteCheck = .upToLimit) throws {
    if extent == .upToLimit {
      let size = try pragmaInteger("page_count") * pragmaInteger("page_size")
      guard size <= Self.fullCheckLimitBytes else { return }
    }
    guard try isSound() else { throw StoreError.corrupt(path: path) }
  }

  /// Copies the whole database to `destination` with SQLite's online backup API: safe while a
  /// reflection is open in another process (the copy is one consistent snapshot). The copy is
  /// created with mode 0600 in a 0700 folder (made when missing, unless `creatingFolder` is
  /// false); an existing file there is replaced, unless `replacing` is false: then it is left
  /// alone and `notWritable` names `destination`.
  public func backup(to destination: String, replacing: Bool = true, creatingFolder: Bool = true) throws {
    if creatingFolder { try PrivateFile.createParentFolder(of: destination) }
    // Write to a temporary name and rename, so a failed backup never leaves half a file where an
    // older, whole one was.
    // The process id keeps two learnlogs backing up to one name from sharing a temporary file.
    let temporary = destination + ".\(getpid()).partial"
    unlink(temporary)
    try PrivateFile.createIfMissing(temporary)
    var target: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
    let openCode = sqlite3_open_v2(temporary, &target, flags, nil)
    defer { sqlite3_close_v2(target) }
    guard openCode == SQLITE_OK, let target else {
      unlink(temporary)
      throw StoreError.notWritable(path: destination, reason: "SQLite could not open it")
    }
    guard let (code, finishCode) = copyPages(into: target) else {
      let message = String(cString: sqlite3_errmsg(target))
      unlink(temporary)
      throw StoreError.sqlite(code: sqlite3_errcode(target), message: message, sql: nil)
    }
    guard code == SQLITE_DONE, finishCode == SQLITE_OK else {
      unlink(temporary)
      if code == SQLITE_FULL || finishCode == SQLITE_FULL { throw StoreError.diskFull(path: destination) }
      throw StoreError.sqlite(code: code == SQLITE_DONE ? finishCode : code, message: "the backup did not finish", sql: nil)
    }
    sqlite3_close_v2(target)
    if !replacing {
      // link fails when the name is taken, so no other backup is ever replaced. A file system
      // without hard links gets a last look and a rename instead.
      if link(temporary, destination) == 0 {
        unlink(temporary)
        return
      }
      let linkError = errno
      if linkError == EEXIST || PrivateFile.exists(destination) {
        unlink(temporary)
        throw StoreError.notWritable(path: destination, reason: String(cString: strerror(EEXIST)))
      }
    }
    guard rename(temporary, destination) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw StoreError.notWritable(path: destination, reason: reason)
    }
  }

  /// Copies the whole database into `target` (an in-memory one): a snapshot to try changes on
  /// without touching the file, as `import --dry-run` does on a log it may not write.
  public func copy(into target: Database) throws {
    guard let (code, finishCode) = copyPages(into: target.handle) else {
      throw StoreError.sqlite(
        code: sqlite3_errcode(target.handle), message: String(cString: sqlite3_errmsg(target.handle)),
        sql: nil)
    }
    guard code == SQLITE_DONE, finishCode == SQLITE_OK else {
      if code == SQLITE_NOMEM || finishCode == SQLITE_NOMEM {
        throw StoreError.sqlite(code: SQLITE_NOMEM, message: "not enough memory to copy the log", sql: nil)
      }
      try check(code == SQLITE_DONE ? finishCode : code)
      return
    }
  }

  /// Copies every page into the connection `target` with SQLite's backup API, all at once; a
  /// busy source (another writer mid-commit) is retried after a pause. The last step's code and
  /// the finish code, or nil when the copy could not start (`target`'s error says why).
  private func copyPages(into target: OpaquePointer) -> (step: Int32, finish: Int32)? {
    guard let backup = sqlite3_backup_init(target, "main", handle, "main") else { return nil }
    var code: Int32
    repeat {
      code = sqlite3_backup_step(backup, -1)
      if code == SQLITE_BUSY || code == SQLITE_LOCKED { sqlite3_sleep(50) }
    } while code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED
    return (code, sqlite3_backup_finish(backup))
  }
}
