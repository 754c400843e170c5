import LearnLog
import Testing

@testable import LearnLogStore

@Suite("The session register")
struct SessionStoreTests {
  static func session(_ coachee: String = "Ravi", _ iso: String = "2026-11-28") -> CoachingSession {
    CoachingSession(
      date: CalendarDate(iso: iso)!, coachee: coachee, topic: "Key client, renewal",
      durationMinutes: 45, createdAt: Fixtures.date(0))
  }

  @Test func addReadUpdateAndRemove() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    var session = Self.session("王伟")
    session.id = try store.addSession(session)
    #expect(try store.session(id: session.id) == session)

    var group = Self.session("Team A", "2026-11-20")
    group.groupSize = 5
    group.payment = .proBono
    group.durationMinutes = nil
    group.id = try store.addSession(group)
    #expect(try store.sessions() == [group, session])

    session.groupSize = 3
    session.topic = ""
    try store.updateSession(session)
    #expect(try store.session(id: session.id) == session)

    try store.removeSession(id: group.id)
    #expect(try store.sessions() == [session])
    #expect(throws: StoreError.sessionNotFound(id: group.id)) { try store.removeSession(id: group.id) }
    #expect(throws: StoreError.sessionNotFound(id: 99)) {
      var missing = session
      missing.id = 99
      try store.updateSession(missing)
    }
  }

  @Test func theSchemaRefusesAGroupOfOneAndZeroMinutes() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    var session = Self.session()
    session.groupSize = 1
    #expect(throws: StoreError.self) { try store.addSession(session) }
    session.groupSize = nil
    session.durationMinutes = 0
    #expect(throws: StoreError.self) { try store.addSession(session) }
  }

  @Test func findsSessionsByDateAndCoacheeIgnoringCase() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.addSession(Self.session("Ravi"))
    try store.addSession(Self.session("Mei"))
    #expect(try store.sessions(on: CalendarDate(iso: "2026-11-28")!, coachee: " ravi ").map(\.id) == [id])
    #expect(try store.sessions(on: CalendarDate(iso: "2026-11-29")!, coachee: "Ravi").isEmpty)
  }

  @Test func removingASessionDetachesItsReflections() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let sessionID = try store.addSession(Self.session())
    let entryID = try store.createEntry(Fixtures.importedEntry())
    try store.attach(entryID: entryID, toSession: sessionID)
    #expect(try store.sessionID(ofEntry: entryID) == sessionID)
    #expect(try store.sessionReflections().map(\.sessionID) == [sessionID])

    try store.removeSession(id: sessionID)
    #expect(try store.sessionID(ofEntry: entryID) == nil)
    #expect(try store.entry(id: entryID) != nil)
    #expect(throws: StoreError.sessionNotFound(id: sessionID)) {
      try store.attach(entryID: entryID, toSession: sessionID)
    }
    #expect(throws: StoreError.entryNotFound(id: 77)) { try store.sessionID(ofEntry: 77) }
  }

  @Test func sessionReflectionsCarryKindStatusAndContext() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.createEntry(Fixtures.importedEntry(coachee: "Li Wei"))
    let reflections = try store.sessionReflections()
    #expect(reflections == [
      SessionReflection(
        entryID: id, sessionID: nil, kind: .best, status: .complete, coachee: "Li Wei",
        sessionDate: Fixtures.sessionDate, updatedAt: Fixtures.date(30))
    ])
  }
}

@Suite("Migration to the session register")
struct SessionMigrationTests {
  @Test func aVersionOneFileWithDataMigratesToTheLatestKeepingEverything() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("old.sqlite3")
    do {
      // A file as the first release left it: schema 1 only, with an entry in it.
      let db = try Database(path: path)
      try db.transaction {
        try Schema.migrations[0].apply(db)
        try db.execute("PRAGMA user_version = 1")
      }
      try db.execute(
        """
        INSERT INTO entries (kind, status, coachee, session_date, source, created_at, updated_at)
        VALUES ('challenging', 'complete', '王伟', '2026-11-28', 'import', 1.5, 2.5)
        """)
      try db.execute(
        "INSERT INTO answers (entry_id, step, text, updated_at) VALUES (1, 'q9', 'Closed it.', 2.5)")
    }
    let store = try LogStore(path: path)
    #expect(store.schemaVersion == LogStore.supportedSchemaVersion)
    #expect(store.schemaVersion >= 3)
    let entry = try #require(try store.entry(id: 1))
    #expect(entry.coachee == "王伟")
    #expect(entry.kind == .challenging)
    #expect(entry.answers == [9: "Closed it."])
    #expect(try store.sessionID(ofEntry: 1) == nil)
    // The register works on the migrated file, and search still finds the old answer.
    let sessionID = try store.addSession(SessionStoreTests.session("王伟"))
    try store.attach(entryID: 1, toSession: sessionID)
    #expect(try store.sessionID(ofEntry: 1) == sessionID)
    let hits = try store.database.query("SELECT entry_id FROM search WHERE search MATCH 'closed'") {
      $0.int64(0)
    }
    #expect(hits == [1])
  }

  @Test func migrationsIncreaseFromOneAndTheRunnerToleratesGaps() {
    let versions = Schema.migrations.map(\.version)
    #expect(versions.first == 1)
    #expect(zip(versions, versions.dropFirst()).allSatisfy { $0 < $1 })
    #expect(versions.contains(3))
  }
}
