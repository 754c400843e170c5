/// The programme a coach works through after the training: by default up to five sessions in
/// six weeks, of which two (Best and Most Challenging) are reflected on.
public struct ProgrammeSettings: Sendable, Equatable {
  /// How many sessions the window aims for.
  public var targetSessions: Int
  /// How long a window lasts.
  public var windowWeeks: Int
  /// A fixed first day; nil lets the first registered session open the window.
  public var windowStart: CalendarDate?

  public init(targetSessions: Int = 5, windowWeeks: Int = 6, windowStart: CalendarDate? = nil) {
    self.targetSessions = targetSessions
    self.windowWeeks = windowWeeks
    self.windowStart = windowStart
  }

  public var windowDays: Int { windowWeeks * 7 }

  public static let targetRange = 1...50
  public static let weeksRange = 1...52
}
