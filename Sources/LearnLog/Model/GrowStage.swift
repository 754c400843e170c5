/// The stages of the GROW recall, plus the list of questions the coach asked in the session.
public enum GrowStage: String, Sendable, Codable, CaseIterable, Hashable {
  case goal
  case reality
  case options
  case will
  case questions

  public var title: String {
    switch self {
    case .goal: "Goal"
    case .reality: "Reality"
    case .options: "Options"
    case .will: "Will"
    case .questions: "Questions asked"
    }
  }
}

/// The session recalled through GROW. Absent values were not answered (or were skipped).
public struct GrowRecall: Sendable, Codable, Equatable, Hashable {
  public var goal: String?
  public var reality: String?
  public var options: String?
  public var will: String?
  public var questions: String?

  public init(
    goal: String? = nil, reality: String? = nil, options: String? = nil, will: String? = nil,
    questions: String? = nil
  ) {
    self.goal = goal
    self.reality = reality
    self.options = options
    self.will = will
    self.questions = questions
  }

  public subscript(stage: GrowStage) -> String? {
    get {
      switch stage {
      case .goal: goal
      case .reality: reality
      case .options: options
      case .will: will
      case .questions: questions
      }
    }
    set {
      switch stage {
      case .goal: goal = newValue
      case .reality: reality = newValue
      case .options: options = newValue
      case .will: will = newValue
      case .questions: questions = newValue
      }
    }
  }

  public var isEmpty: Bool { GrowStage.allCases.allSatisfy { self[$0] == nil } }
}
