import Foundation
import LearnLog
import Testing

/// `reflect --session N` on a session registered ahead of its date is refused: the reflection
/// would be dated in the future, which the date question itself refuses.
@Suite("Reflecting on a planned session")
struct PlannedSessionReflectTests {
  @Test func aPlannedSessionCannotBeReflectedOnYet() throws {
    let harness = try BinaryHarness()
    let ahead = CalendarDate(Date().addingTimeInterval(20 * 86_400)).iso
    let added = try harness.run(["sessions", "add", "--coachee", "Zoe", "--date", ahead, "--minutes", "30"])
    #expect(added.status == 0, "\(added.errorOutput)")
    let refused = try harness.run(["reflect", "--session", "1"], input: "best\nGoal text\n/pause\n")
    #expect(refused.status == 1, "\(refused.output)\(refused.errorOutput)")
    #expect(
      refused.errorOutput
        == "learnlog: error: session 1 is planned for \(ahead), which is ahead; reflect on it once it has happened, or correct its date with `learnlog sessions edit 1 --date D`\n")
    let log = try harness.run(["log"])
    #expect(log.output.contains("No entries yet"), "\(log.output)")
  }
}
