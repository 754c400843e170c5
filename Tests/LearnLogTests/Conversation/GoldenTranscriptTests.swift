import LearnLog
import LearnLogTestSupport
import Testing

/// Replays a scripted conversation and compares the transcript with a stored expected file.
/// Re-record with `LEARNLOG_RECORD_GOLDEN=1 swift test --filter GoldenTranscript`.
@Suite("Golden transcript")
struct GoldenTranscriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden")

  @Test func scriptedReflectionMatchesTheRecordedTranscript() throws {
    let script = try String(contentsOf: Self.folder.appendingPathComponent("reflection.script"), encoding: .utf8)
    let advisor = ScriptedAdvisor([
      .grow(.questions): [
        Nudge(
          ruleID: "questions.open",
          ask: "Most of these can be answered yes or no. What \"how\" question could you have asked here?",
          why: "Open questions make the coachee think.", priority: 60,
          evidence: Evidence(summary: "2 of 3 questions are closed", counts: ["closed": 2, "questions": 3]))
      ],
      .question(2): [
        Nudge(
          ruleID: "feelings.name-it", ask: "Which feeling was strongest for you in it?",
          why: "Naming the feeling makes the reflection yours.", priority: 50,
          evidence: Evidence(summary: "no feeling word in the answer"))
      ],
    ])
    var driver = ReflectionDriver(advisor: advisor)
    for line in script.split(separator: "\n") where !line.hasPrefix("#") {
      if line.hasPrefix("paste:") {
        driver.paste(line.dropFirst(6).split(separator: "\\n", omittingEmptySubsequences: false).joined(separator: "\n"))
      } else {
        driver.type(String(line))
      }
    }
    // The transcript as the store would hold it: every recorded and said turn, in order.
    let turns = driver.log.compactMap { effect -> Turn? in
      switch effect {
      case .say(let turn, _), .record(let turn): turn
      default: nil
      }
    }
    let actual = TranscriptText.lines(turns).joined(separator: "\n") + "\n"
    let expectedURL = Self.folder.appendingPathComponent("reflection.expected")
    if ProcessInfo.processInfo.environment["LEARNLOG_RECORD_GOLDEN"] != nil {
      try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    let difference = LineDiff.describe(expected: expected, actual: actual)
    #expect(difference == nil, "\(difference ?? "")")
  }
}
