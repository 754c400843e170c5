import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `learnlog show ID [--transcript] [--json]`.
struct ShowCommand {
  let id: Int64
  let transcript: Bool
  let json: Bool

  init(_ command: ParsedCommand) throws {
    guard let id = try command.identifier("id") else {
      throw UsageError(.missingArgument("id"), commandPath: command.commandPath)
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
