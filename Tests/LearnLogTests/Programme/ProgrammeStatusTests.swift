import LearnLog
import Testing

@Suite("Programme status")
struct ProgrammeStatusTests {
  static let today = CalendarDate(year: 2026, month: 12, day: 2)!
  static let epoch = Date(timeIntervalSince1970: 0)

  static func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

  static func session(_ id: Int64, _ iso: String, _ coachee: String = "Ravi") -> CoachingSession {
    CoachingSession(id: id, date: day(iso), coachee: coachee, durationMinutes: 45, createdAt: epoch)
  }

  static func reflection(
    _ entryID: Int64, _ kind: EntryKind, session: Int64?, _ iso: String, coachee: String = "Ravi",
    complete: Bool = true, updated: Double = 0
  ) -> SessionReflection {
    SessionReflection(
      entryID: entryID, sessionID: session, kind: kind, status: complete ? .complete : .draft,
      coachee: coachee, sessionDate: day(iso), updatedAt: Date(timeIntervalSince1970: updated))
  }

  @Test func withNothingRegisteredThereIsNoWindow() {
    let status = ProgrammeStatus(sessions: [], reflections: [], settings: .init(), today: Self.today)
    #expect(status.phase == .notStarted)
    #expect(status.window == nil)
    #expect(ProgrammeText.lines(status) == [
      "No programme window yet: the first session you register or reflect on opens a 6-week window."
    ])
  }

  @Test func theFirstSessionOpensTheWindowAndCountsAgainstTheTarget() {
    let sessions = [Self.session(1, "2026-11-12"), Self.session(2, "2026-11-30", "Mei")]
    let status = ProgrammeStatus(
      sessions: sessions, reflections: [], settings: .init(), today: Self.today)
    #expect(status.window?.start == Self.day("2026-11-12"))
    #expect(status.window?.lastDay == Self.day("2026-12-23"))
    #expect(status.phase == .open(daysLeft: 22))
    #expect(status.heldCount == 2)
    #expect(ProgrammeText.headline(status) == "2 of 5 sessions in this programme window, 22 days left.")
  }

  @Test func plannedSessionsAreCountedApart() {
    let sessions = [Self.session(1, "2026-11-12"), Self.session(2, "2026-12-09")]
    let status = ProgrammeStatus(
      sessions: sessions, reflections: [], settings: .init(), today: Self.today)
    #expect(status.heldCount == 1)
    #expect(status.plannedCount == 1)
    #expect(
      ProgrammeText.headline(status)
        == "1 of 5 sessions in this programme window (1 more planned), 22 days left.")
  }

  @Test func aSessionAfterAnEndedWindowOpensTheNextOne() {
    let sessions = [
      Self.session(1, "2026-08-01"), Self.session(2, "2026-08-20"), Self.session(3, "2026-11-25"),
    ]
    let status = ProgrammeStatus(
      sessions: sessions, reflections: [], settings: .init(), today: Self.today)
    #expect(status.window?.start == Self.day("2026-11-25"))
    #expect(status.sessions.map(\.id) == [3])
  }

  @Test func anEndedWindowSaysHowLongAgo() {
    let status = ProgrammeStatus(
      sessions: [Self.session(1, "2026-10-01")], reflections: [], settings: .init(),
      today: Self.today)
    // 1 Oct + 42 days: the last day is 11 Nov.
    #expect(status.phase == .ended(daysAgo: 21))
    #expect(
      ProgrammeText.headline(status)
        == "Your programme window ended 21 days ago: 1 of 5 sessions held.")
  }

  @Test func aConfiguredStartAndTargetWin() {
    let settings = ProgrammeSettings(
      targetSessions: 4, windowWeeks: 2, windowStart: Self.day("2026-11-30"))
    let sessions = [Self.session(1, "2026-11-20"), Self.session(2, "2026-12-01")]
    let status = ProgrammeStatus(
      sessions: sessions, reflections: [], settings: settings, today: Self.today)
    #expect(status.window == ProgrammeWindow(start: Self.day("2026-11-30"), days: 14, isConfigured: true))
    #expect(status.sessions.map(\.id) == [2])
    #expect(ProgrammeText.headline(status) == "1 of 4 sessions in this programme window, 12 days left.")
    let upcoming = ProgrammeStatus(
      sessions: [], reflections: [],
      settings: ProgrammeSettings(windowStart: Self.day("2026-12-05")), today: Self.today)
    #expect(upcoming.phase == .upcoming(daysUntilStart: 3))
  }

  @Test func moreSessionsThanTheTargetReadNaturally() {
    let sessions = (1...6).map { Self.session(Int64($0), "2026-11-2\($0)") }
    let status = ProgrammeStatus(
      sessions: sessions, reflections: [], settings: .init(), today: Self.today)
    #expect(
      ProgrammeText.headline(status)
        == "6 sessions in this programme window (target 5), 31 days left.")
  }

  @Test func bestAndMostChallengingComeFromAttachedOrMatchingReflections() {
    let sessions = [Self.session(1, "2026-11-20"), Self.session(2, "2026-11-27", "Mei")]
    let reflections = [
      // Attached to session 1, complete.
      Self.reflection(10, .best, session: 1, "2026-11-20"),
      // Not attached, but naming Mei on 27 Nov: matched to session 2; still a draft.
      Self.reflection(11, .challenging, session: nil, "2026-11-27", coachee: " mei ", complete: false),
      // Outside the window: ignored.
      Self.reflection(12, .best, session: nil, "2026-09-01"),
      Self.reflection(13, .other, session: 2, "2026-11-27"),
    ]
    let status = ProgrammeStatus(
      sessions: sessions, reflections: reflections, settings: .init(), today: Self.today)
    #expect(status.best?.entryID == 10)
    #expect(status.best?.sessionID == 1)
    #expect(status.best?.isComplete == true)
    #expect(status.challenging?.entryID == 11)
    #expect(status.challenging?.sessionID == 2)
    #expect(status.challenging?.coachee == "Mei")
    #expect(status.missing == [.challenging])
    #expect(ProgrammeText.lines(status) == [
      "2 of 5 sessions in this programme window, 30 days left.",
      "Window: 20 Nov – 31 Dec (6 weeks, from the first session).",
      "Best: Ravi, 20 Nov, session 1 — reflection 10, complete.",
      "Most Challenging: Mei, 27 Nov, session 2 — reflection 11, still a draft.",
      "Still without a complete reflection: Most Challenging.",
      "Continue reflection 11 with `learnlog reflect --session 2`.",
    ])
  }

  @Test func aCompleteReflectionWinsOverANewerDraft() {
    let sessions = [Self.session(1, "2026-11-20"), Self.session(2, "2026-11-25")]
    let reflections = [
      Self.reflection(10, .best, session: 1, "2026-11-20", updated: 100),
      Self.reflection(11, .best, session: 2, "2026-11-25", complete: false, updated: 200),
      Self.reflection(12, .challenging, session: 2, "2026-11-25", updated: 50),
      Self.reflection(13, .challenging, session: 1, "2026-11-20", updated: 60),
    ]
    let status = ProgrammeStatus(
      sessions: sessions, reflections: reflections, settings: .init(), today: Self.today)
    #expect(status.best?.entryID == 10)
    #expect(status.challenging?.entryID == 13)
    #expect(status.missing.isEmpty)
    #expect(ProgrammeText.lines(status).last == "Both reflections are complete: `learnlog prepare` builds your brief.")
  }

  @Test func aReflectionOutsideTheRegisterStillCountsByItsDate() {
    let reflections = [Self.reflection(10, .best, session: nil, "2026-11-21", coachee: "Ana")]
    let status = ProgrammeStatus(
      sessions: [Self.session(1, "2026-11-20")], reflections: reflections, settings: .init(),
      today: Self.today)
    #expect(status.best?.sessionID == nil)
    #expect(ProgrammeText.lines(status)[2] == "Best: Ana, 21 Nov, not in the register — reflection 10, complete.")
  }

  @Test func sessionLinksJoinAttachedAndMatchingReflections() {
    let sessions = [Self.session(1, "2026-11-20"), Self.session(2, "2026-11-20", "Mei")]
    let links = SessionLinks.reflections(
      for: sessions,
      [
        Self.reflection(10, .best, session: 2, "2026-11-20"),
        Self.reflection(11, .other, session: nil, "2026-11-20", coachee: "RAVI"),
        Self.reflection(12, .other, session: nil, "2026-11-21"),
      ])
    #expect(links[1]?.map(\.entryID) == [11])
    #expect(links[2]?.map(\.entryID) == [10])
  }
}
