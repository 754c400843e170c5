import LearnLog

/// `learnlog rules try (--question N | --stage S) [--json] [TEXT]`: every rule that fires on an
/// answer, highest priority first, marking the ones the conversation would show.
struct RulesTryCommand {
  let step: Step
  let json: Bool
  /// The answer from the command line; nil reads standard input.
  let text: String?

  init(_ command: ParsedCommand) throws {
    let question = try command.int(
      "question", range: 1...Framework.leadershipLearningLog.questions.count)
    let stage = try command.choice("stage", CommandTree.stageNames).flatMap(GrowStage.init)
    switch (question, stage) {
    case (let number?, nil): step = .question(number)
    case (nil, let stage?): step = .grow(stage)
    case (nil, nil):
      throw UsageError(.missingOneOf(["--question", "--stage"]), commandPath: command.commandPath)
    case (.some, .some):
      throw UsageError(
        .conflictingOptions(["--question", "--stage"]), commandPath: command.commandPath)
    }
    json = command.flag("json")
    let words = command.positionals("text")
    text = words.isEmpty ? nil : words.joined(separator: " ")
  }

  func run(_ app: App) throws {
    if text == nil, app.isInputTerminal {
      app.errorLine("Type or paste the answer, then press Ctrl-D on an empty line.")
    }
    let answer = (text ?? StandardInput.readAll()).trimmed
    guard !answer.isEmpty else {
      throw CLIError.other("the answer is empty; give it as TEXT or on standard input")
    }
    let engine = RuleFiles.engine(app)
    let results = RuleTrial.run(engine, answer: answer, at: step)
    if json {
      app.out(try RuleTrial.json(results) + "\n")
    } else {
      app.out(Self.render(results, at: step, limit: engine.maxFollowUpsPerAnswer))
    }
  }

  /// The results as text: one block per rule, `*` before those the conversation would show.
  static func render(_ results: [RuleTrial.Result], at step: Step, limit: Int) -> String {
    let place = RuleFiles.describe(step)
    guard !results.isEmpty else { return "No rule fires on this answer at \(place).\n" }
    let count = results.count == 1 ? "1 rule fires" : "\(results.count) rules fire"
    let shown = limit == 1 ? "the follow-up" : "the follow-ups"
    var lines = [
      "\(count) at \(place), highest priority first; * marks \(shown) the conversation would ask.",
      "",
    ]
    for result in results {
      let nudge = result.nudge
      lines.append("\(result.isShown ? "*" : " ") \(nudge.ruleID) (priority \(nudge.priority))")
      lines.append("    ask:      \(nudge.ask)")
      lines.append("    why:      \(nudge.why)")
      lines.append("    evidence: \(nudge.evidence.summary)")
      if !nudge.evidence.matches.isEmpty {
        lines.append(
          "    matched:  " + nudge.evidence.matches.map(RuleFiles.quoted).joined(separator: ", "))
      }
      if !nudge.evidence.counts.isEmpty {
        lines.append(
          "    counts:   "
            + nudge.evidence.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", "))
      }
      if let entry = nudge.evidence.relatedEntryID {
        lines.append("    compared with entry \(entry)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
