import Foundation

/// Runs `learnlog` in a real terminal: a detached tmux session on a private server socket, so
/// readline, the terminal's line discipline, signals and bracketed paste behave as for a coach.
///
/// Keys go in with `send-keys`; the screen comes back with `capture-pane`. Waits poll the screen
/// with generous timeouts (the machine may be loaded), and never sleep as an assertion.
/// The server is killed when the session is deallocated or `close()` is called.
public final class TmuxSession: @unchecked Sendable {
  /// What the shell around learnlog prints when it exits, followed by the status and "]".
  static let exitMarker = "[learnlog exited "

  /// tmux on PATH, or nil: tests that need it skip.
  public static var tmuxPath: String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    return folders.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  private let tmux: String
  private let socket: String
  private let environment: [String: String]
  private var isClosed = false
  /// The tmux server's process id, to kill it if `kill-server` does not work.
  private var serverID: pid_t = 0

  /// Starts `learnlog arguments…` in a `width`×`height` terminal.
  /// - Parameters:
  ///   - environment: the program's environment. `LANG`, `LC_ALL` and `LC_CTYPE` are removed
  ///     from it unless `keepsLocale`, so the program's own UTF-8 fallback is what CJK editing
  ///     relies on (tmux itself always runs with a UTF-8 locale).
  public init(
    sandbox: Sandbox, arguments: [String], environment: [String: String],
    keepsLocale: Bool = false, width: Int = 120, height: Int = 40, name: String = "learnlog"
  ) throws {
    guard let tmux = Self.tmuxPath else { throw SandboxError("tmux is not installed") }
    self.tmux = tmux
    socket = sandbox.path("tmux-\(name).sock")
    let config = try sandbox.write(
      """
      set -g remain-on-exit on
      set -g history-limit 5000
      set -g default-terminal screen
      set -g status off

      """, to: "tmux-\(name).conf")
    var tmuxEnvironment = environment
    tmuxEnvironment["LANG"] = "C.UTF-8"
    tmuxEnvironment["TERM"] = "xterm-256color"
    self.environment = tmuxEnvironment
    let binary = try BinaryRunner.learnlogPath()
    // A shell around learnlog prints its exit status; tmux's own record of it is not reliable
    // (tmux 3.3 sometimes marks the pane dead without ever reaping the child). The shell traps
    // SIGINT so that Ctrl-C, which the terminal sends to both, leaves it running; learnlog,
    // started from it, still gets SIGINT's default disposition. remain-on-exit keeps the pane.
    let unset = keepsLocale ? "" : "unset LANG LC_ALL LC_CTYPE; "
    let script = "trap : INT; \(unset)\"$0\" \"$@\"; echo \"\(Self.exitMarker)$?]\""
    let result = try BinaryRunner.run(
      tmux,
      ["-S", socket, "-f", config, "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
       "/bin/sh", "-c", script, binary] + arguments,
      environment: tmuxEnvironment, timeout: 30)
    guard result.status == 0 else {
      throw SandboxError("tmux new-session failed: \(result.description)")
    }
    serverID = pid_t(try run(["display-message", "-p", "#{pid}"]).stdout.trimmed) ?? 0
  }

  deinit { close() }

  /// Kills the tmux server (and learnlog with it, if still running).
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    if (try? run(["kill-server"]).status) != 0, serverID > 0 {
      kill(serverID, SIGKILL)
    }
  }

  /// Hangs up the terminal, as closing its window does: kills the tmux server, so learnlog
  /// gets SIGHUP, then waits until learnlog has exited (it may still be saving).
  public func hangUp(timeout: TimeInterval = 45) throws {
    let program = try programID()
    close()
    guard let program else { return }
    let deadline = Date().addingTimeInterval(timeout)
    while Self.isRunning(program) {
      guard Date() < deadline else {
        throw SandboxError("learnlog (pid \(program)) did not exit after the hangup")
      }
      usleep(20_000)
    }
  }

  /// learnlog's process id: the child of the pane's shell.
  private func programID() throws -> pid_t? {
    guard let shell = pid_t(try run(["display-message", "-p", "#{pane_pid}"]).stdout.trimmed)
    else { return nil }
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for entry in entries {
      guard let id = pid_t(entry), let stat = Self.stat(id), stat.parent == shell else { continue }
      return id
    }
    return nil
  }

  /// Running, as opposed to gone or a zombie nobody has reaped yet.
  private static func isRunning(_ id: pid_t) -> Bool {
    guard let stat = stat(id) else { return false }
    return stat.state != "Z" && stat.state != "X"
  }

  /// State and parent from /proc/PID/stat ("pid (name) S ppid …"; the name may hold spaces).
  private static func stat(_ id: pid_t) -> (state: Character, parent: pid_t)? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(id)/stat") else { return nil }
    let text = String(decoding: data, as: UTF8.self)
    guard let end = text.range(of: ")", options: .backwards) else { return nil }
    let fields = text[end.upperBound...].split(separator: " ")
    guard fields.count > 1, let state = fields[0].first, let parent = pid_t(fields[1]) else {
      return nil
    }
    return (state, parent)
  }

  // MARK: - Keys

  /// Types `text` literally, as if on the keyboard.
  public func type(_ text: String) throws {
    try command(["send-keys", "-l", text])
  }

  /// Presses keys by tmux name: `Enter`, `BSpace`, `C-c`, `C-d`, `C-a`, `Tab`, `Up`.
  public func press(_ keys: String...) throws {
    try command(["send-keys"] + keys)
  }

  /// Pastes `text` as a terminal does when the program asked for bracketed paste: tmux wraps it
  /// in `ESC[200~ … ESC[201~` (line breaks become carriage returns, as from a real terminal).
  public func paste(_ text: String) throws {
    try command(["set-buffer", "-b", "e2e", text])
    try command(["paste-buffer", "-p", "-d", "-b", "e2e"])
  }

  // MARK: - Screen

  /// The whole screen and scrollback, wrapped lines joined, trailing blanks trimmed.
  public func screen() throws -> String {
    let result = try run(["capture-pane", "-p", "-J", "-S", "-", "-E", "-"])
    guard result.status == 0 else {
      throw SandboxError("tmux capture-pane failed: \(result.description)")
    }
    return result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
      .joined(separator: "\n")
      .trimmingCharacters(in: .newlines)
  }

  /// Waits until `condition` holds for the screen, and returns that screen.
  @discardableResult
  public func waitUntil(
    _ what: String, timeout: TimeInterval = 45, condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while Date() < deadline {
      last = try screen()
      if condition(last) { return last }
      if last.contains(Self.exitMarker), !what.contains(Self.exitMarker) {
        // learnlog exited: nothing will change any more.
        break
      }
      usleep(50_000)
    }
    throw SandboxError("timed out waiting for \(what); the screen shows:\n\(last)")
  }

  /// Waits until `text` is on the screen.
  @discardableResult
  public func waitFor(_ text: String, timeout: TimeInterval = 45) throws -> String {
    try waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the last line containing `text` is followed by an empty prompt (`›` or `  ›`)
  /// as the last line of the screen: readline is then reading, its signal handlers are in
  /// place, and keys sent now go to this question.
  @discardableResult
  public func waitForPrompt(after text: String, timeout: TimeInterval = 45) throws -> String {
    try waitUntil("an empty prompt after “\(text)”", timeout: timeout) { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      guard let index = lines.lastIndex(where: { $0.contains(text) }),
        let last = lines.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
        last > index
      else { return false }
      return lines[last].trimmingCharacters(in: .whitespaces) == "›"
    }
  }

  /// Waits for learnlog to exit and returns its exit status.
  public func waitForExit(timeout: TimeInterval = 45) throws -> Int32 {
    let pattern = Self.exitMarker
    let screen = try waitUntil("learnlog to exit", timeout: timeout) { screen in
      guard let range = screen.range(of: pattern, options: .backwards) else { return false }
      return screen[range.upperBound...].contains("]")
    }
    guard let range = screen.range(of: pattern, options: .backwards) else { return -1 }
    return Int32(screen[range.upperBound...].prefix { $0.isNumber }) ?? -1
  }

  // MARK: - tmux

  private func command(_ arguments: [String]) throws {
    let result = try run(arguments)
    guard result.status == 0 else {
      throw SandboxError("tmux \(arguments.joined(separator: " ")) failed: \(result.description)")
    }
  }

  private func run(_ arguments: [String]) throws -> RunResult {
    try BinaryRunner.run(tmux, ["-S", socket] + arguments, environment: environment, timeout: 30)
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
