import LearnLog
import LearnLogStore

/// The formats of `learnlog import`.
enum ImportFormat: String, CaseIterable {
  /// A reflection written elsewhere, as one entry (`ImportCommand`'s own path).
  case text
  /// A learnlog JSON export: entries and notes.
  case json
  /// A jrnl plain-text journal: dated notes.
  case jrnl
}

/// `learnlog import --format json|jrnl FILE [--dry-run]`, and `--dry-run` for a text reflection.
/// Each import is one transaction: all of the file, or nothing.
struct LogImport {
  let path: String
  let format: ImportFormat
  let isDryRun: Bool
  /// `--kind`, `--date`, `--coachee` of a text reflection.
  var overrides = ImportOverrides()

  /// What messages call the file (`standard input` for `-`).
  private var name: String { FileSystem.displayName(path) }

  func run(_ app: App) throws {
    if format == .text {
      let bytes: [UInt8]
      do {
        bytes = try FileSystem.read(path)
      } catch {
        throw CLIError.cannotReadFile(path: name, reason: error.reason)
      }
      try previewReflection(bytes, app)
      return
    }
    // Exports and journals can be any size: they are read in chunks and stored as they are
    // read, in one transaction, so memory stays flat.
    let file: FileChunks
    do {
      file = try FileChunks(path: path)
    } catch {
      throw CLIError.cannotReadFile(path: name, reason: error.reason)
    }
    do {
      switch format {
      case .json: try importExport(file, app)
      default: try importJournal(file, app)
      }
    } catch let error as ImportError {
      throw CLIError.importFailed(path: name, reason: error.message)
    } catch let error as PrivateFile.Failure {
      throw CLIError.cannotReadFile(path: name, reason: error.reason)
    }
  }

  private func importExport(_ file: FileChunks, _ app: App) throws {
    let store = try targetStore(app)
    let progress = isDryRun ? nil : ProgressBar.standardError(label: "Importing", bytes: file.size)
    defer { progress?.finish() }
    var reader = ExportReader()
    var cleaning = InputCleaning()
    let counts = try store.importLog(isDryRun: isDryRun) { writer in
      try file.forEach { chunk, bytesRead in
        try reader.feed(chunk) { item in try Self.store(item, with: writer, cleaning: &cleaning) }
        progress?.update(bytesRead)
      }
      _ = try reader.finish()
    }
    progress?.finish()
    if cleaning.removed > 0 {
      // Only removals: U+FFFD in an export is text an earlier cleaning already put there.
      app.errorLine(
        "learnlog: warning: \(name): \(cleaning.removed) control "
          + "\(cleaning.removed == 1 ? "character was" : "characters were") removed from the "
          + "imported text (NUL or terminal codes, which learnlog never stores).")
    }
    // Sessions are named when the file has any: most exports (and all older ones) have none.
    let sessions =
      counts.sessions + counts.skippedSessions > 0
      ? "\(ExportCommand.count(counts.sessions, "session", "sessions")), " : ""
    var line =
      (isDryRun ? "Would import " : "Imported ") + sessions
      + "\(ExportCommand.count(counts.entries, "entry", "entries")) and "
      + "\(ExportCommand.count(counts.notes, "note", "notes")) from \(name)"
    if !counts.completedDrafts.isEmpty {
      // A recovery file: the reflection the log kept unfinished, now whole.
      let ids = counts.completedDrafts.map(String.init).joined(separator: ", ")
      let entries = counts.completedDrafts.count == 1 ? "entry \(ids)" : "entries \(ids)"
      line += "; \(isDryRun ? "would restore" : "restored") unfinished \(entries) from it"
    }
    let skipped = counts.skippedSessions + counts.skippedEntries + counts.skippedNotes
    if skipped > 0 {
      line +=
        "; \(isDryRun ? "would skip" : "skipped") \(ExportCommand.count(skipped, "item", "items")) "
        + "already in the log"
    }
    if !isDryRun && counts.entries > 0 {
      line += " (entries get new ids; `learnlog log` lists them)"
    }
    app.out(line + (isDryRun ? ". Nothing was stored.\n" : ".\n"))
  }

  /// The log to import into. A dry run changes nothing, not even the schema: into a log that
  /// does not exist yet it runs against an empty log in memory (creating no file); into an
  /// older log, or one it cannot write (read-only, a full disk), against a copy in memory;
  /// otherwise in the log itself, rolled back. Either way it can say what would be skipped.
  private func targetStore(_ app: App) throws -> LogStore {
    let path = app.databasePath
    guard isDryRun else { return try app.store(check: .full) }
    guard FileSystem.exists(path), !FileSystem.isEmptyFile(path) else { return try app.readingStore() }
    if try LogStore.schemaVersion(at: path) < LogStore.supportedSchemaVersion {
      return try LogStore(copyOf: path)
    }
    do {
      return try app.store(check: .full)
    } catch let error as StoreError where error.allowsReadingOnly {
      return try LogStore(copyOf: path)
    }
  }

  /// One element of an export, checked and handed to the store.
  private static func store(
    _ item: ExportItem, with writer: LogImportWriter, cleaning: inout InputCleaning
  ) throws {
    switch item {
    case .session(let document, let place):
      try writer.add(CoachingSession(document: document, at: place, cleaning: &cleaning))
    case .entry(let document, let place):
      try writer.add(
        Entry(document: document, at: place, cleaning: &cleaning), session: document.session)
    case .note(let document, let place):
      try writer.add(Note(document: document, at: place, cleaning: &cleaning))
    }
  }

  /// A journal is read and stored as it is read, in one transaction, as an export is
  /// (`LogStore.importLog`): entries the log already has are skipped, and a dry run does it all
  /// and rolls it back, so it says what would be skipped.
  private func importJournal(_ file: FileChunks, _ app: App) throws {
    var reader = JrnlReader(today: app.today)
    var summary = JournalSummary()
    var warnings: [String] = []
    let now = app.now
    let progress = isDryRun ? nil : ProgressBar.standardError(label: "Importing", bytes: file.size)
    defer { progress?.finish() }
    let counts = try targetStore(app).importLog(isDryRun: isDryRun) { writer in
      func store(_ entry: JournalEntry) throws {
        let before = writer.counts.skippedNotes
        try writer.add(journalNote: Note(journalEntry: entry, createdAt: now))
        summary.add(entry, isSkipped: writer.counts.skippedNotes > before)
      }
      try file.forEach { chunk, bytesRead in
        try reader.feed(chunk, store)
        progress?.update(bytesRead)
      }
      warnings = try reader.finish(store)
    }
    progress?.finish()
    for warning in warnings {
      app.errorLine("learnlog: warning: \(name): \(warning)")
    }
    let span = summary.span
    var line =
      (isDryRun ? "Would import " : "Imported ")
      + "\(ExportCommand.count(counts.notes, "jrnl entry", "jrnl entries")) from \(name) as "
      + "notes\(span)"
    if counts.skippedNotes > 0 {
      line +=
        "; \(isDryRun ? "would skip" : "skipped") \(counts.skippedNotes) already in the log"
    }
    if isDryRun {
      var lines = [line + ". Nothing was stored."]
      for (entry, isSkipped) in summary.first {
        let body = entry.body.isEmpty ? "" : " (+\(ExportCommand.count(Self.lineCount(entry.body), "line", "lines")))"
        let skip = isSkipped ? " (already in the log)" : ""
        lines.append("  [\(entry.date.iso) \(entry.time.text)] \(entry.title)\(body)\(skip)")
      }
      if summary.count > summary.first.count {
        lines.append("  … and \(summary.count - summary.first.count) more")
      }
      app.out(lines.joined(separator: "\n") + "\n")
      return
    }
    app.out(line + (counts.notes > 0 ? ". Find them with `learnlog search`.\n" : ".\n"))
  }

  /// What a journal import reports, gathered as its entries go by: how many, the first few
  /// (for `--dry-run`, with whether each is skipped), and the span of the dates of those stored.
  private struct JournalSummary {
    static let shown = 10
    var count = 0
    var first: [(entry: JournalEntry, isSkipped: Bool)] = []
    var earliest: CalendarDate?
    var latest: CalendarDate?

    mutating func add(_ entry: JournalEntry, isSkipped: Bool) {
      count += 1
      if first.count < Self.shown { first.append((entry, isSkipped)) }
      guard !isSkipped else { return }
      earliest = min(earliest ?? entry.date, entry.date)
      latest = max(latest ?? entry.date, entry.date)
    }

    var span: String {
      LogImport.span([earliest, latest].compactMap { $0 })
    }
  }

  /// `--dry-run` of a reflection document: what `import` would store, storing nothing.
  private func previewReflection(_ bytes: [UInt8], _ app: App) throws {
    let imported: ImportedReflection
    do {
      imported = try ReflectionDocument.parse(bytes)
      try imported.checkSessionDate(overrides: overrides, today: app.today)
    } catch {
      throw CLIError.importFailed(path: name, reason: error.message)
    }
    for warning in imported.warnings {
      app.errorLine("learnlog: warning: \(name): \(warning)")
    }
    let entry = imported.entry(overrides: overrides, today: app.today, at: app.now)
    let coachee = entry.coacheeOrNone
    // A dry run creates no log: without one, nothing can be a repeat.
    if FileSystem.exists(app.databasePath),
      let existing = try app.readingStore().identicalEntry(to: entry)
    {
      throw CLIError.alreadyImported(path: name, existing: existing, isDryRun: true)
    }
    app.out(
      "Would import \(name) as one entry (\(entry.kind.title), \(coachee), "
        + "\(entry.sessionDate.iso)): \(imported.foundSummary). Nothing was stored.\n")
  }

  /// ` (2024-01-03 to 2026-11-28)`, or nothing for no dates.
  static func span(_ dates: [CalendarDate]) -> String {
    guard let first = dates.min(), let last = dates.max() else { return "" }
    return first == last ? " (\(first.iso))" : " (\(first.iso) to \(last.iso))"
  }

  private static func lineCount(_ text: String) -> Int {
    text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
  }
}
