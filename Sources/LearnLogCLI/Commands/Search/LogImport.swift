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

  func run(_ app: App) throws {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw CLIError.cannotReadFile(path: path, reason: error.reason)
    }
    switch format {
    case .json: try importExport(bytes, app)
    case .jrnl: try importJournal(bytes, app)
    case .text: try previewReflection(bytes, app)
    }
  }

  private func importExport(_ bytes: [UInt8], _ app: App) throws {
    let entries: [Entry]
    let notes: [Note]
    do {
      let document = try ExportDocument.decode(bytes)
      entries = try document.entries.enumerated().map { index, entry throws(ImportError) in
        try Entry(document: entry, at: "entries[\(index)]")
      }
      notes = try document.notes.enumerated().map { index, note throws(ImportError) in
        try Note(document: note, at: "notes[\(index)]")
      }
    } catch {
      throw CLIError.importFailed(path: path, reason: error.message)
    }
    let store = try app.store()
    let progress = isDryRun
      ? nil : ProgressBar.standardError(label: "Importing", total: entries.count + notes.count)
    defer { progress?.finish() }
    let counts = try store.importLog(entries: entries, notes: notes, isDryRun: isDryRun) {
      progress?.update($0)
    }
    progress?.finish()
    var line =
      (isDryRun ? "Would import " : "Imported ")
      + "\(ExportCommand.count(counts.entries, "entry", "entries")) and "
      + "\(ExportCommand.count(counts.notes, "note", "notes")) from \(path)"
    let skipped = counts.skippedEntries + counts.skippedNotes
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

  private func importJournal(_ bytes: [UInt8], _ app: App) throws {
    let journal: JrnlJournal
    do {
      journal = try JrnlJournal.parse(bytes)
    } catch {
      throw CLIError.importFailed(path: path, reason: error.message)
    }
    for warning in journal.warnings {
      app.errorLine("learnlog: warning: \(path): \(warning)")
    }
    let entries = journal.entries
    let span = Self.span(entries.map(\.date))
    if isDryRun {
      var lines = [
        "Would import \(ExportCommand.count(entries.count, "jrnl entry", "jrnl entries")) from "
          + "\(path) as notes\(span). Nothing was stored."
      ]
      let shown = 10
      for entry in entries.prefix(shown) {
        let body = entry.body.isEmpty ? "" : " (+\(ExportCommand.count(Self.lineCount(entry.body), "line", "lines")))"
        lines.append("  [\(entry.date.iso) \(entry.time.text)] \(entry.title)\(body)")
      }
      if entries.count > shown { lines.append("  … and \(entries.count - shown) more") }
      app.out(lines.joined(separator: "\n") + "\n")
      return
    }
    let now = app.now
    let notes = entries.map { Note(journalEntry: $0, createdAt: now) }
    let progress = ProgressBar.standardError(label: "Importing", total: notes.count)
    defer { progress?.finish() }
    let count = try app.store().addNotes(notes) { progress?.update($0) }
    progress?.finish()
    app.out(
      "Imported \(ExportCommand.count(count, "jrnl entry", "jrnl entries")) from \(path) as "
        + "notes\(span). Find them with `learnlog search`.\n")
  }

  /// `--dry-run` of a reflection document: what `import` would store, storing nothing.
  private func previewReflection(_ bytes: [UInt8], _ app: App) throws {
    let imported: ImportedReflection
    do {
      imported = try ReflectionDocument.parse(bytes)
    } catch {
      throw CLIError.importFailed(path: path, reason: error.message)
    }
    for warning in imported.warnings {
      app.errorLine("learnlog: warning: \(path): \(warning)")
    }
    let entry = imported.entry(overrides: overrides, today: app.today, at: app.now)
    let coachee = entry.coachee.isEmpty ? "no coachee" : entry.coachee
    app.out(
      "Would import \(path) as one entry (\(entry.kind.title), \(coachee), "
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
