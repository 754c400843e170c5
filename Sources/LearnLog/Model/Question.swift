/// One numbered question of a reflection framework. The number is part of the instrument:
/// coaches refer to "question 9".
public struct Question: Sendable, Codable, Equatable, Hashable {
  public let number: Int
  public let text: String

  public init(number: Int, text: String) {
    self.number = number
    self.text = text
  }
}

/// A reflection framework: an ordered list of questions. The Leadership Learning Log is built in;
/// others (Gibbs, Driscoll) would be data of the same shape.
public struct Framework: Sendable, Equatable {
  public let id: String
  public let name: String
  public let questions: [Question]

  public init(id: String, name: String, questions: [Question]) {
    self.id = id
    self.name = name
    self.questions = questions
  }

  public func question(_ number: Int) -> Question? {
    questions.first { $0.number == number }
  }

  public static let leadershipLearningLog = Framework(
    id: "leadership-learning-log",
    name: "Leadership Learning Log",
    questions: [
      "What did I do?",
      "How do I think/feel about this?",
      "What did I plan to do but did not do (leadership actions)?",
      "What additional leadership actions should I have taken?",
      "How well (or badly) did it go?",
      "What did I learn?",
      "What will I do differently next time (stop, start, continue)?",
      "How will I do it differently next time?",
      "What have I achieved – business results?",
      "What have I achieved – my leadership development?",
      "What have I learnt about myself as a leader?",
      "How have I put theory into practice?",
      "How does what I have been doing lead to me becoming better at a particular leadership skill?",
      "How can I use this to plan for the future?",
      "How can I use this to plan new learning experiences?",
      "How should I use this experience in the next session with my leadership coach?",
    ].enumerated().map { Question(number: $0.offset + 1, text: $0.element) }
  )
}
