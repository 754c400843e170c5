import LearnLog
import LearnLogStore

/// `learnlog import FILE [--kind K] [--date D] [--coachee NAME]`: a reflection written elsewhere,
/// stored as one complete entry in one transaction, or nothing at all, with the follow-ups the
/// rules would have offered on its answers (pending, marked as from an import).
struct ImportCommand {
  let path: String
  let overrides: ImportOverrides
  /// `--format json|jrnl` and `--dry-run` are handled by `LogImport`.
  let format: ImportFormat
  let isDryRun: Bool

  /// What messages call the file (`standard input` for `-`).
  private var name: String { FileSystem.displayName(path) }

  init(_ command: ParsedCommand) throws {
    path = command.positional("file") ?? ""
    format = try command.choice("format", ImportFormat.allCases.map(\.rawValue)).flatMap(
      ImportFormat.init(rawValue:)) ?? .text
    isDryRun = command.flag("dry-run")
    if format != .text, ["kind", "date", "coachee"].contains(where: command.isGiven) {
      throw command.usageError(
        .unusableOptions("--kind, --date and --coachee apply to --format text only"))
    }
    var overrides = ImportOverrides()
    if let kind = try command.choice("kind", EntryKind.allCases.map(\.rawValue)) {
      overrides.kind = EntryKind(rawValue: kind)
    }
    let today = CalendarDate(Date())
    if let date = try DateBounds.date(command, "date", today: today) {
      // As `reflect` and `note` do: a reflection is about a session that has taken place.
      if date > today {
        throw command.usageError(
          .unusableOptions(
            "--date \(date.iso) is in the future; "
              + "a reflection records a session that has happened"))
      }
      overrides.sessionDate = date
    }
    overrides.coachee = try command.value(
      "coachee", expected: "a name or alias", SessionFields.coachee)
    self.overrides = overrides
  }

  func run(_ app: App) throws {
    if path == FileSystem.standardInput, app.isInputTerminal {
      app.errorLine("Reading the import from the terminal; end it with Ctrl-D on a line of its own.")
    }
    if format != .text || isDryRun {
      try LogImport(path: path, format: format, isDryRun: isDryRun, overrides: overrides).run(app)
      // A large import leaves the word index in many pieces, which every search then reads.
      if !isDryRun { try app.store().tidySearchIndex() }
      return
    }
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw CLIError.cannotReadFile(path: name, reason: error.reason)
    }
    let imported: ImportedReflection
    do {
      imported = try ReflectionDocument.parse(bytes)
      try imported.checkSessionDate(overrides: overrides, today: app.today)
    } catch {
      throw CLIError.importFailed(path: name, reason: error.message)
    }
    var entry = imported.entry(overrides: overrides, today: app.today, at: app.now)
    let store = try app.store()
    // The same reflection imported twice is refused (before the rules run on it: the second
    // copy would only be told it repeats the first).
    if let existing = try store.identicalEntry(to: entry) {
      throw CLIError.alreadyImported(path: name, existing: existing, isDryRun: false)
    }
    // The rules run as they would have in a conversation; what fires is recorded as offered
    // after the fact, so the import counts in reviews and recurring themes. The entry and its
    // follow-ups are stored in one transaction.
    let engine = RuleFiles.engine(app)
    let history = try store.history(limit: ReflectCommand.historyDepth)
    entry.followUps += engine.followUpsForImport(of: entry, history: history, at: app.now)
    // Checked again as it is stored: another import of the same file may have run meanwhile.
    let (id, isNew) = try store.saveImportedUnlessStored(entry)
    guard isNew else {
      throw CLIError.alreadyImported(path: name, existing: id, isDryRun: false)
    }
    for warning in imported.warnings {
      app.errorLine("learnlog: warning: \(name): \(warning)")
    }
    app.out(
      "Imported \(name) as entry \(id) (\(entry.kind.title), \(entry.coacheeOrNone), \(entry.sessionDate.iso)): \(imported.foundSummary).\n"
    )
    app.out(Self.followUpLine(entry.followUps.count, entryID: id))
  }

  /// `Recorded 3 follow-ups from the rules …`: what the rules would have asked.
  static func followUpLine(_ count: Int, entryID: Int64) -> String {
    guard count > 0 else { return "No follow-up rule fired on the imported answers.\n" }
    let noun = count == 1 ? "1 follow-up" : "\(count) follow-ups"
    return "Recorded \(noun) the rules would have asked; `learnlog show \(entryID)` lists them.\n"
  }
}
