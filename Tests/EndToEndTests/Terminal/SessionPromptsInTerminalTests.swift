import Foundation
import Testing

/// `learnlog sessions add` on a real terminal asks for what its options left out, one field at
/// a time, and repeats a question after a mistake.
@Suite("Registering a session by answering questions", .enabled(if: TerminalHarness.isAvailable))
struct SessionPromptsInTerminalTests {
  @Test("date, coachee, topic and length are asked; a bad date is asked again")
  func asksForWhatIsMissing() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let session = try TerminalHarness.Session(
      sandbox.commandLine(["sessions", "add", "--group", "3", "--pro-bono"]))
    try session.waitFor("Date (Enter for today")
    try session.enter("the other day")
    try session.waitFor("today, yesterday or 3 days ago.")
    try session.enter("2026-11-30")
    try session.waitFor("Coachee (a name or alias):")
    try session.enter("Team 王")
    try session.waitFor("Topic (Enter to leave out):")
    try session.enter("")
    try session.waitFor("Length in minutes")
    try session.enter("90")
    let screen = try session.waitFor("Registered session 1")
    #expect(try session.waitForExit() == 0)
    #expect(screen.contains("Team 王, 90 min, group of 3, pro bono"), "\(screen)")

    let csv = try sandbox.runPiped(["sessions", "export", "--format", "icf-csv"])
    #expect(String(decoding: csv.output, as: UTF8.self).contains(
      "Team 王,2026-11-30,Group,3,Pro bono,1.50,90\r\n"))
  }
}
