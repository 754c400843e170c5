import Foundation
import LearnLogTestSupport
import Testing

/// Compares report output with a file in Golden/Reports; `LEARNLOG_RECORD_GOLDEN=1` re-records.
enum ReportGolden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Golden/Reports")

  static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["LEARNLOG_RECORD_GOLDEN"] != nil {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    let difference = LineDiff.describe(expected: expected, actual: actual)
    #expect(difference == nil, "\(name): \(difference ?? "")", sourceLocation: sourceLocation)
  }
}
