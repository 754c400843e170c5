import LearnLog
import LearnLogStore

/// `learnlog forget --coachee ALIAS [--notes] [--yes]`.
struct ForgetCommand {
  let alias: String
  let isConfirmed: Bool
  let includesNotes: Bool

  init(_ command: ParsedCommand) throws {
    guard let alias = try command.nonBlank("coachee", expected: "a coachee's name or alias") else {
      throw command.usageError(
        .missingOption("--coachee", purpose: "give the alias of the coachee whose reflections to erase"))
    }
    self.alias = alias.trimmed
    isConfirmed = command.flag("yes")
    includesNotes = command.flag("notes")
  }

  func run(_ app: App) throws {
    let store = try app.existingStore(
      check: .full, missing: "no reflection or session has the coachee '\(alias)'")
    let preview = try store.forgetPreview(coachee: alias, includingNotes: includesNotes)
    guard !preview.isEmpty else {
      let notes = preview.notesNamingThem > 0
        ? " (\(count(preview.notesNamingThem, "note")) \(preview.notesNamingThem == 1 ? "mentions" : "mention") "
          + "the name: add --notes to erase \(preview.notesNamingThem == 1 ? "it" : "them"))" : ""
      throw CLIError.other(
        "no reflection or session has the coachee '\(alias)'\(notes); `learnlog log` lists coachees")
    }
    if !isConfirmed {
      guard app.isInputTerminal else {
        throw CLIError.notInteractive(
          "forget erases for good and asks first, which needs a terminal; add --yes to confirm in advance")
      }
      guard let prompter = FieldPrompter.forTerminal(app),
        try prompter.confirm("Erase \(describe(preview)) about \(alias)? This cannot be undone.")
      else {
        app.out("Nothing was erased.\n")
        return
      }
    }
    let summary = try store.forget(coachee: alias, includingNotes: includesNotes)
    app.out("Erased \(describe(summary)) about \(alias), and rebuilt the log so the text is gone from disk.\n")
    if !includesNotes, summary.notesNamingThem > 0 {
      app.out("\(count(summary.notesNamingThem, "note")) still \(summary.notesNamingThem == 1 ? "mentions" : "mention") \(alias); `learnlog forget --coachee \(alias) --notes` erases them.\n")
    }
    if !summary.isWriteAheadLogEmptied {
      app.errorLine(
        "learnlog: warning: another learnlog has the log open, so its write-ahead log could not be emptied yet; close it and run `learnlog doctor`")
    }
    let backups = Backups(databasePath: app.databasePath)
    let copies = backups.list()
    if !copies.isEmpty {
      app.out(
        "\(count(copies.count, "backup")) of this log in \(backups.folder) were made before this and may still hold them; delete them if the text must go everywhere.\n")
    }
  }

  private func describe(_ summary: ForgetSummary) -> String {
    var parts = [count(summary.entries, "reflection"), count(summary.sessions, "session")]
    if summary.erasedNotes { parts.append(count(summary.notesNamingThem, "note")) }
    return parts.joinedAsProse()
  }

  private func count(_ value: Int, _ noun: String) -> String {
    value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
  }
}
