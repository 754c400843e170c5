import CSQLite
import LearnLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One SQLite connection, owned for its whole life: it is opened in `init` and closed in `deinit`.
///
/// Statements are prepared once per SQL text, cached and reused, and finalized before the
/// connection closes. Every SQLite result code goes through `check`, which turns failures into a
/// `StoreError`. Not thread-safe, and deliberately not `Sendable`: one connection per thread.
public final class Database {
  /// The file this connection has open.
  public let path: String
  /// Internal so extensions in this module (backup, diagnosis) can call the C API directly.
  let handle: OpaquePointer
  private var statements: [String: Statement] = [:]

  /// How long a statement waits for another connection's lock before giving up, by default.
  public static let defaultBusyTimeoutMilliseconds: Int32 = 5_000
  /// How many times `transaction` retries `BEGIN IMMEDIATE` after the busy timeout ran out.
  static let beginAttempts = 4

  /// How a connection reaches its file.
  public enum OpenMode: Sendable, Equatable {
    /// Read and write, creating the file (0600) and its folder (0700) when missing.
    case readWrite
    /// Read only, creating nothing: for looking at a log whose file or folder is read-only.
    case readOnly
    /// An empty database in memory, never on disk (`path` only names it in messages).
    case inMemory
  }

  /// Opens the database at `path`, readable only by its owner.
  ///
  /// - Parameters:
  ///   - mode: `.readWrite` creates the file when missing; `.readOnly` never writes anything,
  ///     not even the write-ahead log's files when the folder cannot hold them.
  ///   - busyTimeoutMilliseconds: how long to wait for another connection's lock.
  ///   - validate: runs after the file is open and before anything is written to it, so a caller
  ///     can refuse a file that is not its own without touching it.
  public init(
    path: String, mode: OpenMode = .readWrite,
    busyTimeoutMilliseconds: Int32 = Database.defaultBusyTimeoutMilliseconds,
    validate: (Database) throws -> Void = { _ in }
  ) throws {
    self.path = path
    // SQLite would report a device such as /dev/null as a disk I/O error, and a folder as a file
    // it cannot write: say what is there instead.
    if mode != .inMemory, let kind = PrivateFile.nonRegularKind(path) {
      throw StoreError.notARegularFile(path: path, kind: kind)
    }
    if mode == .readWrite {
      try PrivateFile.createParentFolder(of: path)
      try PrivateFile.createIfMissing(path)
    }
    // No SQLITE_OPEN_CREATE: the file was created above with the right mode. NOMUTEX because
    // this object is confined to one thread.
    var opened: OpaquePointer?
    let code = Self.open(path, mode: mode, into: &opened)
    guard let opened else {
      // Only when SQLite could not even allocate a connection.
      throw StoreError.sqlite(code: code, message: "cannot allocate a connection", sql: nil)
    }
    self.handle = opened
    // From here on, deinit closes the handle whatever fails next.
    try check(code)
    sqlite3_extended_result_codes(handle, 1)
    // SQLite silently falls back to read-only when it cannot write the file; say so now rather
    // than after the coach has typed an answer.
    if mode == .readWrite, sqlite3_db_readonly(handle, "main") == 1 {
      throw StoreError.readOnly(path: path)
    }
    try check(sqlite3_busy_timeout(handle, busyTimeoutMilliseconds))
    try execute("PRAGMA foreign_keys = ON")
    // Before anything can write: the schema's triggers call these functions.
    try registerFunctions()
    try validate(self)
    if mode == .readWrite { try enableWriteAheadLog() }
  }

  private static func open(_ path: String, mode: OpenMode, into handle: inout OpaquePointer?)
    -> Int32
  {
    let common = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
    switch mode {
    case .readWrite:
      return sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | common, nil)
    case .inMemory:
      return sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | common, nil)
    case .readOnly:
      let flags = SQLITE_OPEN_READONLY | common
      // Without a -wal file, or with an empty one, the file as it is holds everything (a
      // checkpoint only runs once the WAL has frames): read it as immutable, which creates no
      // -wal or -shm (a read-only connection would leave them behind with the file's read-only
      // mode, and the first write after the file is made writable again would fail) and needs
      // no room on the disk (a full disk cannot grow the -shm a WAL reader maps).
      var info = stat()
      if stat(path + "-wal", &info) != 0 || info.st_size == 0 {
        return sqlite3_open_v2(immutableURI(path), &handle, flags | SQLITE_OPEN_URI, nil)
      }
      return sqlite3_open_v2(path, &handle, flags, nil)
    }
  }

  /// `file:` URI of `path` with `immutable=1`; every byte outside a safe set is percent-encoded
  /// so a `?`, `#` or `%` in a folder name stays part of the path.
  static func immutableURI(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : currentFolder() + "/" + path
    var uri = "file:"
    for byte in absolute.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"),
        UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
        uri.append(Character(Unicode.Scalar(byte)))
      default:
        uri += "%" + String(byte >> 4, radix: 16, uppercase: true)
          + String(byte & 0x0F, radix: 16, uppercase: true)
      }
    }
    return uri + "?immutable=1"
  }

  private static func currentFolder() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  deinit {
    for statement in statements.values { statement.finalize() }
    statements.removeAll()
    // close_v2 never fails with SQLITE_BUSY: should a statement remain, it defers the close.
    sqlite3_close_v2(handle)
  }

  // MARK: Running SQL

  /// Runs one statement to completion, ignoring any rows.
  public func execute(_ sql: String, _ values: [SQLValue] = []) throws {
    try run(sql, values) { _ in }
  }

  /// Runs one statement and reads every row it returns.
  public func query<T>(_ sql: String, _ values: [SQLValue] = [], _ read: (Row) throws -> T)
    throws -> [T]
  {
    var rows: [T] = []
    try run(sql, values) { row in rows.append(try read(row)) }
    return rows
  }

  /// Runs one statement and calls `body` with each row as it comes, keeping none of them
  /// (exports stream thousands of rows this way).
  public func forEachRow(_ sql: String, _ values: [SQLValue] = [], _ body: (Row) throws -> Void)
    throws
  {
    try run(sql, values, onRow: body)
  }

  /// Runs one statement and reads its first row, if any.
  public func queryFirst<T>(_ sql: String, _ values: [SQLValue] = [], _ read: (Row) throws -> T)
    throws -> T?
  {
    try query(sql, values, read).first
  }

  /// Runs several statements separated by semicolons (migration scripts). Nothing is bound,
  /// so the script must hold no user data.
  public func executeScript(_ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    defer { sqlite3_free(message) }
    if code != SQLITE_OK {
      throw error(for: code, sql: sql)
    }
  }

  /// Rows changed by the last INSERT, UPDATE or DELETE.
  public var changes: Int { Int(sqlite3_changes64(handle)) }

  /// The rowid of the last successful INSERT on this connection.
  public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// Reads a PRAGMA that returns one integer (`user_version`, `application_id`…).
  public func pragmaInteger(_ name: String) throws -> Int {
    try queryFirst("PRAGMA \(name)") { $0.int(0) } ?? 0
  }

  // MARK: Transactions

  /// Runs `body` in a `BEGIN IMMEDIATE` transaction: committed when it returns, rolled back when
  /// it throws. Taking the write lock up front means a write inside never fails half-way for
  /// another writer. A `body` called inside another transaction simply joins it.
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    if sqlite3_get_autocommit(handle) == 0 { return try body() }
    try beginImmediate()
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      rollbackIfOpen()
      throw error
    }
  }

  /// Runs `body` in a deferred transaction so that several reads see one consistent snapshot
  /// without taking the write lock. Joins an enclosing transaction.
  public func read<T>(_ body: () throws -> T) throws -> T {
    if sqlite3_get_autocommit(handle) == 0 { return try body() }
    try execute("BEGIN DEFERRED")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      rollbackIfOpen()
      throw error
    }
  }

  /// BEGIN IMMEDIATE waits up to the busy timeout; if another learnlog still holds the lock,
  /// try a few more times with growing pauses before reporting it.
  private func beginImmediate() throws {
    var pauseMicroseconds: UInt32 = 50_000
    for attempt in 1...Database.beginAttempts {
      do {
        try execute("BEGIN IMMEDIATE")
        return
      } catch StoreError.busy(let path) {
        if attempt == Database.beginAttempts { throw StoreError.busy(path: path) }
        usleep(pauseMicroseconds)
        pauseMicroseconds *= 2
      }
    }
  }

  private func rollbackIfOpen() {
    // SQLite rolls back by itself after some errors (disk full, I/O); then there is nothing
    // left to roll back, and the original error is the one worth reporting.
    guard sqlite3_get_autocommit(handle) == 0 else { return }
    _ = try? execute("ROLLBACK")
  }

  // MARK: Errors

  /// The one place a SQLite result code is judged: success passes, anything else throws.
  func check(_ code: Int32, sql: String? = nil) throws {
    switch code {
    case SQLITE_OK, SQLITE_ROW, SQLITE_DONE: return
    default: throw error(for: code, sql: sql)
    }
  }

  /// Turns a failing result code into the `StoreError` a coach can act on. The SQL is kept only
  /// for programmer errors, where it is what a bug report needs.
  private func error(for code: Int32, sql: String?) -> StoreError {
    switch code & 0xff {
    case SQLITE_READONLY: return .readOnly(path: path)
    case SQLITE_CORRUPT: return .corrupt(path: path)
    case SQLITE_NOTADB: return .notALearnLogDatabase(path: path)
    case SQLITE_FULL: return .diskFull(path: path)
    // With the disk already full, growing the -shm file or the WAL fails as an I/O error, not
    // as SQLITE_FULL; the system's errno says why.
    case SQLITE_IOERR where [ENOSPC, EDQUOT].contains(sqlite3_system_errno(handle)):
      return .diskFull(path: path)
    case SQLITE_BUSY, SQLITE_LOCKED: return .busy(path: path)
    case SQLITE_CANTOPEN, SQLITE_PERM: return .cannotOpen(path: path)
    case SQLITE_ERROR, SQLITE_MISUSE, SQLITE_RANGE, SQLITE_CONSTRAINT, SQLITE_MISMATCH,
      SQLITE_TOOBIG:
      return .sqlite(code: code, message: lastMessage, sql: sql)
    default:
      return .sqlite(code: code, message: lastMessage, sql: nil)
    }
  }

  private var lastMessage: String {
    guard let text = sqlite3_errmsg(handle) else { return "unknown error" }
    return String(cString: text)
  }

  // MARK: Internals

  private func enableWriteAheadLog() throws {
    // WAL lets a reader (learnlog log) run while a reflection is being written.
    let mode = try queryFirst("PRAGMA journal_mode = WAL") { $0.text(0) } ?? nil
    guard mode == "wal" else { return }
    // Reading once makes SQLite create the -wal and -shm files, so their mode can be checked.
    _ = try pragmaInteger("schema_version")
    PrivateFile.restrict(path + "-wal")
    PrivateFile.restrict(path + "-shm")
  }

  /// Prepares `sql` once and runs it with `values`, calling `onRow` for each result row.
  private func run(_ sql: String, _ values: [SQLValue], onRow: (Row) throws -> Void) throws {
    let statement: Statement
    let isCached: Bool
    if let cached = statements[sql], !cached.isRunning {
      statement = cached
      isCached = true
    } else {
      // A statement whose cached copy is mid-run (a query nested in its own row callback)
      // gets a private copy, finalized after use.
      statement = try prepare(sql)
      isCached = statements[sql] == nil
      if isCached { statements[sql] = statement }
    }
    statement.isRunning = true
    defer {
      statement.isRunning = false
      if isCached { statement.reset() } else { statement.finalize() }
    }
    try check(statement.bind(values), sql: sql)
    while true {
      let code = sqlite3_step(statement.handle)
      switch code {
      case SQLITE_ROW: try onRow(Row(handle: statement.handle))
      case SQLITE_DONE: return
      default: try check(code, sql: sql)
      }
    }
  }

  private func prepare(_ sql: String) throws -> Statement {
    var prepared: OpaquePointer?
    let code = sqlite3_prepare_v3(
      handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
    try check(code, sql: sql)
    guard let prepared else {
      // SQLite returns no statement for SQL that is only a comment or whitespace.
      throw StoreError.sqlite(code: SQLITE_MISUSE, message: "empty statement", sql: sql)
    }
    return Statement(handle: prepared)
  }
}
