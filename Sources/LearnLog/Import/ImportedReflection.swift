/// A reflection read from a document written elsewhere: what it said, and what the importer
/// had to change or leave out on the way.
public struct ImportedReflection: Sendable, Equatable {
  /// From a `Kind:` line or the title; nil when the document does not say.
  public var kind: EntryKind?
  /// From a `Coachee:` line or "… with Ravi" in the title.
  public var coachee: String?
  /// From a `Date:` line or a `YYYY-MM-DD` in the title.
  public var sessionDate: CalendarDate?
  public var grow: GrowRecall
  /// Non-empty answers by question number.
  public var answers: [Int: String]
  /// The writer's label stripped from answer lines (`Sam`), given or detected.
  public var label: String?
  /// What the coach should know: repaired bytes, left-out lines, empty questions. Never
  /// quotes the coach's text.
  public var warnings: [String]
  /// The line each question started at, by number, including questions left empty.
  public var questionLines: [Int: Int]
  /// How many questions the framework has.
  public var questionCount: Int
  /// The line `sessionDate` was read from (a `Date:` line or the title).
  public var sessionDateLine: Int?

  /// Memberwise, for tests and for callers that build a reflection by hand.
  public init(
    kind: EntryKind? = nil, coachee: String? = nil, sessionDate: CalendarDate? = nil,
    grow: GrowRecall = GrowRecall(), answers: [Int: String] = [:], label: String? = nil,
    warnings: [String] = [], questionLines: [Int: Int] = [:], questionCount: Int = 16,
    sessionDateLine: Int? = nil
  ) {
    self.kind = kind
    self.coachee = coachee
    self.sessionDate = sessionDate
    self.grow = grow
    self.answers = answers
    self.label = label
    self.warnings = warnings
    self.questionLines = questionLines
    self.questionCount = questionCount
    self.sessionDateLine = sessionDateLine
  }

  /// How many questions have an answer.
  public var foundCount: Int { answers.count }

  /// "found 14 of 16 questions", for the import report.
  public var foundSummary: String { "found \(foundCount) of \(questionCount) questions" }

  /// Refuses a document that dates its session after `today`, unless `overrides` gives the
  /// date instead: a reflection is about a session that has taken place, as in the chat
  /// ("That date is in the future"), so a future date is a mistake in the file.
  public func checkSessionDate(
    overrides: ImportOverrides = ImportOverrides(), today: CalendarDate
  ) throws(ImportError) {
    guard overrides.sessionDate == nil, let sessionDate, sessionDate > today else { return }
    throw .futureSessionDate(sessionDate, line: sessionDateLine)
  }

  /// The complete, imported log entry: overrides first, then the document, then defaults
  /// (kind `.other`, no coachee, the session on `today`). Every question and GROW stage
  /// without an answer is marked skipped, as `/done` does in a conversation.
  public func entry(
    overrides: ImportOverrides = ImportOverrides(), today: CalendarDate, at time: Date,
    framework: Framework = .leadershipLearningLog
  ) -> Entry {
    var skipped = Set<Step>()
    for stage in GrowStage.allCases where grow[stage] == nil { skipped.insert(.grow(stage)) }
    for question in framework.questions where answers[question.number] == nil {
      skipped.insert(.question(question.number))
    }
    return Entry(
      kind: overrides.kind ?? kind ?? .other,
      status: .complete,
      coachee: overrides.coachee ?? coachee ?? "",
      sessionDate: overrides.sessionDate ?? sessionDate ?? today,
      grow: grow,
      answers: answers,
      skipped: skipped,
      source: .import,
      createdAt: time)
  }
}
