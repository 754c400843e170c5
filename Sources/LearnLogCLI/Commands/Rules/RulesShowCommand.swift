import LearnLog

/// `learnlog rules show ID`: everything about one rule.
struct RulesShowCommand {
  let id: String

  init(_ command: ParsedCommand) throws {
    id = command.positional("id") ?? ""
  }

  func run(_ app: App) throws {
    let engine = RuleFiles.engine(app)
    let catalog = RuleCatalog(engine.ruleSet, builtIn: RuleEngine.builtIn.ruleSet)
    guard let item = catalog.item(id: id) else {
      let nearest = Suggester.nearest(to: id, among: catalog.items.map(\.rule.id))
      throw CLIError.other(
        "no rule has the id '\(id)'" + (nearest.map { "; did you mean '\($0)'?" } ?? "")
          + " (`learnlog rules list` shows them all)")
    }
    app.out(Self.render(item, style: app.style.emphasis))
  }

  /// The rule as text: one labelled section per field.
  static func render(_ item: RuleCatalog.Item, style heading: (String) -> String = { $0 }) -> String
  {
    let rule = item.rule
    var lines = [heading(rule.id) + (item.isDisabled ? " (disabled by your rule file)" : "")]
    lines.append("  where:     \(RuleFiles.describe(rule.appliesTo))")
    lines.append("  priority:  \(rule.priority)")
    lines.append("  source:    \(item.source.rawValue), \(rule.location)")
    lines.append("  why:       \(rule.why)")
    lines.append(rule.ask.count > 1 ? "  asks (one per entry, rotated):" : "  asks:")
    lines += rule.ask.map { "    - \($0)" }
    lines.append("  when:")
    lines += rule.conditionJSON.split(separator: "\n").map { "    \($0)" }
    lines.append("  fires on:")
    lines += examples(rule.examples.fires)
    lines.append("  stays quiet on:")
    lines += examples(rule.examples.quiet)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func examples(_ examples: [RuleExample]) -> [String] {
    guard !examples.isEmpty else { return ["    (none)"] }
    return examples.map { example in
      var context: [String] = []
      if let step = example.step { context.append("at \(step.id)") }
      if !example.entryAnswers.isEmpty {
        context.append(
          "other answers: " + example.entryAnswers.keys.sorted().map(\.id).joined(separator: ", "))
      }
      if !example.history.isEmpty {
        context.append(
          example.history.count == 1
            ? "1 earlier entry" : "\(example.history.count) earlier entries")
      }
      if !example.firedInEntry.isEmpty {
        context.append("fired: " + example.firedInEntry.sorted().joined(separator: ", "))
      }
      let text =
        example.answer.isEmpty && !example.firedInEntry.isEmpty
        ? "(the whole entry)" : RuleFiles.quoted(example.answer)
      return "    - \(text)" + (context.isEmpty ? "" : "  [\(context.joined(separator: "; "))]")
    }
  }
}
