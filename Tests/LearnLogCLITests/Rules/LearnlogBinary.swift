import Foundation

/// The built `learnlog` binary, run in a private sandbox: its own config folder (for
/// rules.json), log file and home, so tests never read the developer's own rules or log.
struct LearnlogBinary {
  /// $LEARNLOG_BIN (set by Scripts/test), else the debug build in this package.
  static let path: String = {
    if let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"], !path.isEmpty { return path }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.appendingPathComponent(".build/debug/learnlog").path
  }()

  static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: path) }

  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("learnlog-rules-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("config/learnlog"), withIntermediateDirectories: true)
  }

  /// Where `rules.json` is looked for by default.
  var userRulesPath: String { folder.appendingPathComponent("config/learnlog/rules.json").path }

  /// Writes `text` to `name` in the sandbox (or to the user's rules.json) and returns its path.
  @discardableResult
  func write(_ text: String, to name: String? = nil) throws -> String {
    let path = name.map { folder.appendingPathComponent($0).path } ?? userRulesPath
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func run(_ arguments: [String], input: String = "") throws -> ProcessResult {
    let environment = [
      "HOME": folder.path,
      "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
      "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
      "LEARNLOG_DB": folder.appendingPathComponent("log.sqlite3").path,
      "PATH": "/usr/bin:/bin",
      "LANG": "C.UTF-8",
      "NO_COLOR": "1",
      "TERM": "dumb",
    ]
    return try runProcess(Self.path, arguments, input: input, environment: environment)
  }

  func remove() {
    try? FileManager.default.removeItem(at: folder)
  }
}

extension ProcessResult {
  var outputLines: [String] { output.split(separator: "\n").map(String.init) }
  var errorLines: [String] { errorOutput.split(separator: "\n").map(String.init) }
}
