/// What the coach sets on the command line (`--kind`, `--date`, `--coachee`); each wins over
/// what the document says.
public struct ImportOverrides: Sendable, Equatable {
  public var kind: EntryKind?
  public var sessionDate: CalendarDate?
  public var coachee: String?

  /// Memberwise; every field defaults to "not given".
  /// Each field nil means "not given on the command line".
  public init(kind: EntryKind? = nil, sessionDate: CalendarDate? = nil, coachee: String? = nil) {
    self.kind = kind
    self.sessionDate = sessionDate
    self.coachee = coachee
  }
}
