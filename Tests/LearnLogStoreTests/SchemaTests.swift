import LearnLog
import Testing

@testable import LearnLogStore

@Suite("Schema and migrations")
struct SchemaTests {
  @Test func migratesAnEmptyFileToTheLatestSchema() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    #expect(store.schemaVersion == LogStore.supportedSchemaVersion)
    #expect(try store.database.pragmaInteger("user_version") == LogStore.supportedSchemaVersion)
    #expect(try store.database.pragmaInteger("application_id") == Schema.applicationID)
    #expect(try store.database.pragmaInteger("foreign_keys") == 1)
    let journal = try store.database.queryFirst("PRAGMA journal_mode") { $0.text(0) }
    #expect(journal == "wal")
    let tables = try store.database.query(
      "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"
    ) { $0.text(0) ?? "" }
    for table in [
      "entries", "answers", "skipped", "turns", "follow_ups", "pending_input", "search",
    ] {
      #expect(tables.contains(table), "missing table \(table)")
    }
  }

  @Test func reopeningAMigratedFileChangesNothing() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    let id = try LogStore(path: path).createEntry(Fixtures.importedEntry())
    let reopened = try LogStore(path: path)
    #expect(reopened.schemaVersion == LogStore.supportedSchemaVersion)
    #expect(try reopened.entry(id: id)?.coachee == "Li Wei")
  }

  @Test func migrationsAreNumberedFromOneWithoutGaps() {
    #expect(Schema.migrations.map(\.version) == Array(1...Schema.migrations.count))
  }

  @Test func refusesAFileFromANewerLearnlogWithoutWritingToIt() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    do {
      let store = try LogStore(path: path)
      try store.database.execute("PRAGMA user_version = 99")
    }
    let before = try contents(of: path)
    #expect(throws: StoreError.newerSchema(
      path: path, found: 99, supported: LogStore.supportedSchemaVersion)) {
      try LogStore(path: path)
    }
    #expect(try contents(of: path) == before)
  }

  @Test func refusesATextFileWithoutWritingToIt() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("notes.txt")
    let text = Array(String(repeating: "Not a database, just notes. 笔记\n", count: 200).utf8)
    try write(text, to: path)
    #expect(throws: StoreError.notALearnLogDatabase(path: path)) { try LogStore(path: path) }
    #expect(try contents(of: path) == text)
  }

  @Test func refusesAShortTextFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("short.txt")
    try write(Array("hello\n".utf8), to: path)
    #expect(throws: StoreError.notALearnLogDatabase(path: path)) { try LogStore(path: path) }
    #expect(try contents(of: path) == Array("hello\n".utf8))
  }

  @Test(arguments: [0, 3])
  func refusesAnotherProgramsDatabaseWithoutWritingToIt(userVersion: Int) throws {
    let folder = try TemporaryFolder()
    let path = folder.file("photos.db")
    do {
      let other = try Database(path: path)
      try other.executeScript(
        """
        CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT);
        INSERT INTO photos (name) VALUES ('beach.jpg');
        PRAGMA user_version = \(userVersion);
        """)
    }
    let before = try contents(of: path)
    #expect(throws: StoreError.notALearnLogDatabase(path: path)) { try LogStore(path: path) }
    #expect(try contents(of: path) == before)
  }

  @Test func refusesADatabaseWithAnotherApplicationID() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("other.db")
    do {
      let other = try Database(path: path)
      try other.execute("PRAGMA application_id = 1234")
    }
    #expect(throws: StoreError.notALearnLogDatabase(path: path)) { try LogStore(path: path) }
  }

  @Test func preparedStatementsAreReusedAndNestedQueriesStillWork() throws {
    let folder = try TemporaryFolder()
    let db = try Database(path: folder.file("plain.db"))
    try db.executeScript("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2);")
    let sql = "SELECT x FROM t ORDER BY x"
    // The same SQL run again while its cached statement is mid-run gets a private copy.
    let pairs = try db.query(sql) { outer in
      let x = outer.int(0)
      return (x, try db.query(sql) { $0.int(0) })
    }
    #expect(pairs.map(\.0) == [1, 2])
    #expect(pairs.allSatisfy { $0.1 == [1, 2] })
    #expect(try db.query(sql) { $0.int(0) } == [1, 2])
  }

  @Test func aFailingTransactionRollsBackAndTheErrorCarriesTheSQL() throws {
    let folder = try TemporaryFolder()
    let db = try Database(path: folder.file("plain.db"))
    try db.execute("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)")
    let sql = "INSERT INTO t (x) VALUES (?)"
    #expect {
      try db.transaction {
        try db.execute(sql, [.integer(1)])
        try db.execute(sql, [.integer(1)])
      }
    } throws: { error in
      guard case StoreError.sqlite(let code, _, let failing) = error else { return false }
      return code & 0xff == 19 && failing == sql  // SQLITE_CONSTRAINT
    }
    #expect(try db.query("SELECT count(*) FROM t") { $0.int(0) } == [0])
  }
}

@Suite("Damaged files")
struct DamagedFileTests {
  @Test func aDamagedTableIsReportedAsCorrupt() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    do {
      let store = try LogStore(path: path)
      for _ in 0..<20 { try store.createEntry(Fixtures.importedEntry()) }
    }
    var bytes = try contents(of: path)
    let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
    #expect(bytes.count > 4 * pageSize)
    // Scribble over every page but the first (which names the tables), as a failing disk might.
    for index in pageSize..<bytes.count { bytes[index] = 0xA5 }
    try write(bytes, to: path)
    #expect(throws: StoreError.corrupt(path: path)) {
      let store = try LogStore(path: path)
      _ = try store.entries()
    }
  }
}

@Suite("Two connections")
struct LockingTests {
  @Test func aWriterWaitsRetriesAndThenReportsTheLock() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("shared.db")
    let holder = try Database(path: path)
    try holder.execute("CREATE TABLE t (x INTEGER)")
    let waiter = try Database(path: path, busyTimeoutMilliseconds: 10)
    try holder.execute("BEGIN IMMEDIATE")
    #expect(throws: StoreError.busy(path: path)) {
      try waiter.transaction { try waiter.execute("INSERT INTO t VALUES (1)") }
    }
    // Readers are not blocked by a writer in WAL mode.
    #expect(try waiter.read { try waiter.query("SELECT count(*) FROM t") { $0.int(0) } } == [0])
    try holder.execute("COMMIT")
    try waiter.transaction { try waiter.execute("INSERT INTO t VALUES (1)") }
    #expect(try holder.query("SELECT x FROM t") { $0.int(0) } == [1])
  }
}
