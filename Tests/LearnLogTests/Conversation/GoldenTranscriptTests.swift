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
    // The real built-in rules: the golden file also shows how their follow-ups read.
    let advisor = RuleEngine.builtIn
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
