/// What the programme view needs to know of a reflection: which session it is about and which
/// of the two the coach marked it as. Read from the store without answers or transcripts.
public struct SessionReflection: Sendable, Equatable {
  public var entryID: Int64
  /// The registered session the reflection is attached to, if any.
  public var sessionID: Int64?
  public var kind: EntryKind
  public var status: EntryStatus
  public var coachee: String
  public var sessionDate: CalendarDate
  public var updatedAt: Date

  public init(
    entryID: Int64, sessionID: Int64?, kind: EntryKind, status: EntryStatus, coachee: String,
    sessionDate: CalendarDate, updatedAt: Date
  ) {
    self.entryID = entryID
    self.sessionID = sessionID
    self.kind = kind
    self.status = status
    self.coachee = coachee
    self.sessionDate = sessionDate
    self.updatedAt = updatedAt
  }

  public var isComplete: Bool { status == .complete }
}
