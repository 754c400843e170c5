import Foundation
import Testing

/// Runs `Scripts/bench --quick` once against the binary the tests use, to prove the script
/// works: it builds nothing, skips jrnl and checks only that the table came out (timings on a
/// shared machine are not something a test can assert).
@Suite("Scripts/bench")
struct BenchScriptTests {
  /// The package root, three folders above this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `LEARNLOG_BIN` (set by Scripts/test), else the debug build beside the tests.
  static var binary: String? {
    let environment = ProcessInfo.processInfo.environment
    let candidates: [String?] = [
      environment["LEARNLOG_BIN"], root.appendingPathComponent(".build/debug/learnlog").path,
    ]
    return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  @Test(
    .enabled(if: findOnPath("python3") != nil, "Scripts/bench needs python3"),
    .timeLimit(.minutes(2)))
  func quickRunPrintsTheTable() throws {
    let binary = try #require(Self.binary, "no learnlog binary: run Scripts/test or swift build")
    let process = Process()
    process.executableURL = Self.root.appendingPathComponent("Scripts/bench")
    process.arguments = ["--quick", "--no-jrnl", "--no-build"]
    var environment = ProcessInfo.processInfo.environment
    environment["LEARNLOG_BIN"] = binary
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()

    #expect(process.terminationStatus == 0, "Scripts/bench failed:\n\(said)")
    let lines = printed.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("figure") == true, "no table header in:\n\(printed)")
    for figure in [
      "start to first prompt", "search, 1,000 entries", "import 1,000 jrnl entries",
      "`prepare`", "`review`", "built-in rules", "generated rules",
    ] {
      #expect(lines.contains { $0.contains(figure) }, "no '\(figure)' row in:\n\(printed)")
    }
    // The rule figures run in-process in every build, so they always have a timing.
    let ruleRow = try #require(lines.first { $0.hasPrefix("built-in rules") })
    #expect(ruleRow.contains(" ms"), "the built-in rules row has no timing: \(ruleRow)")
    #expect(said.contains("wrote"), "no report written:\n\(said)")
  }
}

/// The first executable called `name` on PATH.
private func findOnPath(_ name: String) -> String? {
  let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":").map(String.init)
  return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
}
