import Foundation

/// Runs the built `learnlog` with a private home, config folder and log, input from a pipe.
final class BinaryHarness {
  let folder: String
  var extraEnvironment: [String: String] = [:]

  init() throws {
    folder = NSTemporaryDirectory() + "learnlog-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: folder) }

  /// `$LEARNLOG_BIN` (set by Scripts/test), else the debug build beside the sources.
  static var binary: String {
    if let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"], !path.isEmpty { return path }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/learnlog").path
  }

  var configFile: String { folder + "/config/learnlog/config.json" }
  var database: String { folder + "/log.sqlite3" }

  func writeConfig(_ text: String) throws {
    try FileManager.default.createDirectory(
      atPath: folder + "/config/learnlog", withIntermediateDirectories: true)
    try text.write(toFile: configFile, atomically: true, encoding: .utf8)
  }

  @discardableResult
  func run(_ arguments: [String], input: String = "") throws -> ProcessResult {
    var environment = [
      "HOME": folder, "XDG_CONFIG_HOME": folder + "/config", "LEARNLOG_DB": database,
      "PATH": "/usr/bin:/bin", "TERM": "dumb", "TZ": "UTC",
    ]
    environment.merge(extraEnvironment) { $1 }
    return try runProcess(Self.binary, arguments, input: input, environment: environment)
  }
}
