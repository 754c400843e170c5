/// Where a rule applies: one step, every question, every step, or the whole entry at its end.
public enum RuleScope: Sendable, Equatable, Hashable, CustomStringConvertible {
  case step(Step)
  /// Any of the numbered questions (`"any-question"`).
  case anyQuestion
  /// Any reflective step: GROW recall and questions (`"any"`).
  case anyStep
  /// The whole entry, when the reflection ends (`"entry"`).
  case entry

  /// Reads `"goal"`, `"q3"`, `"3"`, `"any-question"`, `"any"` or `"entry"`.
  public init?(id: String) {
    switch id {
    case "any-question": self = .anyQuestion
    case "any": self = .anyStep
    case "entry": self = .entry
    default:
      if let number = Int(id) {
        guard (1...RuleScope.questionCount).contains(number) else { return nil }
        self = .step(.question(number))
      } else if let step = Step(id: id), step.isReflective {
        if case .question(let number) = step, number > RuleScope.questionCount { return nil }
        self = .step(step)
      } else {
        return nil
      }
    }
  }

  /// The Leadership Learning Log has sixteen questions; rules name no others.
  static let questionCount = Framework.leadershipLearningLog.questions.count

  public func includes(_ step: Step) -> Bool {
    switch (self, step) {
    case (.step(let own), _): own == step
    case (.anyQuestion, .question): true
    case (.anyStep, _): step.isReflective
    default: false
    }
  }

  /// The step examples are evaluated at when they name none.
  var exampleStep: Step? {
    switch self {
    case .step(let step): step
    case .anyQuestion, .anyStep: .question(1)
    case .entry: nil
    }
  }

  public var description: String {
    switch self {
    case .step(let step): step.id
    case .anyQuestion: "any-question"
    case .anyStep: "any"
    case .entry: "entry"
    }
  }
}
