import Foundation
import LearnLogTestSupport
import Testing

/// Standard output that cannot be written (a full disk, a closed descriptor) is an error: one
/// line on stderr naming the reason, never the log's text, and exit 74 (`EX_IOERR`).
@Suite("Output failures")
struct OutputFailureEndToEndTests {
  static let commands: [[String]] = [
    ["export"], ["export", "--format", "md"], ["log"], ["show", "1"], ["prepare"], ["--help"],
    ["--version"],
  ]

  @Test(arguments: commands)
  func fullDiskIsAnError(arguments: [String]) throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let run = try EndToEnd.learnlogThroughShell(
      arguments, redirecting: ">/dev/full", in: EndToEnd.sandboxWithAReflection())
    #expect(run.status == 74, "\(run.description)")
    #expect(
      run.stderr.hasSuffix("learnlog: error: cannot write the output (No space left on device)\n"),
      "\(run.description)")
    expectNoAnswers(onStandardErrorOf: run)
  }

  @Test(arguments: commands)
  func closedOutputIsAnError(arguments: [String]) throws {
    let run = try EndToEnd.learnlogThroughShell(
      arguments, redirecting: ">&-", in: EndToEnd.sandboxWithAReflection())
    #expect(run.status == 74, "\(run.description)")
    #expect(
      run.stderr.hasSuffix("learnlog: error: cannot write the output (Bad file descriptor)\n"),
      "\(run.description)")
    #expect(
      run.stderr.split(separator: "\n").filter { $0.contains("error") }.count == 1,
      "\(run.description)")
    expectNoAnswers(onStandardErrorOf: run)
  }

  @Test func writableOutputStillExitsZero() throws {
    let run = try EndToEnd.learnlogThroughShell(
      ["export"], redirecting: "", in: EndToEnd.sandboxWithAReflection())
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stderr.isEmpty, "\(run.description)")
  }
}
