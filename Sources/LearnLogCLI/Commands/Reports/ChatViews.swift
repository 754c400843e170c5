import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `/prepare`, `/review` and `/sessions` inside the chat: the same views as the commands (the brief in
/// Markdown, the prompt history as text), printed into the conversation. A problem (no
/// reflection to brief from yet) is a hint, never the end of the conversation.
enum ChatViews {
  static func show(_ request: ViewRequest, app: App, chat: ChatPrinter) {
    do {
      app.out("\n" + (try text(for: request, app: app, width: chat.isInteractive ? chat.width : nil, style: chat.style)) + "\n")
    } catch let error as CLIError {
      chat.hint(capitalised(error.message) + ".")
    } catch let error as StoreError {
      chat.warning(error.message)
    } catch {
      chat.warning("the view could not be built (\(type(of: error)))")
    }
  }

  static func text(for request: ViewRequest, app: App, width: Int?, style: TerminalStyle) throws -> String {
    let engine = FollowUpAdvisors.load(app: app) { _ in }
    let store = try app.store()
    switch request {
    case .prepare:
      let command = PrepareCommand()
      let brief = try command.makeBrief(store: store, reasons: RuleReasons(engine: engine), today: app.today)
      return try command.render(brief)
    case .review:
      let command = ReviewCommand()
      let review = try command.makeReview(store: store, reasons: RuleReasons(engine: engine))
      return try command.render(review, width: width, style: style)
    case .sessions:
      return try SessionsListCommand(json: false).render(app, store: store, width: width)
    }
  }

  private static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
