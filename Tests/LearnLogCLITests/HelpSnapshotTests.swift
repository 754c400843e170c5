import Foundation
import LearnLogTestSupport
import Testing

@testable import LearnLogCLI

/// `--help` of every visible command, compared with a golden file in `HelpSnapshots/`
/// (`learnlog-rules-try.txt` for `learnlog rules try --help`), rendered 80 columns wide.
///
/// The commands come from walking `CommandTree`, so a new or changed command only needs
/// re-recording: `LEARNLOG_RECORD_GOLDEN=1 swift test --filter HelpSnapshot`. Recording also
/// removes the files of commands that no longer exist.
@Suite("Help snapshots")
struct HelpSnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("HelpSnapshots")

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["LEARNLOG_RECORD_GOLDEN"] != nil
  }

  /// Every visible command's path below the root, the root itself included.
  static var paths: [[String]] {
    func walk(_ command: CommandSpec, _ path: [String]) -> [[String]] {
      [path] + command.visibleSubcommands.flatMap { walk($0, path + [$0.name]) }
    }
    return walk(CommandTree.root, [])
  }

  static func fileName(_ path: [String]) -> String {
    (["learnlog"] + path).joined(separator: "-") + ".txt"
  }

  @Test(arguments: paths)
  func helpMatchesItsSnapshot(path: [String]) throws {
    let actual = HelpFormatter.render(path, root: CommandTree.root, width: 80)
    let url = Self.folder.appendingPathComponent(Self.fileName(path))
    if Self.isRecording {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "no snapshot for 'learnlog \(path.joined(separator: " ")) --help': record it with LEARNLOG_RECORD_GOLDEN=1"
      )
      return
    }
    let difference = LineDiff.describe(expected: expected, actual: actual)
    #expect(
      difference == nil, "learnlog \(path.joined(separator: " ")) --help: \(difference ?? "")")
  }

  @Test func everySnapshotBelongsToACommand() throws {
    let wanted = Set(Self.paths.map(Self.fileName))
    let present = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
    let stale = present.filter { $0.hasSuffix(".txt") && !wanted.contains($0) }
    if Self.isRecording {
      for name in stale {
        try FileManager.default.removeItem(at: Self.folder.appendingPathComponent(name))
      }
      return
    }
    #expect(
      stale.isEmpty,
      "snapshots of commands that no longer exist: \(stale.sorted()); re-record with LEARNLOG_RECORD_GOLDEN=1"
    )
  }
}
