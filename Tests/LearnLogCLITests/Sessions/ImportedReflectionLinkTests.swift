import Foundation
import Testing

/// An imported reflection is matched to a registered session by date and coachee. Registering or
/// editing the session ties it for good, so correcting the session's coachee keeps the link.
@Suite("Imported reflections stay with their session")
struct ImportedReflectionLinkTests {
  @Test func registeringTiesTheReflectionAndAnEditKeepsIt() throws {
    let harness = try BinaryHarness()
    let imported = try harness.run(
      ["import", "-", "--kind", "challenging", "--date", "2026-11-25", "--coachee", "A&B Ravi"],
      input: "Q1: I listened\n")
    #expect(imported.status == 0, "\(imported.errorOutput)")
    let added = try harness.run(["sessions", "add", "--date", "2026-11-25", "--coachee", "a&b ravi", "--minutes", "60"])
    #expect(added.output.contains("Linked reflection 1 to it (same date and coachee)."), "\(added.output)")
    let edited = try harness.run(["sessions", "edit", "1", "--coachee", "Ravi", "--date", "2026-11-24"])
    #expect(edited.status == 0, "\(edited.errorOutput)")
    let list = try harness.run(["sessions", "list"])
    #expect(list.output.contains("1 Most Challenging"), "\(list.output)")
  }

  @Test func aSessionRegisteredBeforeTheImportKeepsItThroughAnEdit() throws {
    let harness = try BinaryHarness()
    _ = try harness.run(["sessions", "add", "--date", "2026-11-25", "--coachee", "Noor", "--minutes", "45"])
    _ = try harness.run(
      ["import", "-", "--kind", "best", "--date", "2026-11-25", "--coachee", "Noor"], input: "Q1: I asked\n")
    _ = try harness.run(["sessions", "edit", "1", "--coachee", "Noor A."])
    let list = try harness.run(["sessions", "list"])
    #expect(list.output.contains("1 Best"), "\(list.output)")
  }
}
