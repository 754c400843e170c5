import LearnLog
import Testing

@Suite("Coaching-hours log")
struct CoachingHoursLogTests {
  static let epoch = Date(timeIntervalSince1970: 0)

  @Test(arguments: [(0, "0.00"), (1, "0.02"), (45, "0.75"), (50, "0.83"), (60, "1.00"), (90, "1.50"), (125, "2.08"), (1440, "24.00")])
  func hoursHaveTwoDecimals(minutes: Int, hours: String) {
    #expect(CoachingHoursLog.hours(minutes) == hours)
  }

  @Test(arguments: [
    ("Ravi", "Ravi"), ("Li, Wei", "\"Li, Wei\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""), ("crlf\r\nx", "\"crlf\r\nx\""), ("王伟", "王伟"),
  ])
  func fieldsAreQuotedByRFC4180(text: String, field: String) {
    #expect(CoachingHoursLog.field(text) == field)
  }

  @Test func rowsThenTotalsWithCRLFLineEnds() {
    let sessions = [
      CoachingSession(id: 3, date: CalendarDate(iso: "2026-11-28")!, coachee: "Team, A",
        durationMinutes: 90, groupSize: 5, payment: .proBono, createdAt: Self.epoch),
      CoachingSession(id: 1, date: CalendarDate(iso: "2026-11-20")!, coachee: "Ravi",
        durationMinutes: 50, createdAt: Self.epoch),
      CoachingSession(id: 2, date: CalendarDate(iso: "2026-11-21")!, coachee: "Mei",
        durationMinutes: 50, createdAt: Self.epoch),
      CoachingSession(id: 4, date: CalendarDate(iso: "2026-11-29")!, coachee: "No length",
        createdAt: Self.epoch),
    ]
    let log = CoachingHoursLog(sessions: sessions, today: CalendarDate(iso: "2026-12-04")!)
    #expect(log.withoutDuration.map(\.id) == [4])
    #expect(log.csv() == [
      "Client,Date,Individual or group,Group size,Payment,Hours,Minutes",
      "Ravi,2026-11-20,Individual,,Paid,0.83,50",
      "Mei,2026-11-21,Individual,,Paid,0.83,50",
      "\"Team, A\",2026-11-28,Group,5,Pro bono,1.50,90",
      // Totals come from summed minutes: 190 min = 3.17 h, not 0.83 + 0.83 + 1.50 = 3.16.
      "Total hours,,,,,3.17,190",
      "Paid hours,,,,,1.67,100",
      "Pro bono hours,,,,,1.50,90",
      "Individual hours,,,,,1.67,100",
      "Group hours,,,,,1.50,90",
    ].map { $0 + "\r\n" }.joined())
  }

  /// Sessions registered ahead of their date are planned, not coached: they stay out of the
  /// rows and every total until their day, and today's session counts.
  @Test func sessionsAfterTodayAreLeftOut() {
    let today = CalendarDate(iso: "2026-12-04")!
    let sessions = [
      CoachingSession(id: 1, date: today, coachee: "Held", durationMinutes: 60,
        createdAt: Self.epoch),
      CoachingSession(id: 2, date: today.adding(days: 16), coachee: "Planned",
        durationMinutes: 60, createdAt: Self.epoch),
      CoachingSession(id: 3, date: today.adding(days: 1), coachee: "Tomorrow, no length",
        createdAt: Self.epoch),
      CoachingSession(id: 4, date: today.adding(days: -1), coachee: "Group", durationMinutes: 90,
        groupSize: 4, payment: .proBono, createdAt: Self.epoch),
    ]
    let log = CoachingHoursLog(sessions: sessions, today: today)
    #expect(log.sessions.map(\.id) == [4, 1])
    #expect(log.planned.map(\.id) == [3, 2])
    // A planned session without a length is not asked for one yet.
    #expect(log.withoutDuration.isEmpty)
    #expect(log.totalMinutes == 150)
    #expect(log.paidMinutes == 60)
    #expect(!log.csv().contains("Planned") && !log.csv().contains("Tomorrow"))
    #expect(log.csv().contains("Total hours,,,,,2.50,150\r\n"))

    // The day it takes place, it counts.
    let later = CoachingHoursLog(sessions: sessions, today: today.adding(days: 16))
    #expect(later.sessions.map(\.id) == [4, 1, 2])
    #expect(later.withoutDuration.map(\.id) == [3])
    #expect(later.planned.isEmpty)
    #expect(later.totalMinutes == 210)
  }
}
