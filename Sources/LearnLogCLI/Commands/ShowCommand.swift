import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `learnlog show ID [--transcript] [--json]`.
struct ShowCommand {
  let id: Int64
  let transcript: Bool
  let json: Bool

  init(_ command: ParsedCommand) throws {
    let text = command.positional("id") ?? ""
    guard let id = Int64(text), id > 0 else {
      throw UsageError(.invalidInteger(name: "id", value: text), commandPath: ["show"])
    }
    self.id = id
    transcript = command.flag("transcript")
    json = command.flag("json")
  }

  func run(_ app: App) throws {
    guard let entry = try app.readingStore().entry(id: id) else { throw CLIError.entryNotFound(id) }
    if json {
      app.out(try JSONText.encode(EntryDocument(entry)) + "\n")
      return
    }
    let width = app.isOutputTerminal ? app.width : 100_000
    let renderer = EntryText(width: width) { text, available in
      DisplayWidth.wrap(text, width: available)
    }
    app.out(renderer.render(entry, includeTranscript: transcript))
  }
}
