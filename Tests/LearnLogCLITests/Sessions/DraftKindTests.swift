import Foundation
import Testing

/// `learnlog log` shows no kind for a draft left before its kind was chosen: "Other" there is
/// only the default, not the coach's answer.
@Suite("The kind of an early draft")
struct DraftKindTests {
  private func row(_ output: String, id: Int) -> [String] {
    output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
      .first { $0.last == String(id) } ?? []
  }

  @Test func aDraftPausedBeforeTheKindShowsNone() throws {
    let harness = try BinaryHarness()
    _ = try harness.run(["reflect"], input: "today\nLee\n/pause\n")
    _ = try harness.run(["reflect"], input: "today\nRavi\nother\n/pause\n")
    let log = try harness.run(["log"])
    #expect(log.status == 0, "\(log.errorOutput)")
    #expect(row(log.output, id: 1).dropFirst(2).first == "—", "\(log.output)")
    #expect(row(log.output, id: 2).dropFirst(2).first == "Other", "\(log.output)")
  }
}
