import LearnLog
import LearnLogStore

/// `learnlog completion bash|zsh|fish`.
struct CompletionCommand {
  let shell: CompletionShell

  init(_ command: ParsedCommand) throws {
    let name = try command.choice("shell", ["bash", "zsh", "fish"]) ?? "bash"
    shell = CompletionShell(rawValue: name) ?? .bash
  }

  func run(_ app: App) throws {
    app.out(shell.script(for: CommandTree.root))
  }
}

/// `learnlog __complete-ids`: entry ids with a short description, for completion scripts.
/// Never creates the log: completing in a shell must have no side effects.
struct CompleteIDsCommand {
  func run(_ app: App) throws {
    guard FileSystem.exists(app.databasePath), let store = try? app.readingStore(),
      let summaries = try? store.summaries(limit: 500)
    else { return }
    let lines = summaries.map { "\($0.id)\t\($0.sessionDate.iso) \($0.kind.rawValue)" }
    app.out(lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
  }
}
