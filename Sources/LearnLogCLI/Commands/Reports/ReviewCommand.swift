import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `learnlog review [--since D] [--until D] [--rule ID] [--question N] [--format text|html|json]
/// [-o FILE]`: the prompt history, counted in SQL.
struct ReviewCommand {
  static let formats = ["text", "html", "json"]

  let filter: ReportFilter
  let format: String
  let outputPath: String?

  init(_ command: ParsedCommand) throws {
    var filter = ReportFilter()
    let bounds = try DateBounds(command)
    filter.since = bounds.since
    filter.until = bounds.until
    filter.ruleID = try command.nonBlank("rule", expected: "a rule id, such as questions.open")?.trimmed
    filter.question = try command.int("question", range: 1...Framework.leadershipLearningLog.questions.count)
    self.filter = filter
    format = try ReportOutput.format(command, choices: Self.formats, fallback: "text")
    outputPath = try ReportOutput.path(command)
  }

  init(filter: ReportFilter = .everything, format: String = "text", outputPath: String? = nil) {
    self.filter = filter
    self.format = format
    self.outputPath = outputPath
  }

  func run(_ app: App) throws {
    let engine = FollowUpAdvisors.load(app: app) { app.errorLine("learnlog: warning: " + $0) }
    if let rule = filter.ruleID, engine.rule(id: rule) == nil {
      app.errorLine("learnlog: warning: '\(rule)' is not one of your rules; showing what the log holds for it")
    }
    let review = try makeReview(store: app.readingStore(), reasons: RuleReasons(engine: engine))
    // Colour and the terminal's width only when the text goes to a terminal.
    let toTerminal = outputPath == nil && app.isOutputTerminal
    let text = try render(
      review, width: toTerminal ? app.width : nil,
      style: toTerminal ? app.style : TerminalStyle(isColourEnabled: false))
    try ReportOutput.deliver(text, to: outputPath, what: "review", app: app)
  }

  func makeReview(store: LogStore, reasons: RuleReasons) throws -> PromptReview {
    let activity = try store.activity(filter: filter)
    let answers = try filter.question.map { try store.answerHistory(question: $0, filter: filter) } ?? []
    return PromptReview(activity: activity, filter: filter, reasons: reasons, answers: answers)
  }

  /// `width` nil: no wrapping and every month (a pipe or a file).
  func render(_ review: PromptReview, width: Int?, style: TerminalStyle) throws -> String {
    switch format {
    case "html": return PromptReviewHTML().render(review)
    case "json": return try JSONText.encode(PromptReviewDocument(review)) + "\n"
    default:
      var wrap: @Sendable (String, Int) -> [String] = { text, _ in [text] }
      if width != nil { wrap = { text, available in DisplayWidth.wrap(text, width: available) } }
      let renderer = PromptReviewText(
        width: width ?? 100_000, measure: { DisplayWidth.of($0) }, wrap: wrap,
        emphasis: { style.emphasis($0) }, dim: { style.dim($0) })
      return renderer.render(review)
    }
  }
}
