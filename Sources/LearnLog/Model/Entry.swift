/// One reflection in the coach's log: the context, the GROW recall, the answers, the follow-ups
/// and the whole conversation.
public struct Entry: Sendable, Codable, Equatable {
  /// Assigned by the store; 0 until the entry is first saved.
  public var id: Int64
  public var kind: EntryKind
  public var status: EntryStatus
  public var coachee: String
  public var sessionDate: CalendarDate
  public var grow: GrowRecall
  /// Answers to the framework's questions, by question number.
  public var answers: [Int: String]
  /// Steps the coach skipped (or left unanswered with /done).
  public var skipped: Set<Step>
  public var followUps: [FollowUp]
  public var transcript: [Turn]
  /// For a draft, the step the conversation stopped at.
  public var currentStep: Step?
  public var source: EntrySource
  public var createdAt: Date
  public var updatedAt: Date

  public init(
    id: Int64 = 0, kind: EntryKind = .other, status: EntryStatus = .draft, coachee: String = "",
    sessionDate: CalendarDate, grow: GrowRecall = GrowRecall(), answers: [Int: String] = [:],
    skipped: Set<Step> = [], followUps: [FollowUp] = [], transcript: [Turn] = [],
    currentStep: Step? = nil, source: EntrySource = .conversation, createdAt: Date,
    updatedAt: Date? = nil
  ) {
    self.id = id
    self.kind = kind
    self.status = status
    self.coachee = coachee
    self.sessionDate = sessionDate
    self.grow = grow
    self.answers = answers
    self.skipped = skipped
    self.followUps = followUps
    self.transcript = transcript
    self.currentStep = currentStep
    self.source = source
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
  }

  /// The coachee as the views name them: "no coachee" when none was given.
  public var coacheeOrNone: String { coachee.isEmpty ? "no coachee" : coachee }

  /// The answer given at a reflective step, if any.
  public func answer(at step: Step) -> String? {
    switch step {
    case .grow(let stage): grow[stage]
    case .question(let number): answers[number]
    default: nil
    }
  }

  /// Records an answer at a reflective step (nil clears it).
  public mutating func setAnswer(_ text: String?, at step: Step) {
    switch step {
    case .grow(let stage): grow[stage] = text
    case .question(let number): answers[number] = text
    default: break
    }
  }
}
