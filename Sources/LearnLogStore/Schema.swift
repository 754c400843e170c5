import LearnLog

/// One forward-only step of the schema, identified by the `user_version` it leaves behind.
struct Migration {
  let version: Int
  let apply: (Database) throws -> Void
}

/// The learnlog schema: how to recognise a learnlog file and how to bring it up to date.
///
/// The version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the file as
/// learnlog's, so a database of another program that also uses `user_version` is never taken
/// for a newer learnlog, let alone migrated.
enum Schema {
  /// "LLOG" in ASCII, written into the file header by migration 1.
  static let applicationID = 0x4C4C_4F47

  /// Ordered by version, starting at 1. Never edit a shipped migration: add the next one.
  /// Versions must increase but need not be contiguous: each migration runs when the file is
  /// older than it, so a gap (a version developed on another branch) is harmless.
  static var migrations: [Migration] {
    [
      Migration(version: 1) { db in try db.executeScript(version1) },
      Migration(version: 2) { db in try db.executeScript(version2) },
      Migration(version: 3) { db in try db.executeScript(version3) },
      Migration(version: 4) { db in try db.executeScript(version4) },
      Migration(version: 5) { db in try db.executeScript(version5) },
      Migration(version: 6) { db in try db.executeScript(version6) },
    ]
  }

  static var supportedVersion: Int { migrations.last?.version ?? 0 }

  /// The versions a read-only log can be read at without migrating it: from version 5 on, the
  /// tables are the ones this build reads (version 6 changed only how notes are indexed), so
  /// a log the coach cannot write still lists, shows, exports and backs up. Only the word
  /// search needs `noteRowidsVersion`.
  static var readableUnmigrated: ClosedRange<Int> { 5...supportedVersion }

  /// From this version on, notes sit in the search indexes at `id − 2^62` (`SearchRowID`).
  static let noteRowidsVersion = 6

  /// Refuses a file that is not ours or is newer than this build, reading only.
  static func validate(_ db: Database) throws {
    // The first read of a file that is not a database fails here with SQLITE_NOTADB.
    let objectCount = try db.queryFirst("SELECT count(*) FROM sqlite_schema") { $0.int(0) } ?? 0
    let applicationID = try db.pragmaInteger("application_id")
    let version = try db.pragmaInteger("user_version")
    if applicationID == Schema.applicationID {
      if version > supportedVersion {
        throw StoreError.newerSchema(path: db.path, found: version, supported: supportedVersion)
      }
    } else if applicationID != 0 || version != 0 || objectCount != 0 {
      // Someone else's database (or an empty-looking one with a version): leave it alone.
      throw StoreError.notALearnLogDatabase(path: db.path)
    }
  }

  /// Applies every migration newer than the file, each in its own transaction.
  static func migrate(_ db: Database) throws {
    for migration in migrations.sorted(by: { $0.version < $1.version }) {
      try db.transaction {
        // Read again under the write lock: another learnlog may have migrated meanwhile.
        let current = try db.pragmaInteger("user_version")
        guard current < migration.version else { return }
        try migration.apply(db)
        try db.execute("PRAGMA user_version = \(migration.version)")
      }
    }
  }

  /// The first schema. Dates (`created_at`, `updated_at`, `at`, `offered_at`, `saved_at`) are
  /// REAL seconds since 2001-01-01 00:00:00 UTC, the Double inside `Date`, so they read back
  /// exactly; in SQL, `datetime(x + 978307200, 'unixepoch')` shows them. Session dates are ISO
  /// `YYYY-MM-DD` text, which sorts chronologically. Steps are `Step.id` text (`goal`, `q7`).
  static let version1 = """
    PRAGMA application_id = \(applicationID);

    CREATE TABLE entries (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('best', 'challenging', 'other')),
      status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
      coachee TEXT NOT NULL,
      session_date TEXT NOT NULL,
      current_step TEXT,
      source TEXT NOT NULL CHECK (source IN ('conversation', 'import')),
      created_at REAL NOT NULL,
      updated_at REAL NOT NULL
    );
    -- `learnlog log` and history: newest session first, optionally one status.
    CREATE INDEX entries_by_session_date ON entries (session_date DESC, id DESC);
    CREATE INDEX entries_by_status ON entries (status, session_date DESC, id DESC);
    -- Resuming: the draft touched last.
    CREATE INDEX entries_by_status_updated ON entries (status, updated_at DESC, id DESC);

    -- The natural key is (entry_id, step); the integer id gives the search index a rowid that
    -- VACUUM cannot renumber.
    CREATE TABLE answers (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      step TEXT NOT NULL,
      text TEXT NOT NULL,
      updated_at REAL NOT NULL,
      UNIQUE (entry_id, step)
    );

    CREATE TABLE skipped (
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      step TEXT NOT NULL,
      PRIMARY KEY (entry_id, step)
    ) WITHOUT ROWID;

    CREATE TABLE turns (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      speaker TEXT NOT NULL CHECK (speaker IN ('assistant', 'coach')),
      text TEXT NOT NULL,
      step TEXT,
      at REAL NOT NULL,
      UNIQUE (entry_id, seq)
    );

    CREATE TABLE follow_ups (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
      rule_id TEXT NOT NULL,
      step TEXT NOT NULL,
      ask TEXT NOT NULL,
      why TEXT NOT NULL,
      evidence TEXT NOT NULL,
      response TEXT NOT NULL
        CHECK (response IN ('pending', 'answered', 'skipped', 'dismissed')),
      reply TEXT,
      offered_at REAL NOT NULL,
      from_import INTEGER NOT NULL DEFAULT 0 CHECK (from_import IN (0, 1)),
      UNIQUE (entry_id, rule_id)
    );
    -- The prompt-history review: how often each rule fired, across entries.
    CREATE INDEX follow_ups_by_rule ON follow_ups (rule_id);

    -- Half-typed text, kept when the terminal closes mid-answer.
    CREATE TABLE pending_input (
      entry_id INTEGER PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
      step TEXT NOT NULL,
      text TEXT NOT NULL,
      saved_at REAL NOT NULL
    );

    -- Full-text search over answers and follow-up replies. The index keeps its own copy so
    -- that snippet() and highlight() work. Rowids: answer id * 2, follow-up id * 2 + 1.
    CREATE VIRTUAL TABLE search USING fts5 (
      text,
      entry_id UNINDEXED,
      step UNINDEXED,
      origin UNINDEXED,
      tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TRIGGER answers_search_insert AFTER INSERT ON answers BEGIN
      INSERT INTO search (rowid, text, entry_id, step, origin)
        VALUES (new.id * 2, new.text, new.entry_id, new.step, 'answer');
    END;
    CREATE TRIGGER answers_search_update AFTER UPDATE OF text, step ON answers BEGIN
      DELETE FROM search WHERE rowid = old.id * 2;
      INSERT INTO search (rowid, text, entry_id, step, origin)
        VALUES (new.id * 2, new.text, new.entry_id, new.step, 'answer');
    END;
    -- Also fires for rows removed by ON DELETE CASCADE when an entry is deleted.
    CREATE TRIGGER answers_search_delete AFTER DELETE ON answers BEGIN
      DELETE FROM search WHERE rowid = old.id * 2;
    END;

    CREATE TRIGGER follow_ups_search_insert AFTER INSERT ON follow_ups
      WHEN new.reply IS NOT NULL BEGIN
      INSERT INTO search (rowid, text, entry_id, step, origin)
        VALUES (new.id * 2 + 1, new.reply, new.entry_id, new.step, 'reply');
    END;
    CREATE TRIGGER follow_ups_search_update AFTER UPDATE OF reply, step ON follow_ups BEGIN
      DELETE FROM search WHERE rowid = old.id * 2 + 1;
      INSERT INTO search (rowid, text, entry_id, step, origin)
        SELECT new.id * 2 + 1, new.reply, new.entry_id, new.step, 'reply'
        WHERE new.reply IS NOT NULL;
    END;
    CREATE TRIGGER follow_ups_search_delete AFTER DELETE ON follow_ups BEGIN
      DELETE FROM search WHERE rowid = old.id * 2 + 1;
    END;
    """

  /// Free notes (typed with `learnlog note` or imported from jrnl) in the search index, and a
  /// second index for Chinese, Japanese and Korean text.
  ///
  /// Notes enter `search` with rowid `-id` (`id − 2^62` since version 6), beside answers
  /// (`id * 2`) and replies (`id * 2 + 1`), so one query ranks all three together. `unicode61` treats a run of CJK
  /// characters as one word, so `search_cjk` (the `trigram` tokenizer, substring matching) holds
  /// a copy of every indexed text that contains CJK characters, and only those: a log without
  /// CJK pays one GLOB per write. Queries with CJK characters go there.
  static let version2 = """
    CREATE TABLE notes (
      id INTEGER PRIMARY KEY,
      note_date TEXT NOT NULL,
      note_time TEXT,
      title TEXT NOT NULL DEFAULT '',
      text TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('note', 'jrnl')),
      created_at REAL NOT NULL
    );
    -- Export and search filters by date.
    CREATE INDEX notes_by_date ON notes (note_date, id);
    -- Search filtered by kind.
    CREATE INDEX entries_by_kind ON entries (kind, session_date);

    CREATE VIRTUAL TABLE search_cjk USING fts5 (
      text,
      entry_id UNINDEXED,
      step UNINDEXED,
      origin UNINDEXED,
      tokenize = 'trigram'
    );
    INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
      SELECT rowid, text, entry_id, step, origin FROM search
      WHERE text GLOB '*\(cjkClass)*';

    CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
      INSERT INTO search (rowid, text, entry_id, step, origin)
        VALUES (-new.id, \(noteText("new")), NULL, NULL, 'note');
    END;
    CREATE TRIGGER notes_search_update AFTER UPDATE OF title, text ON notes BEGIN
      DELETE FROM search WHERE rowid = -old.id;
      INSERT INTO search (rowid, text, entry_id, step, origin)
        VALUES (-new.id, \(noteText("new")), NULL, NULL, 'note');
    END;
    CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
      DELETE FROM search WHERE rowid = -old.id;
    END;

    -- Every row entering or leaving `search` does the same in `search_cjk` when it has CJK.
    -- (FTS5 tables take no triggers, so these sit on the source tables.)
    CREATE TRIGGER answers_cjk_insert AFTER INSERT ON answers
      WHEN new.text GLOB '*\(cjkClass)*' BEGIN
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        VALUES (new.id * 2, new.text, new.entry_id, new.step, 'answer');
    END;
    CREATE TRIGGER answers_cjk_update AFTER UPDATE OF text, step ON answers BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id * 2;
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id * 2, new.text, new.entry_id, new.step, 'answer'
        WHERE new.text GLOB '*\(cjkClass)*';
    END;
    CREATE TRIGGER answers_cjk_delete AFTER DELETE ON answers BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id * 2;
    END;

    CREATE TRIGGER follow_ups_cjk_insert AFTER INSERT ON follow_ups
      WHEN new.reply GLOB '*\(cjkClass)*' BEGIN
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        VALUES (new.id * 2 + 1, new.reply, new.entry_id, new.step, 'reply');
    END;
    CREATE TRIGGER follow_ups_cjk_update AFTER UPDATE OF reply, step ON follow_ups BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id * 2 + 1;
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id * 2 + 1, new.reply, new.entry_id, new.step, 'reply'
        WHERE new.reply GLOB '*\(cjkClass)*';
    END;
    CREATE TRIGGER follow_ups_cjk_delete AFTER DELETE ON follow_ups BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id * 2 + 1;
    END;

    CREATE TRIGGER notes_cjk_insert AFTER INSERT ON notes
      WHEN \(noteText("new")) GLOB '*\(cjkClass)*' BEGIN
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        VALUES (-new.id, \(noteText("new")), NULL, NULL, 'note');
    END;
    CREATE TRIGGER notes_cjk_update AFTER UPDATE OF title, text ON notes BEGIN
      DELETE FROM search_cjk WHERE rowid = -old.id;
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT -new.id, \(noteText("new")), NULL, NULL, 'note'
        WHERE \(noteText("new")) GLOB '*\(cjkClass)*';
    END;
    CREATE TRIGGER notes_cjk_delete AFTER DELETE ON notes BEGIN
      DELETE FROM search_cjk WHERE rowid = -old.id;
    END;
    """

  /// The characters that send a text to `search_cjk`, frozen with migration 2 (a test checks it
  /// still equals `CJK.globClass`, which routes queries): Hiragana, Katakana, CJK ideographs,
  /// Hangul, half-width Katakana, the supplementary ideograph planes.
  static let cjkClass = "[぀-ヿ㐀-䶿一-鿿가-힯豈-﫿ｦ-ﾟ𠀀-𿿿]"

  /// What the index holds for a note: the title and the text on the next line.
  private static func noteText(_ row: String) -> String {
    """
    CASE WHEN \(row).title = '' THEN \(row).text WHEN \(row).text = '' THEN \(row).title \
    ELSE \(row).title || char(10) || \(row).text END
    """
  }

  /// The session register: coaching sessions as a credential log counts them, and the link from
  /// a reflection to the session it is about (kept NULL when the session is removed).
  /// `duration_minutes` is NULL for a session registered by a reflection until the coach adds
  /// its length; `group_size` is NULL exactly for individual sessions.
  /// Indexes the reports need at 10,000 entries: the review counts follow-ups per rule without
  /// reading whole rows, `review --question N` finds one question's answers without a scan, and
  /// `prepare` finds the newest complete Best or Most Challenging entry directly.
  static let version4 = """
    CREATE INDEX follow_ups_by_entry_rule ON follow_ups (entry_id, rule_id, response, step);
    CREATE INDEX follow_ups_by_step ON follow_ups (step, entry_id);
    CREATE INDEX answers_by_step ON answers (step, entry_id);
    CREATE INDEX entries_by_status_kind ON entries (status, kind, session_date DESC, id DESC);
    """

  static let version3 = """
    CREATE TABLE sessions (
      id INTEGER PRIMARY KEY,
      session_date TEXT NOT NULL,
      coachee TEXT NOT NULL,
      topic TEXT NOT NULL DEFAULT '',
      duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
      format TEXT NOT NULL CHECK (format IN ('individual', 'group')),
      group_size INTEGER,
      payment TEXT NOT NULL CHECK (payment IN ('paid', 'pro_bono')),
      created_at REAL NOT NULL,
      CHECK ((format = 'individual' AND group_size IS NULL)
        OR (format = 'group' AND group_size >= 2))
    );
    -- The register and the programme window: in date order.
    CREATE INDEX sessions_by_date ON sessions (session_date, id);

    ALTER TABLE entries ADD COLUMN session_id INTEGER
      REFERENCES sessions (id) ON DELETE SET NULL;
    CREATE INDEX entries_by_session ON entries (session_id);
    """

  /// The trigram index holds only the runs of CJK characters a text contains, no longer the
  /// whole text (issue 7): a note naming a coachee 李娜 made the index tokenize all of its English
  /// text three characters at a time, and the GLOB deciding it was itself a seventh of an import.
  ///
  /// `cjk_runs(text)` (registered on every connection, `Database+Functions.swift`) returns the
  /// runs joined by a line feed, so no term matches across two of them, and NULL without CJK.
  /// The table is rebuilt from the word index's copy of every text, which holds the full text
  /// that searches match other terms against and cut snippets from.
  static let version5 = """
    DROP TRIGGER answers_cjk_insert;
    DROP TRIGGER answers_cjk_update;
    DROP TRIGGER follow_ups_cjk_insert;
    DROP TRIGGER follow_ups_cjk_update;
    DROP TRIGGER notes_cjk_insert;
    DROP TRIGGER notes_cjk_update;
    DROP TABLE search_cjk;

    CREATE VIRTUAL TABLE search_cjk USING fts5 (
      text,
      entry_id UNINDEXED,
      step UNINDEXED,
      origin UNINDEXED,
      tokenize = 'trigram'
    );
    -- Each subquery below has a LIMIT so that SQLite neither flattens it nor copies the WHERE
    -- into it, either of which would call cjk_runs twice for every text with CJK.
    INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
      SELECT rowid, runs, entry_id, step, origin
      FROM (SELECT rowid, cjk_runs(text) AS runs, entry_id, step, origin FROM search LIMIT -1)
      WHERE runs IS NOT NULL;

    -- The delete triggers of version 2 stay: they remove by rowid.
    CREATE TRIGGER answers_cjk_insert AFTER INSERT ON answers BEGIN
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id * 2, runs, new.entry_id, new.step, 'answer'
        FROM (SELECT cjk_runs(new.text) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;
    CREATE TRIGGER answers_cjk_update AFTER UPDATE OF text, step ON answers BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id * 2;
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id * 2, runs, new.entry_id, new.step, 'answer'
        FROM (SELECT cjk_runs(new.text) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;

    CREATE TRIGGER follow_ups_cjk_insert AFTER INSERT ON follow_ups
      WHEN new.reply IS NOT NULL BEGIN
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id * 2 + 1, runs, new.entry_id, new.step, 'reply'
        FROM (SELECT cjk_runs(new.reply) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;
    CREATE TRIGGER follow_ups_cjk_update AFTER UPDATE OF reply, step ON follow_ups BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id * 2 + 1;
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id * 2 + 1, runs, new.entry_id, new.step, 'reply'
        FROM (SELECT cjk_runs(new.reply) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;

    CREATE TRIGGER notes_cjk_insert AFTER INSERT ON notes BEGIN
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT -new.id, runs, NULL, NULL, 'note'
        FROM (SELECT cjk_runs(\(noteText("new"))) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;
    CREATE TRIGGER notes_cjk_update AFTER UPDATE OF title, text ON notes BEGIN
      DELETE FROM search_cjk WHERE rowid = -old.id;
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT -new.id, runs, NULL, NULL, 'note'
        FROM (SELECT cjk_runs(\(noteText("new"))) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;
    """

  /// Notes take rowids in `search` and `search_cjk` that grow with their id (issue 7):
  /// `id − 2^62` rather than `-id` (`SearchRowID`). FTS5 writes what it holds as a new index
  /// segment whenever a rowid is lower than the one written before it, so with `-id` every note
  /// of a journal import was a segment of its own, and merging them was half of the import.
  /// Still negative, so `rowid < 0` still means a note. The notes' rows are moved in id order.
  static let version6 = """
    DROP TRIGGER notes_search_insert;
    DROP TRIGGER notes_search_update;
    DROP TRIGGER notes_search_delete;
    DROP TRIGGER notes_cjk_insert;
    DROP TRIGGER notes_cjk_update;
    DROP TRIGGER notes_cjk_delete;

    DELETE FROM search WHERE rowid < 0;
    DELETE FROM search_cjk WHERE rowid < 0;
    INSERT INTO search (rowid, text, entry_id, step, origin)
      SELECT id - \(noteRowBase), \(noteText("notes")), NULL, NULL, 'note' FROM notes ORDER BY id;
    INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
      SELECT id - \(noteRowBase), runs, NULL, NULL, 'note'
      FROM (SELECT id, cjk_runs(\(noteText("notes"))) AS runs FROM notes ORDER BY id LIMIT -1)
      WHERE runs IS NOT NULL;

    CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
      INSERT INTO search (rowid, text, entry_id, step, origin)
        VALUES (new.id - \(noteRowBase), \(noteText("new")), NULL, NULL, 'note');
    END;
    CREATE TRIGGER notes_search_update AFTER UPDATE OF title, text ON notes BEGIN
      DELETE FROM search WHERE rowid = old.id - \(noteRowBase);
      INSERT INTO search (rowid, text, entry_id, step, origin)
        VALUES (new.id - \(noteRowBase), \(noteText("new")), NULL, NULL, 'note');
    END;
    CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
      DELETE FROM search WHERE rowid = old.id - \(noteRowBase);
    END;

    CREATE TRIGGER notes_cjk_insert AFTER INSERT ON notes BEGIN
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id - \(noteRowBase), runs, NULL, NULL, 'note'
        FROM (SELECT cjk_runs(\(noteText("new"))) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;
    CREATE TRIGGER notes_cjk_update AFTER UPDATE OF title, text ON notes BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id - \(noteRowBase);
      INSERT INTO search_cjk (rowid, text, entry_id, step, origin)
        SELECT new.id - \(noteRowBase), runs, NULL, NULL, 'note'
        FROM (SELECT cjk_runs(\(noteText("new"))) AS runs LIMIT 1) WHERE runs IS NOT NULL;
    END;
    CREATE TRIGGER notes_cjk_delete AFTER DELETE ON notes BEGIN
      DELETE FROM search_cjk WHERE rowid = old.id - \(noteRowBase);
    END;
    """

  /// 2^62, frozen with migration 6 (a test checks it still equals `SearchRowID.noteBase`).
  static let noteRowBase: Int64 = 4_611_686_018_427_387_904
}
