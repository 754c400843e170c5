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
      // Nothing of the coach's to check: say so, and check the built-in pack, which is what
      // will run. Not an error, so `rules lint && rules test` works before any rule is written.
      let problems = RuleLinter.lintBuiltIn()
      app.out(
        "no rule file of yours at \(app.configFolder)/rules.json (docs/RULES.md describes one); "
          + (problems.isEmpty ? "the built-in rules have no problems\n" : "the built-in rules:\n"))
      guard problems.isEmpty else {
        app.out(problems.map(\.description).joined(separator: "\n") + "\n")
        throw CLIError.silentFailure
      }
      return
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
