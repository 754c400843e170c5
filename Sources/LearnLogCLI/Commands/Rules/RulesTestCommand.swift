import LearnLog

/// `learnlog rules test [FILE]`: runs every rule's examples, the built-in pack's and the rule
/// file's; exit status 1 listing each failure. With FILE, only that file's failures count.
struct RulesTestCommand {
  let file: String?

  init(_ command: ParsedCommand) throws {
    file = command.positional("file")
  }

  func run(_ app: App) throws {
    var files: [RuleFile] = [.builtIn]
    var problems: [RuleError] = []
    let path = file ?? app.userRulesPath
    if let path {
      do {
        files.append(try RuleFile(text: try RuleFiles.text(at: path), name: path))
      } catch let error as RuleError {
        problems.append(error)
      }
    }
    let (ruleSet, compileProblems) = RuleSet.compile(files)
    problems += compileProblems
    var rules = ruleSet.rules
    if file != nil {
      rules = rules.filter { $0.location.file == path }
      problems = problems.filter { $0.location?.file == path }
    }
    let failures = rules.flatMap { RuleExampleRunner.failures(of: $0) }
    let exampleCount = rules.reduce(0) { $0 + $1.examples.fires.count + $1.examples.quiet.count }
    for problem in problems {
      app.out(problem.description + "\n")
    }
    for failure in failures {
      app.out(failure.description + "\n")
    }
    let ruleWord = rules.count == 1 ? "rule" : "rules"
    guard problems.isEmpty, failures.isEmpty else {
      var parts: [String] = []
      if !failures.isEmpty {
        parts.append("\(failures.count) of \(exampleCount) examples failed")
      }
      if !problems.isEmpty {
        parts.append(
          (problems.count == 1 ? "1 problem" : "\(problems.count) problems")
            + " in the rule file; a rule with a problem is left out and its examples are not run")
      }
      throw CLIError.other(parts.joined(separator: "; "))
    }
    app.out("All \(exampleCount) examples of \(rules.count) \(ruleWord) behave as written.\n")
  }
}
