import Foundation
import LearnLog
import LearnLogStore
import LearnLogTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The sample log in a real SQLite file in a fresh temporary folder, removed afterwards.
final class SampleStore {
  let folder: String
  let path: String
  let store: LogStore

  /// Stores `entries` (by default the whole sample log) in order, so ids are 1, 2, 3…
  init(_ entries: [Entry] = SampleLog.entries) throws {
    var template = Array("/tmp/learnlog-report-test-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    guard let created else { throw SampleStoreError.noFolder }
    folder = String(cString: created)
    path = folder + "/log.sqlite3"
    store = try LogStore(path: path)
    for entry in entries {
      let id = try store.createEntry(entry)
      guard id == entry.id else { throw SampleStoreError.unexpectedID(id) }
    }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: folder)
  }
}

enum SampleStoreError: Error {
  case noFolder
  case unexpectedID(Int64)
}

/// Golden files for the commands, in Reports/Golden beside this file.
enum CommandGolden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func check(_ actual: String, _ name: String) throws -> String? {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["LEARNLOG_RECORD_GOLDEN"] != nil {
      try actual.write(to: url, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    return LineDiff.describe(expected: expected, actual: actual).map { "\(name): \($0)" }
  }
}
