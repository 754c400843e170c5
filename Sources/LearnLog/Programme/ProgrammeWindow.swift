/// The days a programme runs: from `start` up to, not including, `end`.
public struct ProgrammeWindow: Sendable, Equatable {
  public var start: CalendarDate
  /// The first day after the window.
  public var end: CalendarDate
  /// True when the start was configured rather than taken from the first session.
  public var isConfigured: Bool

  public init(start: CalendarDate, days: Int, isConfigured: Bool) {
    self.start = start
    self.end = start.adding(days: days)
    self.isConfigured = isConfigured
  }

  public var lastDay: CalendarDate { end.adding(days: -1) }

  public func contains(_ date: CalendarDate) -> Bool { start <= date && date < end }

  /// The current window. A configured start fixes it. Otherwise the first session opens a
  /// window, and the first session after a window has ended opens the next one, so a coach who
  /// starts a second programme months later sees that one. Nil when there is nothing to go on.
  public static func current(
    sessionDates: [CalendarDate], settings: ProgrammeSettings, today: CalendarDate
  ) -> ProgrammeWindow? {
    if let start = settings.windowStart {
      return ProgrammeWindow(start: start, days: settings.windowDays, isConfigured: true)
    }
    let dates = sessionDates.sorted()
    guard var start = dates.first else { return nil }
    while true {
      let end = start.adding(days: settings.windowDays)
      guard let next = dates.first(where: { $0 >= end }), next <= today else { break }
      start = next
    }
    return ProgrammeWindow(start: start, days: settings.windowDays, isConfigured: false)
  }
}
