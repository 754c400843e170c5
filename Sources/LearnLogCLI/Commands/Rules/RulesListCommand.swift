import LearnLog

/// `learnlog rules list`: every rule, where it applies, its priority and where it comes from.
struct RulesListCommand {
  func run(_ app: App) throws {
    var isFileUsedInFull = true
    let engine = FollowUpAdvisors.load(app: app) {
      isFileUsedInFull = false
      app.errorLine("learnlog: warning: " + $0)
    }
    let catalog = RuleCatalog(engine.ruleSet, builtIn: RuleEngine.builtIn.ruleSet)
    let rows = catalog.items.map { item in
      [
        item.rule.id, RuleFiles.describe(item.rule.appliesTo), String(item.rule.priority),
        item.source.rawValue + (item.isDisabled ? " (disabled)" : ""),
      ]
    }
    let table = TextTable(
      headers: ["ID", "WHERE", "PRIORITY", "SOURCE"], rows: rows, rightAligned: [2],
      // The id is what `rules show ID` takes: never cut it.
      wholeColumns: [0, 2], maxWidth: app.isOutputTerminal ? app.width : nil)
    app.out(table.render(header: app.style.emphasis))
    let disabled = catalog.items.filter(\.isDisabled).count
    let file =
      app.userRulesPath.map {
        isFileUsedInFull
          ? " Your rule file: \($0)." : " Your rule file \($0) is not used in full: see the warning."
      } ?? ""
    app.outLines([
      "\(catalog.items.count - disabled) rules in use"
        + (disabled > 0 ? ", \(disabled) disabled" : "") + ".\(file)"
        + " `learnlog rules show ID` explains one."
    ])
  }
}
