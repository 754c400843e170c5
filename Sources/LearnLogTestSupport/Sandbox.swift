import Foundation
import LearnLog

/// A private temporary folder for one end-to-end test: its own HOME, XDG folders and database
/// path, so a test never reads or writes the developer's real log and tests can run in parallel.
///
/// The folder is removed when the sandbox is deallocated.
public final class Sandbox: @unchecked Sendable {
  /// The temporary folder everything lives in.
  public let root: String
  public let home: String
  public let dataHome: String
  public let configHome: String
  public let stateHome: String
  /// Where `LEARNLOG_DB` points in `environment`.
  public let databasePath: String

  public init() throws {
    var folder = NSTemporaryDirectory()
    while folder.hasSuffix("/") { folder.removeLast() }
    // Short: tmux's socket lives in here, and socket paths are limited to 107 bytes.
    var template = Array((folder + "/learnlog-e2e-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw SandboxError("cannot create a temporary folder (errno \(errno))")
    }
    root = String(cString: made)
    home = root + "/home"
    dataHome = root + "/data"
    configHome = root + "/config"
    stateHome = root + "/state"
    databasePath = root + "/db/learnlog.sqlite3"
    for folder in [home, dataHome, configHome, stateHome, root + "/db"] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// A clean environment: nothing inherited but `PATH`, so the developer's own `LEARNLOG_DB`,
  /// `EDITOR`, locale or colour settings cannot change what the binary does.
  /// - Parameter includesDatabase: whether to set `LEARNLOG_DB` (off to test the default path).
  public func environment(includesDatabase: Bool = true) -> [String: String] {
    var environment = [
      "HOME": home,
      "XDG_DATA_HOME": dataHome,
      "XDG_CONFIG_HOME": configHome,
      "XDG_STATE_HOME": stateHome,
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "LANG": "C.UTF-8",
    ]
    if includesDatabase { environment["LEARNLOG_DB"] = databasePath }
    return environment
  }

  /// A path inside the sandbox.
  public func path(_ name: String) -> String { root + "/" + name }

  /// Writes `text` to a file inside the sandbox and returns its path.
  @discardableResult
  public func write(_ text: String, to name: String) throws -> String {
    let path = self.path(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Turns every built-in follow-up rule off, through the coach's own rule file, for tests that
  /// script a conversation keystroke by keystroke and would be thrown off by a follow-up.
  public func disableFollowUps(ruleIDs: [String]) throws {
    let folder = configHome + "/learnlog"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let list = ruleIDs.map { "\"\($0)\"" }.joined(separator: ", ")
    try Data("{ disable: [\(list)] }\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/rules.json"))
  }
}

/// A sandbox or process helper could not do its job: the test fails with this message.
public struct SandboxError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}

extension Sandbox {
  /// Turns off every rule of the built-in pack (see `disableFollowUps(ruleIDs:)`).
  public func disableBuiltInFollowUps() throws {
    try disableFollowUps(ruleIDs: RuleEngine.builtIn.rules.map(\.id))
  }
}
