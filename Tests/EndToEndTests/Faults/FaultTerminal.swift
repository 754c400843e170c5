import Foundation
import Testing

/// learnlog in a real terminal: a detached tmux session on its own server (`tmux -L`), driven
/// through `system()` (Foundation's `Process` once hung waiting for tmux). learnlog runs through
/// a small script that records its pid, sends its stderr to a file (so the test can grep it for
/// answer text) and prints its exit status when it ends.
final class FaultTerminal: @unchecked Sendable {
  static var isAvailable: Bool { system("tmux -V >/dev/null 2>&1") == 0 }

  let server: String
  let sandbox: FaultSandbox
  let pidFile: String
  let stderrFile: String
  static let exitMarker = "[learnlog exited "

  /// Starts `learnlog arguments…` in a `width`×`height` terminal with the sandbox's environment
  /// (plus `extra`; a nil value removes a variable).
  init(
    sandbox: FaultSandbox, arguments: [String], extra: [String: String?] = [:],
    umask: String? = nil, width: Int = 120, height: Int = 50
  ) throws {
    self.sandbox = sandbox
    server = "llfault-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    pidFile = sandbox.path("\(server).pid")
    stderrFile = sandbox.path("\(server).stderr")
    var environment: [String: String?] = sandbox.environment().mapValues { $0 }
    environment["TERM"] = "xterm-256color"
    for (key, value) in extra { environment[key] = value }
    let exports = environment.sorted { $0.key < $1.key }.map { key, value in
      value.map { "export \(key)=\(FaultSandbox.quoted($0))" } ?? "unset \(key)"
    }
    let binary = try Faults.binary()
    let command = ([binary] + arguments).map(FaultSandbox.quoted).joined(separator: " ")
    let script = sandbox.path("\(server).sh")
    try """
    \(exports.joined(separator: "\n"))
    \(umask.map { "umask \($0)" } ?? "")
    sh -c 'echo $$ > \(pidFile); exec "$@"' learnlog \(command) 2>\(FaultSandbox.quoted(stderrFile))
    echo "\(Self.exitMarker)$?]"
    sleep 600
    """.write(toFile: script, atomically: true, encoding: .utf8)
    // tmux itself needs a UTF-8 locale to pass CJK through, whatever learnlog is given.
    try tmux(
      ["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
       "/bin/sh \(FaultSandbox.quoted(script))"], prefix: "LANG=C.UTF-8 ")
    sandbox.addCleanup("tmux -L \(server) kill-server")
  }

  deinit { close() }

  func close() { _ = system("tmux -L \(server) kill-server >/dev/null 2>&1") }

  /// learnlog's process id (once it has started).
  func pid() throws -> Int32 {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
        let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      usleep(20_000)
    }
    throw FaultError("learnlog did not start in tmux")
  }

  /// Types `text` literally.
  func type(_ text: String) throws { try tmux(["send-keys", "-t", "main", "-l", text]) }

  /// Presses keys by tmux name (`Enter`, `C-c`, `C-v`…).
  func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "main"] + keys) }

  /// Sends raw bytes (invalid UTF-8, control characters) as if typed.
  func sendBytes(_ bytes: [UInt8]) throws {
    try tmux(["send-keys", "-t", "main", "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Closes the terminal window: the session goes, learnlog gets SIGHUP.
  func closeWindow() throws { try tmux(["kill-session", "-t", "main"]) }

  /// The screen and scrollback, wrapped lines joined.
  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-J", "-t", "main", "-S", "-", "-E", "-"], capture: true)
  }

  @discardableResult
  func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 60) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = (try? screen()) ?? last
      if last.components(separatedBy: text).count - 1 >= count { return last }
      usleep(50_000)
    }
    throw FaultError("timed out waiting for “\(text)”; the screen shows:\n\(last)")
  }

  /// Waits until the last line containing `text` is followed by an empty prompt as the last
  /// line: readline is then reading, with the terminal prepared, so keys go to this question.
  @discardableResult
  func waitForPrompt(after text: String, timeout: TimeInterval = 60) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = (try? screen()) ?? last
      let lines = last.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      if let index = lines.lastIndex(where: { $0.contains(text) }), index < lines.count - 1,
        lines[lines.count - 1] == "›"
      {
        return last
      }
      usleep(50_000)
    }
    throw FaultError("timed out waiting for a prompt after “\(text)”; the screen shows:\n\(last)")
  }

  /// Answers each question in turn: waits for its prompt, types the line and Enter.
  func answer(_ lines: [String], after questions: [String]) throws {
    for (line, question) in zip(lines, questions) {
      try waitForPrompt(after: question)
      try type(line)
      try press("Enter")
    }
  }

  /// Waits for learnlog to end and returns its exit status.
  func waitForExit(timeout: TimeInterval = 60) throws -> Int32 {
    let screen = try waitFor(Self.exitMarker, timeout: timeout)
    guard let range = screen.range(of: Self.exitMarker, options: .backwards) else { return -1 }
    return Int32(screen[range.upperBound...].prefix { $0.isNumber }) ?? -1
  }

  /// Waits until the learnlog process is gone (for a closed window, where no marker shows).
  func waitForProcessEnd(_ pid: Int32, timeout: TimeInterval = 30) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if kill(pid, 0) != 0 { return }
      usleep(50_000)
    }
    throw FaultError("learnlog (pid \(pid)) is still running")
  }

  var stderr: String { (try? String(contentsOfFile: stderrFile, encoding: .utf8)) ?? "" }

  /// Fails the test if answer text reached standard error.
  func expectNoSecrets(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let text = stderr
    for secret in sandbox.secrets where text.contains(secret) {
      Issue.record("answer text on stderr: \(secret)", sourceLocation: sourceLocation)
    }
  }

  @discardableResult
  private func tmux(_ arguments: [String], capture: Bool = false, prefix: String = "") throws
    -> String
  {
    let output = sandbox.path("\(server).out")
    let command =
      prefix + (["tmux", "-L", server] + arguments).map(FaultSandbox.quoted).joined(separator: " ")
      + " >\(FaultSandbox.quoted(capture ? output : "/dev/null")) 2>/dev/null </dev/null"
    let status = system(command)
    guard status == 0 else {
      throw FaultError("tmux \(arguments.joined(separator: " ")) failed (\(status))")
    }
    guard capture else { return "" }
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }
}
