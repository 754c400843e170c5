import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `learnlog log [-n N] [--json]`: entries, newest first.
struct LogCommand {
  let limit: Int?
  let json: Bool

  init(_ command: ParsedCommand) throws {
    limit = try command.int("limit", range: 1...1_000_000)
    json = command.flag("json")
  }

  func run(_ app: App) throws {
    let store = try app.readingStore()
    if json {
      let documents = try store.entries(limit: limit).map(EntryDocument.init)
      app.out(try JSONText.encode(documents) + "\n")
      return
    }
    let summaries = try store.summaries(limit: limit)
    guard !summaries.isEmpty else {
      // A log of imported notes only is not empty: say where they are.
      let notes = try store.noteCount()
      app.outLines([
        notes == 0
          ? "No entries yet. Start one with `learnlog reflect`."
          : "No reflections yet; the log holds \(notes == 1 ? "1 note" : "\(ProgressBar.grouped(notes)) notes"), "
            + "which `learnlog search` finds. Start a reflection with `learnlog reflect`."
      ])
      return
    }
    let style = app.style
    let rows = summaries.map { summary in
      [
        summary.sessionDate.iso, summary.coachee.isEmpty ? "—" : summary.coachee,
        summary.isKindChosen ? summary.kind.title : "—", summary.status.rawValue,
        "\(summary.answeredCount)/16",
        String(summary.id),
      ]
    }
    let table = TextTable(
      headers: ["DATE", "COACHEE", "KIND", "STATUS", "ANSWERED", "ID"],
      rows: rows, rightAligned: [4, 5], wholeColumns: [0, 3, 4, 5],
      maxWidth: app.isOutputTerminal ? app.width : nil)
    app.out(table.render(header: style.emphasis))
  }
}

/// JSON output shared by every `--json`: sorted keys, pretty, slashes unescaped.
enum JSONText {
  static func encode<T: Encodable>(_ value: T) throws -> String {
    try EntryDocument.prettyJSON(value)
  }
}
