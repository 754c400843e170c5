import Foundation
import Testing

/// Drives a program in a detached tmux session, for testing readline against a real terminal.
final class TmuxSession {
  let name: String

  /// Starts `command` in a new 80×24 session.
  init(command: String, width: Int = 80, height: Int = 24) throws {
    name = "learnlog-test-\(UInt32.random(in: 0...UInt32.max))"
    // Each session gets its own server (-L): tests run in parallel, and two of them starting
    // the default server at the same moment made one `new-session` fail.
    try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
  }

  deinit {
    _ = try? tmux(["kill-server"])
  }

  @discardableResult
  private func tmux(_ arguments: [String], capturingOutput: Bool = false) throws -> String {
    try Self.tmux(["-L", name] + arguments, capturingOutput: capturingOutput)
  }

  /// Sends keys by tmux name (`Enter`, `C-c`, `BSpace`, `Tab`, `Up`) or literal text.
  func send(_ keys: String...) throws {
    try tmux(["send-keys", "-t", name] + keys)
  }

  /// Sends raw bytes, e.g. invalid UTF-8.
  func sendBytes(_ bytes: [UInt8]) throws {
    try tmux(["send-keys", "-t", name, "-H"] + bytes.map { String($0, radix: 16) })
  }

  /// Pastes `text` with bracketed-paste markers (when the program enabled bracketed paste).
  func paste(_ text: String) throws {
    try tmux(["set-buffer", "-b", name, text])
    try tmux(["paste-buffer", "-p", "-d", "-b", name, "-t", name])
  }

  /// Closes the terminal, as closing a window does (the program gets SIGHUP).
  func kill() throws {
    try tmux(["kill-session", "-t", name])
  }

  /// The visible screen, trailing blank lines removed.
  func screen() throws -> String {
    var lines = try tmux(["capture-pane", "-p", "-t", name], capturingOutput: true).split(
      separator: "\n", omittingEmptySubsequences: false)
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  static var isAvailable: Bool {
    (try? tmux(["-V"])) != nil
  }

  /// Runs tmux through `system()`. Not Foundation's `Process`: its `waitUntilExit` hung here
  /// once `new-session` had started the tmux server. Output, when wanted, goes through a file.
  @discardableResult
  static func tmux(_ arguments: [String], capturingOutput: Bool = false) throws -> String {
    let outputPath = NSTemporaryDirectory() + "learnlog-tmux-\(UUID().uuidString)"
    defer { unlink(outputPath) }
    let command =
      (["tmux"] + arguments).map(shellQuoted).joined(separator: " ")
      + " >\(shellQuoted(capturingOutput ? outputPath : "/dev/null")) 2>/dev/null </dev/null"
    let status = system(command)
    guard status == 0 else { throw TmuxError.failed(arguments: arguments, status: status) }
    guard capturingOutput else { return "" }
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  private static func shellQuoted(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#)
      + "'"
  }
}

enum TmuxError: Error {
  case failed(arguments: [String], status: Int32)
}
