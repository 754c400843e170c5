/// The session a coach marked Best or Most Challenging, through the reflection that says so.
public struct ProgrammeMark: Sendable, Equatable {
  public var kind: EntryKind
  public var entryID: Int64
  public var isComplete: Bool
  /// The registered session, when the reflection is attached to one or matches one.
  public var sessionID: Int64?
  public var coachee: String
  public var date: CalendarDate

  public init(
    kind: EntryKind, entryID: Int64, isComplete: Bool, sessionID: Int64?, coachee: String,
    date: CalendarDate
  ) {
    self.kind = kind
    self.entryID = entryID
    self.isComplete = isComplete
    self.sessionID = sessionID
    self.coachee = coachee
    self.date = date
  }
}
