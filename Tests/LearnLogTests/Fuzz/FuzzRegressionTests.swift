import Foundation
import LearnLog
import LearnLogTestSupport
import Testing

/// Inputs that once crashed a parser (found by Scripts/fuzz, or written by hand in the same
/// spirit), fed through exactly the calls the fuzzer makes. Each must come back with a result or
/// the parser's own error.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  /// (target, base64 of the input), as Scripts/fuzz prints them.
  static let crashes: [(target: String, base64: String)] = [
  ]

  /// Hostile shapes the fuzzer tends to find slowly.
  static let handWritten: [(target: String, bytes: [UInt8])] = [
    // 5,000 nested lists overflowed the stack of the recursive JSON5 parser.
    ("rules", Array(("{rules: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}").utf8)),
    ("rules", Array(String(repeating: "{a:", count: 5_000).utf8)),
    ("rules", Array("{rules: [{id: 'x', when: {words: {max: 1e999}}}]}".utf8)),
    ("rules", [0xEF, 0xBB, 0xBF, 0x7B, 0xFF, 0x00, 0x7D]),
    ("document", Array(String(repeating: "Question 7.\n", count: 2_000).utf8)),
    ("document", Array("Q99999999999999999999: what?\nanswer\n".utf8)),
    ("document", [0xFF, 0xFE, 0x00, 0xD8, 0x00]),
    ("document", [0xFE, 0xFF, 0xD8]),
    ("jrnl", Array("[2026-02-30 25:61] x\n\n[9999-12-31 23:59:59] y\n".utf8)),
    ("jrnl", Array(String(repeating: "[2026-11-28 09:00]\n\n", count: 3_000).utf8)),
    ("jrnl", [0x5B, 0x32, 0x30, 0x32, 0x36, 0xC3]),
    // 12-hour headers cut short, impossible, or with bytes that are not ASCII in the time.
    ("jrnl", Array("[2026-01-05 09:00:00 AM] x\n\n[2026-01-05 09:00 A".utf8)),
    ("jrnl", Array("[2026-01-05 12:00:00 PM\n\n[2026-01-05 13:00 PM]\n\n[2026-01-05 9:0\u{E9}]".utf8)),
    ("jrnl", Array("[0000-00-00 00:00 AM] \n[2026-01-05 1:1 pm]\n\n[2026-01-05 99:99:99 am]".utf8)),
  ]

  @Test("Every crash input the fuzzer found is handled")
  func fuzzerCrashes() throws {
    for crash in Self.crashes {
      let data = try #require(Data(base64Encoded: crash.base64), "bad base64 for \(crash.target)")
      FuzzTargets.run(crash.target, Array(data))
    }
  }

  @Test("Hand-written hostile inputs are handled", arguments: 0..<handWritten.count)
  func handWrittenInputs(index: Int) {
    let input = Self.handWritten[index]
    FuzzTargets.run(input.target, input.bytes)
  }

  @Test("Deep nesting is a syntax error with a position, not a crash")
  func deepNesting() {
    let text = "{rules: " + String(repeating: "[", count: 5_000) + "}"
    #expect(throws: RuleError.self) { try RuleFile(text: text, name: "deep.json") }
    let shallow = "{rules: [], settings: {a: " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "}}"
    #expect(throws: Never.self) { try RuleFile(text: shallow, name: "ok.json") }
  }
}
