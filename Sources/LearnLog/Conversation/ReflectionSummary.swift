/// The closing figures of a reflection.
public struct ReflectionSummary: Sendable, Equatable {
  public var entryID: Int64
  public var kind: EntryKind
  public var coachee: String
  public var sessionDate: CalendarDate
  public var answeredQuestions: Int
  public var totalQuestions: Int
  public var skippedSteps: [Step]
  public var followUpsOffered: Int
  public var followUpsSkipped: Int
  /// Rules that keep coming back across the coach's recent entries.
  public var themes: [Nudge]

  public init(
    entryID: Int64, kind: EntryKind, coachee: String, sessionDate: CalendarDate,
    answeredQuestions: Int, totalQuestions: Int, skippedSteps: [Step], followUpsOffered: Int,
    followUpsSkipped: Int, themes: [Nudge]
  ) {
    self.entryID = entryID
    self.kind = kind
    self.coachee = coachee
    self.sessionDate = sessionDate
    self.answeredQuestions = answeredQuestions
    self.totalQuestions = totalQuestions
    self.skippedSteps = skippedSteps
    self.followUpsOffered = followUpsOffered
    self.followUpsSkipped = followUpsSkipped
    self.themes = themes
  }
}
