import LearnLog
import LearnLogStore

/// `learnlog backup [FILE]`.
struct BackupCommand {
  let destination: String?

  init(_ command: ParsedCommand) throws {
    destination = try command.nonBlank("file", expected: "a file name for the backup")
  }

  func run(_ app: App) throws {
    guard FileSystem.exists(app.databasePath) else {
      throw CLIError.other("there is no log at \(app.databasePath) yet; nothing to back up")
    }
    let store = try app.readingStore()
    guard destination != app.databasePath else {
      throw CLIError.other("the backup cannot overwrite the log itself; choose another FILE")
    }
    // A copy of a damaged log would become the "newest backup" doctor offers to restore.
    guard try store.database.isSound() else { throw CLIError.store(.corrupt(path: app.databasePath)) }
    let path: String
    if let destination {
      path = destination
      try Self.checkTarget(destination)
      do {
        // Never over an existing file (link refuses a taken name), never into a folder made up.
        try store.database.backup(to: destination, replacing: false, creatingFolder: false)
      } catch StoreError.notWritable(let failed, let reason) where failed == destination {
        if FileSystem.existsOrDangles(destination) { throw Self.taken(destination) }
        throw CLIError.other("cannot write the backup \(destination) (\(reason)); choose another FILE")
      }
    } else {
      // Named after this log and never over an existing backup (of this log or another).
      path = try Backups(databasePath: app.databasePath).write(from: store.database, at: app.now)
    }
    app.out("Backed up \(app.databasePath) to \(path).\n")
  }

  /// Refuses a FILE that exists (a backup never replaces anything), is a folder, or whose folder
  /// does not exist (a typo should not become a new folder).
  static func checkTarget(_ destination: String) throws {
    if FileSystem.isFolder(destination) {
      let example = (destination.hasSuffix("/") ? destination : destination + "/") + "learnlog-backup.sqlite3"
      throw CLIError.other(
        "\(destination) is a folder; give the backup a file name, such as \(example)")
    }
    if FileSystem.existsOrDangles(destination) { throw taken(destination) }
    let folder = FileSystem.folder(of: destination)
    guard FileSystem.exists(folder) else {
      throw CLIError.other(
        "the folder \(folder) does not exist; create it first or choose a FILE in an existing folder")
    }
    guard FileSystem.isFolder(folder) else {
      throw CLIError.other("\(folder) is not a folder; choose a FILE in an existing folder")
    }
  }

  static func taken(_ destination: String) -> CLIError {
    .other(
      "\(destination) already exists and a backup never replaces a file; choose another name or remove it first")
  }
}

/// `learnlog doctor`.
struct DoctorCommand {
  func run(_ app: App) throws {
    let diagnosis = Diagnosis.examine(path: app.databasePath)
    var lines = ["Log: \(diagnosis.path)"]
    var problems = 0
    if !diagnosis.exists {
      lines.append("  No log here yet; `learnlog reflect` creates it.")
    } else if let error = diagnosis.openError {
      problems += 1
      lines.append("  ✗ \(Self.describe(error, hasBackups: !diagnosis.backups.isEmpty))")
    } else {
      let integrity = diagnosis.integrity == ["ok"] ? "ok" : "FAILED"
      if integrity != "ok" { problems += 1 }
      lines.append("  Integrity check: \(integrity)")
      for finding in diagnosis.integrity.prefix(5) where integrity != "ok" {
        lines.append("    \(finding)")
      }
      lines.append(
        "  Schema version: \(diagnosis.schemaVersion ?? 0) (this learnlog: \(diagnosis.supportedSchemaVersion))")
      let singular = ["entries": "entry", "drafts": "draft", "answers": "answer", "turns": "turn",
        "follow-ups": "follow-up", "notes": "note", "sessions": "session"]
      let counts = diagnosis.counts.map { item in
        "\(item.count) \(item.count == 1 ? singular[item.name] ?? item.name : item.name)"
      }.joined(separator: ", ")
      lines.append("  Holds: \(counts)")
      if diagnosis.isDiskFull {
        problems += 1
        lines.append(
          "  ✗ The disk holding the log is full (checked without writing): free some space, and learnlog can save to it again.")
      }
      if diagnosis.isReadOnly {
        lines.append(
          "  Note: the log is read-only for you (checked without writing); learnlog can show it but not add to it until its file and folder are writable.")
      }
    }
    if !diagnosis.modes.isEmpty {
      lines.append("File modes:")
      for file in diagnosis.modes {
        if !file.isPrivate { problems += 1 }
        let mark = file.exposure.map { "\($0): chmod \(file.privateMode) \(shellQuoted(file.path))" } ?? "ok"
        lines.append("  \(String(file.mode, radix: 8))  \(file.path)  \(mark)")
      }
    }
    if let newest = diagnosis.backups.first {
      let (log, wal, shm) = (
        shellQuoted(diagnosis.path), shellQuoted(diagnosis.path + "-wal"), shellQuoted(diagnosis.path + "-shm")
      )
      lines.append("Backups: \(diagnosis.backups.count), newest \(newest)")
      // The log is moved aside rather than copied: it is kept, with its own mode, and no
      // second copy of it is made with the shell's umask.
      let stamp = Timestamp.format(app.now).filter(\.isNumber).prefix(14)
      let aside = shellQuoted(diagnosis.path + ".damaged-" + stamp)
      lines.append(
        "  To restore it: make sure no learnlog is running, then: mv \(log) \(aside) && "
          + "cp \(shellQuoted(newest)) \(log) && rm -f \(wal) \(shm)")
    } else {
      lines.append("Backups: none yet (`learnlog backup` makes one).")
    }
    lines.append(problems == 0 ? "No problems found." : "\(problems) problem\(problems == 1 ? "" : "s") found.")
    app.out(lines.joined(separator: "\n") + "\n")
    if problems > 0 { throw CLIError.silentFailure }
  }

  /// Why the log could not be opened, in doctor's words: the store's messages send the coach to
  /// `learnlog doctor`, which is what is speaking here.
  static func describe(_ error: StoreError, hasBackups: Bool) -> String {
    switch error {
    case .corrupt(let path):
      "The database \(path) is damaged; learnlog leaves it as it is. "
        + (hasBackups
          ? "Restore the newest backup as shown below (the command keeps the damaged file beside it)."
          : "Keep a copy of the file, then see whether an export or an older copy of it is left.")
    case .unexpectedValue(let table, let column, let rowID):
      "A value in \(table).\(column) (row \(rowID)) is not one learnlog writes: the file was edited "
        + "by hand or is damaged."
    case .sqlite(let code, let message, nil):
      "SQLite error \(code): \(message)."
    default:
      error.message
    }
  }
}
