import Foundation
import Testing

/// Runs the real `learnlog` binary in a real terminal (tmux), in a private sandbox.
///
/// Names live in this namespace so they cannot collide with other end-to-end helpers.
enum TerminalHarness {
  /// `LEARNLOG_BIN` (set by Scripts/test), else `.build/debug/learnlog`.
  static var binaryPath: String? {
    if let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"], !path.isEmpty { return path }
    let built = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(".build/debug/learnlog").path
    return FileManager.default.isExecutableFile(atPath: built) ? built : nil
  }

  static var isTmuxAvailable: Bool { (try? tmux(["-V"])) != nil }

  /// Whether the tmux tests can run here.
  static var isAvailable: Bool { binaryPath != nil && isTmuxAvailable }

  /// A temporary HOME with its own XDG folders and log; removed by `remove()`.
  struct Sandbox {
    let folder: String

    init() throws {
      folder = NSTemporaryDirectory() + "learnlog-e2e-\(UUID().uuidString)"
      for sub in ["home", "state", "config", "data", "tmp"] {
        try FileManager.default.createDirectory(
          atPath: folder + "/" + sub, withIntermediateDirectories: true)
      }
    }

    var database: String { folder + "/data/log.sqlite3" }
    var historyPath: String { folder + "/state/learnlog/history" }
    var temporaryFolder: String { folder + "/tmp" }

    /// The whole environment the binary sees: nothing leaks in from the test runner.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
      [
        "HOME": folder + "/home",
        "XDG_STATE_HOME": folder + "/state",
        "XDG_CONFIG_HOME": folder + "/config",
        "XDG_DATA_HOME": folder + "/data",
        "TMPDIR": temporaryFolder,
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
      ].merging(extra) { $1 }
    }

    /// A shell command line running learnlog with `arguments` and `--db` in the sandbox.
    func commandLine(_ arguments: [String], environment extra: [String: String] = [:]) -> String {
      let variables = environment(extra).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      let words =
        ["env", "-i"] + variables + [binaryPath ?? "learnlog", "--db", database] + arguments
      return words.map(TerminalHarness.shellQuoted).joined(separator: " ")
    }

    /// Writes an executable shell script into the sandbox and returns its path.
    func script(_ name: String, _ body: String) throws -> String {
      let path = folder + "/" + name
      try ("#!/bin/sh\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
      chmod(path, 0o755)
      return path
    }

    func remove() {
      try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs learnlog with output to a pipe (not a terminal), through the shell, and returns
    /// standard output. `system()` rather than `Process`, for the same reason as tmux.
    func runPiped(_ arguments: [String], environment extra: [String: String] = [:]) throws -> (
      status: Int32, output: [UInt8]
    ) {
      let outputPath = folder + "/piped-\(UUID().uuidString)"
      defer { unlink(outputPath) }
      let status = system(
        commandLine(arguments, environment: extra) + " </dev/null >"
          + TerminalHarness.shellQuoted(outputPath) + " 2>&1")
      let data = FileManager.default.contents(atPath: outputPath) ?? Data()
      return ((status >> 8) & 0xff, Array(data))
    }
  }

  /// One program in a detached tmux session on its own tmux server (`-L`), so parallel tests
  /// never share a server. After the program ends the pane stays, showing `[exited N]`.
  final class Session {
    let server: String

    init(_ command: String, width: Int = 80, height: Int = 24) throws {
      server = "learnlog-e2e-\(UInt32.random(in: 0...UInt32.max))"
      let kept = command + "; echo \"[exited $?]\"; exec sleep 86400"
      try run(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)", kept])
    }

    deinit {
      _ = try? run(["kill-server"])
    }

    @discardableResult
    private func run(_ arguments: [String], capturingOutput: Bool = false) throws -> String {
      // -f /dev/null: the tester's ~/.tmux.conf must not change key bindings or the terminal.
      try TerminalHarness.tmux(
        ["-f", "/dev/null", "-L", server] + arguments, capturingOutput: capturingOutput)
    }

    /// Keys by tmux name (`Enter`, `C-a`, `BSpace`, `Tab`) or literal text with `-l`.
    func send(_ keys: String...) throws {
      try run(["send-keys", "-t", "t"] + keys)
    }

    /// Literal text, never read as key names.
    func type(_ text: String) throws {
      try run(["send-keys", "-t", "t", "-l", text])
    }

    /// Text typed and then Enter.
    func enter(_ text: String) throws {
      try type(text)
      try send("Enter")
    }

    /// Pastes `text` with bracketed-paste markers.
    func paste(_ text: String) throws {
      try run(["set-buffer", "-b", "p", text])
      try run(["paste-buffer", "-p", "-d", "-b", "p", "-t", "t"])
    }

    func resize(width: Int, height: Int) throws {
      try run(["resize-window", "-t", "t", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, without escape sequences, trailing blank lines removed.
    func screen() throws -> String {
      try trimmed(run(["capture-pane", "-p", "-t", "t"], capturingOutput: true))
    }

    /// The visible screen with lines the terminal wrapped joined again (`-J`): a line the
    /// program wrote wider than the window shows as one long line.
    func screenWithJoinedLines() throws -> String {
      let text = try run(["capture-pane", "-p", "-J", "-t", "t"], capturingOutput: true)
      return trimmed(
        text.split(separator: "\n", omittingEmptySubsequences: false)
          .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n"))
    }

    /// The whole scrollback and screen with colour escape sequences kept (`-e`).
    func screenWithEscapes() throws -> String {
      try trimmed(run(["capture-pane", "-p", "-e", "-S", "-", "-t", "t"], capturingOutput: true))
    }

    /// Where the cursor is: column and row from zero.
    func cursor() throws -> (x: Int, y: Int) {
      let text = try run(
        ["display-message", "-p", "-t", "t", "#{cursor_x},#{cursor_y}"], capturingOutput: true)
      let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",")
      return (Int(parts.first ?? "") ?? -1, Int(parts.last ?? "") ?? -1)
    }

    /// Waits until `condition` holds for the screen; records an issue after `timeout` seconds.
    @discardableResult
    func waitFor(
      _ what: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation,
      _ condition: (String) -> Bool
    ) throws -> String {
      let deadline = Date().addingTimeInterval(timeout)
      var last = ""
      while Date() < deadline {
        last = try screen()
        if condition(last) { return last }
        usleep(50_000)
      }
      Issue.record(
        "timed out waiting for \(what); the screen was:\n\(last)", sourceLocation: sourceLocation)
      throw TerminalHarnessError.timedOut(what)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(
      _ text: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation
    ) throws
      -> String
    {
      try waitFor("'\(text)'", timeout: timeout, sourceLocation: sourceLocation) {
        $0.contains(text)
      }
    }

    /// Waits until learnlog shows an empty prompt (`›` or the follow-up's `  ›`) with the cursor
    /// after it: only then is the line editor reading, so typing cannot be echoed twice.
    func waitForPrompt(timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation)
      throws
    {
      try waitFor("an empty prompt", timeout: timeout, sourceLocation: sourceLocation) { screen in
        let last = screen.split(separator: "\n").last.map(String.init) ?? ""
        guard last.trimmingCharacters(in: .whitespaces) == "›" else { return false }
        let cursor = try? self.cursor()
        return cursor?.x == last.count + 1
      }
    }

    /// Waits until the last line is a prompt, empty or not, with the cursor on it.
    func waitForEditing(timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation)
      throws
    {
      try waitFor("a prompt", timeout: timeout, sourceLocation: sourceLocation) { screen in
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let last = lines.last, last.trimmingCharacters(in: .whitespaces).hasPrefix("›") else {
          return false
        }
        return (try? self.cursor().y) == lines.count - 1
      }
    }

    /// Waits for `question`, then for the prompt, then types `text` and Enter.
    func answer(
      _ question: String, with text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
      try waitFor(question, sourceLocation: sourceLocation)
      try waitForPrompt(sourceLocation: sourceLocation)
      try enter(text)
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) throws
      -> Int
    {
      let screen = try waitFor(
        "the program to end", timeout: timeout, sourceLocation: sourceLocation
      ) {
        $0.contains("[exited ")
      }
      let match = screen.firstMatch(of: /\[exited (\d+)\]/)
      return match.flatMap { Int($0.1) } ?? -1
    }

    private func trimmed(_ text: String) -> String {
      var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
      return lines.joined(separator: "\n")
    }
  }

  /// Runs tmux through `system()`: Foundation's `Process.waitUntilExit` hung once `new-session`
  /// had started a tmux server. Output, when wanted, goes through a file.
  @discardableResult
  static func tmux(_ arguments: [String], capturingOutput: Bool = false) throws -> String {
    let outputPath = NSTemporaryDirectory() + "learnlog-tmux-\(UUID().uuidString)"
    defer { unlink(outputPath) }
    let command =
      (["tmux"] + arguments).map(shellQuoted).joined(separator: " ")
      + " >\(shellQuoted(capturingOutput ? outputPath : "/dev/null")) 2>/dev/null </dev/null"
    let status = system(command)
    guard status == 0 else { throw TerminalHarnessError.tmuxFailed(arguments, status: status) }
    guard capturingOutput else { return "" }
    return String(
      decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
  }

  /// Whether `text` holds an SGR (colour or style) escape sequence such as `ESC[1;36m`.
  static func hasColour(_ text: String) -> Bool {
    text.contains(/\x{1B}\[[0-9;]*m/)
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#)
      + "'"
  }
}

enum TerminalHarnessError: Error {
  case tmuxFailed([String], status: Int32)
  case timedOut(String)
}
