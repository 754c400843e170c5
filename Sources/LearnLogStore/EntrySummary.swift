import LearnLog

/// One line of `learnlog log`: what an entry is about, without its answers or transcript.
public struct EntrySummary: Sendable, Equatable {
  public var id: Int64
  public var kind: EntryKind
  public var status: EntryStatus
  public var coachee: String
  public var sessionDate: CalendarDate
  /// How many of the numbered questions have an answer (GROW recall is not counted), as in
  /// `learnlog log`'s "12/16" and the closing "12 of 16 answered".
  public var answeredCount: Int
  /// False for a draft left before its kind was asked or answered: its kind is only the
  /// default then, and `log` shows none rather than "Other".
  public var isKindChosen: Bool

  public init(
    id: Int64, kind: EntryKind, status: EntryStatus, coachee: String,
    sessionDate: CalendarDate, answeredCount: Int, isKindChosen: Bool = true
  ) {
    self.id = id
    self.kind = kind
    self.status = status
    self.coachee = coachee
    self.sessionDate = sessionDate
    self.answeredCount = answeredCount
    self.isKindChosen = isKindChosen
  }
}
