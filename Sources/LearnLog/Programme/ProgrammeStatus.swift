/// Where the coach stands in the programme on a given day: sessions held against the target,
/// days left, and the Best and Most Challenging sessions with the state of their reflections.
///
/// Pure: computed from the register and the reflections with `today` passed in.
public struct ProgrammeStatus: Sendable, Equatable {
  public enum Phase: Sendable, Equatable {
    /// No session registered and no start configured.
    case notStarted
    /// The window starts after today (a configured start, or only planned sessions).
    case upcoming(daysUntilStart: Int)
    case open(daysLeft: Int)
    case ended(daysAgo: Int)
  }

  public let settings: ProgrammeSettings
  public let today: CalendarDate
  public let window: ProgrammeWindow?
  public let phase: Phase
  /// The window's sessions, oldest first.
  public let sessions: [CoachingSession]
  public let best: ProgrammeMark?
  public let challenging: ProgrammeMark?

  public init(
    sessions allSessions: [CoachingSession], reflections: [SessionReflection],
    settings: ProgrammeSettings, today: CalendarDate
  ) {
    self.settings = settings
    self.today = today
    let window = ProgrammeWindow.current(
      sessionDates: allSessions.map(\.date), settings: settings, today: today)
    self.window = window
    guard let window else {
      phase = .notStarted
      sessions = []
      best = nil
      challenging = nil
      return
    }
    if today < window.start {
      phase = .upcoming(daysUntilStart: window.start.dayNumber - today.dayNumber)
    } else if today < window.end {
      phase = .open(daysLeft: window.end.dayNumber - today.dayNumber)
    } else {
      phase = .ended(daysAgo: today.dayNumber - window.lastDay.dayNumber)
    }
    let inWindow = allSessions.filter { window.contains($0.date) }
      .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    sessions = inWindow
    best = Self.mark(.best, reflections: reflections, sessions: inWindow, window: window)
    challenging = Self.mark(
      .challenging, reflections: reflections, sessions: inWindow, window: window)
  }

  /// Sessions on or before today.
  public var heldCount: Int { sessions.filter { $0.date <= today }.count }
  /// Sessions registered for later days.
  public var plannedCount: Int { sessions.filter { $0.date > today }.count }

  /// The marks still without a complete reflection, and the kinds not chosen yet.
  public var missing: [EntryKind] {
    [(EntryKind.best, best), (.challenging, challenging)]
      .filter { $0.1?.isComplete != true }.map(\.0)
  }

  /// The reflection marked `kind` for this window: one attached to a session of the window, or
  /// dated inside it. A complete one wins over a draft; then the newest.
  private static func mark(
    _ kind: EntryKind, reflections: [SessionReflection], sessions: [CoachingSession],
    window: ProgrammeWindow
  ) -> ProgrammeMark? {
    let sessionIDs = Set(sessions.map(\.id))
    let candidates = reflections.filter { reflection in
      guard reflection.kind == kind else { return false }
      if let id = reflection.sessionID { return sessionIDs.contains(id) }
      return window.contains(reflection.sessionDate)
    }
    let chosen = candidates.max { a, b in
      (a.isComplete ? 1 : 0, a.updatedAt, a.entryID) < (b.isComplete ? 1 : 0, b.updatedAt, b.entryID)
    }
    guard let chosen else { return nil }
    let session =
      chosen.sessionID.flatMap { id in sessions.first { $0.id == id } }
      ?? sessions.first { $0.matches(coachee: chosen.coachee, on: chosen.sessionDate) }
    return ProgrammeMark(
      kind: kind, entryID: chosen.entryID, isComplete: chosen.isComplete, sessionID: session?.id,
      coachee: session?.coachee ?? chosen.coachee, date: session?.date ?? chosen.sessionDate)
  }
}
