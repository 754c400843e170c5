import LearnLog
import LearnLogStore

/// `learnlog sessions remove ID [--yes]`: asks first; without a terminal, only with --yes.
struct SessionsRemoveCommand {
  let id: Int64
  let isConfirmed: Bool

  init(_ command: ParsedCommand) throws {
    id = try SessionFields.id(command)
    isConfirmed = command.flag("yes")
  }

  func run(_ app: App) throws {
    try run(app, prompter: isConfirmed ? nil : FieldPrompter.forTerminal(app))
  }

  func run(_ app: App, prompter: FieldPrompter?) throws {
    let store = try app.existingStore(missing: "there is no session \(id)")
    guard let session = try store.session(id: id) else {
      throw CLIError.store(.sessionNotFound(id: id))
    }
    if !isConfirmed {
      guard let prompter else {
        throw CLIError.notInteractive(
          "not removing session \(id) without asking, and input is not a terminal; add --yes")
      }
      let about = "\(session.date.iso), \(session.coachee)"
      guard try prompter.confirm("Remove session \(id) (\(about))?") else {
        app.out("Kept session \(id).\n")
        return
      }
    }
    try store.removeSession(id: id)
    app.out("Removed session \(id). Reflections about it stay in your log.\n")
  }
}
