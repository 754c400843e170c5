/// Everything that can be wrong with a rule file, each with a one-line message that names the
/// place (`file:line:column`) and says what to change.
public enum RuleError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file is not valid JSON5.
  case syntax(SourceLocation, message: String)
  /// A condition uses a kind the engine does not know (often a typo).
  case unknownConditionKind(SourceLocation, kind: String, rule: String)
  /// A pattern cannot match anything as written.
  case badPattern(SourceLocation, pattern: String, reason: String)
  /// Two rules in one file share an id.
  case duplicateID(SourceLocation, id: String, firstLine: Int)
  /// `@name` names no word list.
  case unknownWordList(SourceLocation, name: String)
  /// A step is not `goal`…`questions`, `q1`…`q16`, a question number, `any`, `any-question`
  /// or `entry`.
  case unknownStep(SourceLocation, step: String)
  /// A field holds the wrong kind of value.
  case invalidValue(SourceLocation, field: String, expected: String, found: String)
  /// A required field is missing.
  case missingField(SourceLocation, field: String, context: String)
  /// A field the schema does not define (often a typo).
  case unknownField(SourceLocation, field: String, allowed: [String])
  /// A rule refers to (or disables) a rule id that does not exist.
  case unknownRule(SourceLocation, id: String)
  /// A rule whose condition can never hold, or whose `fires` examples never fire.
  case neverFires(SourceLocation, rule: String, reason: String)
  /// A rule without examples of both kinds.
  case missingExamples(SourceLocation, rule: String, kind: String)
  /// The file could not be read at all.
  case unreadableFile(path: String, reason: String)

  /// Where the problem is, when it is in a file's text.
  public var location: SourceLocation? {
    switch self {
    case .syntax(let location, _), .unknownConditionKind(let location, _, _),
      .badPattern(let location, _, _), .duplicateID(let location, _, _),
      .unknownWordList(let location, _), .unknownStep(let location, _),
      .invalidValue(let location, _, _, _), .missingField(let location, _, _),
      .unknownField(let location, _, _), .unknownRule(let location, _),
      .neverFires(let location, _, _), .missingExamples(let location, _, _):
      location
    case .unreadableFile: nil
    }
  }

  /// The message without the location prefix.
  public var message: String {
    switch self {
    case .syntax(_, let message):
      message
    case .unknownConditionKind(_, let kind, let rule):
      "unknown condition kind \"\(kind)\" in rule \"\(rule)\"; use one of "
        + Condition.kindNames.joined(separator: ", ")
    case .badPattern(_, let pattern, let reason):
      "bad pattern \"\(pattern)\": \(reason)"
    case .duplicateID(_, let id, let firstLine):
      "duplicate rule id \"\(id)\" (first used on line \(firstLine)); rename one of them"
    case .unknownWordList(_, let name):
      "unknown word list \"@\(name)\"; define it under \"wordLists\" or fix the name"
    case .unknownStep(_, let step):
      "unknown step \"\(step)\"; use 1-16 or q1-q16, goal, reality, options, will, questions, "
        + "any-question, any or entry"
    case .invalidValue(_, let field, let expected, let found):
      "\"\(field)\" must be \(expected), not \(found)"
    case .missingField(_, let field, let context):
      "\(context) needs \"\(field)\""
    case .unknownField(_, let field, let allowed):
      "unknown field \"\(field)\"; expected one of " + allowed.joined(separator: ", ")
    case .unknownRule(_, let id):
      "no rule has the id \"\(id)\"; check the spelling (`learnlog rules list` shows them all)"
    case .neverFires(_, let rule, let reason):
      "rule \"\(rule)\" can never fire: \(reason)"
    case .missingExamples(_, let rule, let kind):
      "rule \"\(rule)\" has no \"\(kind)\" example; add at least one so `rules test` can check it"
    case .unreadableFile(_, let reason):
      "cannot read the rules file: \(reason)"
    }
  }

  /// `file:line:column: message`, one line.
  public var description: String {
    switch self {
    case .unreadableFile(let path, _): "\(path): \(message)"
    default: location.map { "\($0): \(message)" } ?? message
    }
  }
}
