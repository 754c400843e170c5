import Foundation
import LearnLogTestSupport
import Testing

/// `/prepare` typed in the chat of bare `learnlog`, through the built binary and a pipe.
@Suite("Views in the chat")
struct ChatViewTests {
  static var binary: String? {
    let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"]
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/learnlog").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  @Test(.enabled(if: binary != nil, "the learnlog binary is not built"))
  func prepareAndReviewInTheChat() throws {
    let sample = try SampleStore()
    let binary = try #require(Self.binary)
    // n: do not resume the sample draft; then the views at the first question, then Ctrl-D.
    let result = try runProcess(
      binary, ["--db", sample.path], input: "n\n/prepare\n/review\n/sessions\n",
      environment: ["HOME": sample.folder, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.contains("# Coach-the-coach brief"))
    #expect(result.output.contains("## Questions to bring to your coach"))
    // 8: the sample's seven and the new draft this chat started.
    #expect(result.output.contains("Prompt history · 8 entries"))
    #expect(result.output.contains("Back to your reflection. When was the session?"))
    #expect(result.output.contains("ID  DATE") || result.output.contains("No sessions registered yet"))
    #expect(result.output.contains("/prepare builds your coach-the-coach brief"))
    #expect(!result.output.contains("\u{1B}["), "no colour on a pipe")
  }

  /// With nothing to brief from, `/prepare` says how to choose entries with a command that works
  /// from the chat: the whole `learnlog prepare` line, not a bare `--best ID`.
  @Test(.enabled(if: binary != nil, "the learnlog binary is not built"))
  func prepareWithNothingToBriefNamesTheWholeCommand() throws {
    let folder = NSTemporaryDirectory() + "learnlog-chat-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try runProcess(
      try #require(Self.binary), ["--db", folder + "/log.sqlite3"], input: "/prepare\n",
      environment: ["HOME": folder, "NO_COLOR": "1", "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.errorOutput)")
    let said = result.output + result.errorOutput
    #expect(said.contains("`learnlog prepare --best ID --challenging ID`"), "\(said)")
    #expect(!said.contains("with --best ID"), "\(said)")
  }
}
