import LearnLog
import LearnLogStore

/// `learnlog export [--format json|md] [--since D] [--until D] [-o FILE]`: the whole log, entry
/// by entry, so memory stays flat however long the log is.
struct ExportCommand {
  enum Format: String, CaseIterable {
    case json
    case md
  }

  let format: Format
  let bounds: DateBounds
  let outputPath: String?

  init(_ command: ParsedCommand) throws {
    // `-o notes.md` is Markdown, as `prepare -o brief.html` is HTML.
    format = Format(
      rawValue: try ReportOutput.format(
        command, choices: Format.allCases.map(\.rawValue), fallback: Format.json.rawValue)) ?? .json
    bounds = try DateBounds(command)
    outputPath = try ReportOutput.path(command)
  }

  func run(_ app: App) throws {
    let store = try app.readingStore()
    let sink: any ExportSink
    if let outputPath {
      do {
        sink = try PrivateFileWriter(path: outputPath)
      } catch {
        throw CLIError.cannotWriteFile(path: outputPath, reason: error.reason)
      }
    } else {
      sink = ConsoleSink(app: app)
    }
    let entryCount = try store.entryCount(since: bounds.since, until: bounds.until)
    let noteCount = try store.noteCount(since: bounds.since, until: bounds.until)
    let progress = ProgressBar.standardError(label: "Exporting", total: entryCount + noteCount)
    defer { progress?.finish() }
    var written = (sessions: 0, entries: 0, notes: 0)
    do {
      switch format {
      case .json:
        written = try writeJSON(store, to: sink, progress: progress)
      case .md:
        let markdown = try writeMarkdown(store, to: sink, progress: progress)
        written = (sessions: 0, entries: markdown.entries, notes: markdown.notes)
      }
      try sink.finish()
    } catch let error as PrivateFile.Failure {
      throw CLIError.cannotWriteFile(path: error.path, reason: error.reason)
    }
    progress?.finish()
    if let outputPath {
      let sessions =
        written.sessions > 0 ? "\(Self.count(written.sessions, "session", "sessions")), " : ""
      // On stderr, as prepare's and review's: `-o /dev/stdout` must carry the export alone.
      app.errorLine(
        "Exported \(sessions)\(Self.count(written.entries, "entry", "entries")) and "
          + "\(Self.count(written.notes, "note", "notes")) to \(outputPath).")
    }
  }

  /// `{"learnlog": 1, "sessions": [...], "entries": [...], "notes": [...]}`, pretty-printed
  /// with sorted keys inside each element, written one element at a time. Sessions come first,
  /// so an import meets each session before the entries attached to it.
  private func writeJSON(_ store: LogStore, to sink: any ExportSink, progress: ProgressBar?)
    throws -> (sessions: Int, entries: Int, notes: Int)
  {
    var count = (sessions: 0, entries: 0, notes: 0)
    func element(_ value: some Encodable, first: Bool) throws {
      let text = try EntryDocument.prettyJSON(value).replacing("\n", with: "\n    ")
      try sink.write((first ? "\n    " : ",\n    ") + text)
    }
    try sink.write("{\n  \"learnlog\" : \(ExportDocument.currentVersion),\n  \"sessions\" : [")
    try store.forEachSession(since: bounds.since, until: bounds.until) { session in
      try element(SessionDocument(session), first: count.sessions == 0)
      count.sessions += 1
    }
    try sink.write(count.sessions == 0 ? "],\n  \"entries\" : [" : "\n  ],\n  \"entries\" : [")
    try store.forEachEntryAndSession(since: bounds.since, until: bounds.until) { entry, session in
      var document = EntryDocument(entry)
      document.session = session
      try element(document, first: count.entries == 0)
      count.entries += 1
      progress?.update(count.entries)
    }
    try sink.write(count.entries == 0 ? "],\n  \"notes\" : [" : "\n  ],\n  \"notes\" : [")
    try store.forEachNote(since: bounds.since, until: bounds.until) { note in
      try element(NoteDocument(note), first: count.notes == 0)
      count.notes += 1
      progress?.update(count.entries + count.notes)
    }
    try sink.write(count.notes == 0 ? "]\n}\n" : "\n  ]\n}\n")
    return count
  }

  private func writeMarkdown(_ store: LogStore, to sink: any ExportSink, progress: ProgressBar?)
    throws -> (entries: Int, notes: Int)
  {
    let markdown = LogMarkdown()
    var count = (entries: 0, notes: 0)
    try sink.write(markdown.header(since: bounds.since, until: bounds.until))
    try store.forEachEntry(since: bounds.since, until: bounds.until) { entry in
      try sink.write(markdown.entry(entry))
      count.entries += 1
      progress?.update(count.entries)
    }
    try store.forEachNote(since: bounds.since, until: bounds.until) { note in
      if count.notes == 0 { try sink.write(markdown.notesHeader()) }
      try sink.write(markdown.note(note))
      count.notes += 1
      progress?.update(count.entries + count.notes)
    }
    return count
  }

  static func count(_ number: Int, _ one: String, _ many: String) -> String {
    "\(number) \(number == 1 ? one : many)"
  }
}

/// Where an export goes: a private file, or standard output.
protocol ExportSink: AnyObject {
  func write(_ text: String) throws(PrivateFile.Failure)
  func finish() throws(PrivateFile.Failure)
}

extension PrivateFileWriter: ExportSink {}

/// Standard output, in chunks of about 64 KiB rather than one write per entry.
final class ConsoleSink: ExportSink {
  private let app: App
  private var buffer = ""

  init(app: App) {
    self.app = app
  }

  func write(_ text: String) {
    buffer += text
    if buffer.utf8.count >= 1 << 16 {
      app.out(buffer)
      buffer = ""
    }
  }

  func finish() {
    app.out(buffer)
    buffer = ""
  }
}
