import LearnLog

/// `learnlog rules lint [FILE]`: every problem in a rule file as `file:line:col: message`;
/// exit status 1 when there is any.
struct RulesLintCommand {
  let file: String?

  init(_ command: ParsedCommand) throws {
    file = command.positional("file")
  }

  func run(_ app: App) throws {
    guard let path = file ?? app.userRulesPath else {
      throw CLIError.other(
        "there is no rule file at \(app.configFolder)/rules.json to check; create one "
          + "(docs/RULES.md describes it) or name a FILE")
    }
    let problems = RuleLinter.lint(try RuleFiles.text(at: path), file: path)
    guard !problems.isEmpty else {
      app.out("no problems\n")
      return
    }
    for problem in problems {
      app.out(problem.description + "\n")
    }
    throw CLIError.other(
      (problems.count == 1 ? "1 problem" : "\(problems.count) problems") + " in \(path)")
  }
}
