/// One example of a rule: an answer, plus (for cross-answer, history and entry rules) the other
/// answers of the entry, the coach's earlier entries and the rules fired in this entry.
///
/// In a rule file an example is a string (the answer) or an object:
/// `{"answer": "…", "step": "q5", "entry": {"q3": "…"}, "history": [{"id": 7,
/// "answers": {"q6": "…"}, "fired": ["questions.open"]}], "fired": ["questions.open"]}`.
public struct RuleExample: Sendable, Equatable, CustomStringConvertible {
  public var answer: String
  /// The step to evaluate at; by default the rule's first step.
  public var step: Step?
  /// Other answers of the same entry.
  public var entryAnswers: [Step: String]
  /// Earlier entries, newest first.
  public var history: [CoachHistory.PastEntry]
  /// For entry rules: the rules that fired in this entry.
  public var firedInEntry: Set<String>
  public var location: SourceLocation

  public init(
    answer: String, step: Step? = nil, entryAnswers: [Step: String] = [:],
    history: [CoachHistory.PastEntry] = [], firedInEntry: Set<String> = [],
    location: SourceLocation = SourceLocation(file: "", line: 0, column: 0)
  ) {
    self.answer = answer
    self.step = step
    self.entryAnswers = entryAnswers
    self.history = history
    self.firedInEntry = firedInEntry
    self.location = location
  }

  /// The answer, shortened, or the fired rules for an entry example.
  public var description: String {
    if answer.isEmpty, !firedInEntry.isEmpty {
      return "fired " + firedInEntry.sorted().joined(separator: ", ")
    }
    return Evidence.quote(answer, limit: 70)
  }

  /// An entry holding the example's other answers (and, at `step`, its answer).
  func entry(answeringAt step: Step?) -> Entry {
    var entry = Entry(
      id: 1000, sessionDate: RuleExample.exampleDate, createdAt: Date(timeIntervalSince1970: 0))
    for (other, text) in entryAnswers { entry.setAnswer(text, at: other) }
    if let step { entry.setAnswer(answer, at: step) }
    return entry
  }

  static let exampleDate = CalendarDate(dayNumber: 20_000)
}
