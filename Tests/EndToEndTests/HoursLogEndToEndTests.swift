import Foundation
import LearnLog
import LearnLogTestSupport
import Testing

/// `learnlog sessions export --format icf-csv` on the built binary: the coaching-hours log a
/// coach submits counts the sessions held, never the ones registered ahead of their date.
@Suite("Coaching-hours log from the binary")
struct HoursLogEndToEndTests {
  @Test func plannedSessionsAreLeftOutWithOneLineSayingSo() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    // Far enough ahead that the test cannot cross into its day while it runs.
    let planned = CalendarDate(Date()).adding(days: 16)
    for arguments in [
      ["sessions", "add", "--coachee", "Held", "--minutes", "60"],
      ["sessions", "add", "--coachee", "Planned", "--minutes", "60", "--date", planned.iso],
      ["sessions", "add", "--coachee", "Planned too", "--date", planned.adding(days: 1).iso],
    ] {
      let added = try BinaryRunner.learnlog(arguments, environment: environment)
      try #require(added.status == 0, "\(added.description)")
    }

    let run = try BinaryRunner.learnlog(
      ["sessions", "export", "--format", "icf-csv"], environment: environment)
    #expect(run.status == 0, "\(run.description)")
    #expect(!run.stdout.contains("Planned"), "\(run.stdout)")
    #expect(run.stdout.contains("Total hours,,,,,1.00,60\r\n"), "\(run.stdout)")
    #expect(run.stdout.contains("Paid hours,,,,,1.00,60\r\n"), "\(run.stdout)")
    // One line, and no "no length given" warning for the planned session without one.
    #expect(run.stderr == "learnlog: left out 2 planned sessions dated after today\n")

    let file = sandbox.path("hours.csv")
    let written = try BinaryRunner.learnlog(
      ["sessions", "export", "-o", file], environment: environment)
    #expect(written.status == 0, "\(written.description)")
    #expect(
      written.stderr
        == "learnlog: left out 2 planned sessions dated after today\n"
        + "Wrote 1 session, 1.00 hours, to \(file).\n")
    let csv = try String(contentsOfFile: file, encoding: .utf8)
    #expect(!csv.contains("Planned") && csv.contains("Held,"), "\(csv)")
  }
}
