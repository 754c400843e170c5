import Foundation
import Testing

/// Text fits the terminal: wrapped by display width (CJK takes two columns), at `COLUMNS` when it
/// is set, at the window's width after a resize, and never wrapped into a pipe.
@Suite("Wrapping at the terminal's width", .enabled(if: TerminalHarness.isAvailable))
struct WidthTests {
  /// A long answer with no spaces, so every break is inside CJK text.
  private static let longAnswer = String(repeating: "学习日志は振り返りの記録です", count: 8)

  /// Columns a line takes on screen; enough of the East Asian width table for these tests.
  private func columns(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
      switch scalar.value {
      case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: total
      case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
        total + 2
      default: total + 1
      }
    }
  }

  /// Stores one entry, with a CJK coachee and a long CJK goal, through a pipe.
  private func storeEntry(_ sandbox: TerminalHarness.Sandbox) throws {
    let answers = "today\n山田太郎\nbest\n\(Self.longAnswer)\n/done\n"
    let inputPath = sandbox.folder + "/answers.txt"
    try answers.write(toFile: inputPath, atomically: true, encoding: .utf8)
    let status = system(
      sandbox.commandLine(["reflect"]) + " <" + TerminalHarness.shellQuoted(inputPath)
        + " >/dev/null 2>&1")
    #expect(status == 0)
  }

  @Test("show wraps CJK text at COLUMNS=40 on a terminal")
  func showWrapsAtColumns() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    try storeEntry(sandbox)
    let session = try TerminalHarness.Session(
      sandbox.commandLine(["show", "1", "--transcript"], environment: ["COLUMNS": "40"]),
      width: 80, height: 200)
    #expect(try session.waitForExit() == 0)
    let screen = try session.screen()
    let lines = screen.split(separator: "\n").filter { !$0.hasPrefix("[exited") }
    #expect(lines.count > 20)
    for line in lines {
      #expect(columns(line) <= 40, "too wide: \(line)")
    }
    // Nothing was lost in the wrapping: the answer is all there, in order.
    let joined = screen.filter { !$0.isWhitespace }
    #expect(joined.contains(Self.longAnswer))
    #expect(screen.contains("山田太郎"))
  }

  @Test("show does not wrap into a pipe")
  func showIsNotWrappedIntoAPipe() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    try storeEntry(sandbox)
    let result = try sandbox.runPiped(["show", "1"], environment: ["COLUMNS": "40"])
    #expect(result.status == 0)
    #expect(String(decoding: result.output, as: UTF8.self).contains("   " + Self.longAnswer + "\n"))
  }

  @Test("the chat wraps at COLUMNS, and after a resize at the new width")
  func chatWrapsAtTheCurrentWidth() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    // COLUMNS=40 in a window 80 wide: the chat must use 40.
    let session = try TerminalHarness.Session(
      sandbox.commandLine(["reflect"], environment: ["COLUMNS": "40"]), width: 80, height: 60)
    try session.answer("When was the session?", with: "today")
    try session.answer("Who was your coachee?", with: "山田太郎")
    try session.answer("Was this your Best session", with: "best")
    try session.waitFor("Goal —")
    try session.waitForPrompt()
    let atForty = try session.screenWithJoinedLines().split(separator: "\n").filter {
      !$0.hasPrefix("›")
    }
    #expect(atForty.contains { columns($0) > 30 }, "nothing long enough to show the wrapping")
    for line in atForty {
      #expect(columns(line) <= 40, "too wide at COLUMNS=40: \(line)")
    }
    // Ctrl-C reaches learnlog as a signal, after keys typed at once would: wait for its fresh
    // prompt, or "/pause" is typed on the line it then clears.
    try session.send("C-c")
    _ = try session.waitFor("^C")
    try session.waitForPrompt()
    try session.enter("/pause")
    #expect(try session.waitForExit() == 0)

    // Without COLUMNS, a window made narrower mid-reflection gets lines that fit it.
    let resumed = try TerminalHarness.Session(
      sandbox.commandLine(["reflect", "--resume"]), width: 80, height: 60)
    try resumed.waitFor("Goal —")
    try resumed.waitForPrompt()
    try resumed.resize(width: 24, height: 60)
    try resumed.waitFor("the narrower window") { _ in
      (try? resumed.cursor().x).map { $0 < 24 } ?? false
    }
    try resumed.enter("/skip")
    try resumed.waitFor("Reality —")
    try resumed.waitForPrompt()
    let screen = try resumed.screenWithJoinedLines()
    let after = screen.components(separatedBy: "/skip").last ?? ""
    let reality = after.split(separator: "\n").filter { !$0.hasPrefix("›") }
    #expect(reality.contains { $0.contains("Reality") })
    for line in reality {
      #expect(columns(line) <= 24, "too wide after the resize: \(line)")
    }
    try resumed.enter("/pause")
    #expect(try resumed.waitForExit() == 0)
  }
}
