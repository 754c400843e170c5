import LearnLog

/// What the `rules` commands share: reading a rule file, the rules in use, and how a rule's
/// place and examples read on screen.
enum RuleFiles {
  /// The text of the rule file at `path`.
  static func text(at path: String) throws -> String {
    do {
      return String(decoding: try FileSystem.read(path), as: UTF8.self)
    } catch {
      throw CLIError.cannotReadFile(path: path, reason: error.reason)
    }
  }

  /// The rules a reflection would use: the built-in pack plus the coach's file. A problem in
  /// the file is a warning on standard error, as in a reflection; the built-in rules still run.
  static func engine(_ app: App) -> RuleEngine {
    FollowUpAdvisors.load(app: app) { app.errorLine("learnlog: warning: " + $0) }
  }

  /// Where a rule applies, as a person reads it: `1, 4, 5, questions`.
  static func describe(_ scopes: [RuleScope]) -> String {
    scopes.map { scope in
      switch scope {
      case .step(.question(let number)): String(number)
      case .anyQuestion: "any question"
      case .anyStep: "any step"
      case .entry: "whole entry"
      default: scope.description
      }
    }.joined(separator: ", ")
  }

  /// A step as a sentence names it: `question 2`, `the goal stage`.
  static func describe(_ step: Step) -> String {
    switch step {
    case .question(let number): "question \(number)"
    case .grow(let stage): "the \(stage.rawValue) stage"
    default: step.id
    }
  }

  /// `text` as a one-line string literal: quotes and line breaks escaped.
  static func quoted(_ text: String) -> String {
    let escaped = text.replacingEvery("\\", with: "\\\\").replacingEvery("\"", with: "\\\"")
      .replacingEvery("\n", with: "\\n")
    return "\"" + escaped + "\""
  }
}
