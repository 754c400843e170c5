import Foundation

/// What a finished process left behind.
public struct RunResult: Sendable {
  public let status: Int32
  public let standardOutput: [UInt8]
  public let standardError: [UInt8]

  /// Standard output as text (invalid UTF-8 shows as U+FFFD).
  public var stdout: String { String(decoding: standardOutput, as: UTF8.self) }
  /// Standard error as text.
  public var stderr: String { String(decoding: standardError, as: UTF8.self) }
  /// Both, for failure messages.
  public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs the built `learnlog` binary (or any program) with bytes on standard input and a given
/// environment, and collects its output and exit status.
public enum BinaryRunner {
  /// The binary under test: `LEARNLOG_BIN` (set by Scripts/test), else `.build/debug/learnlog`
  /// in this package.
  public static func learnlogPath() throws -> String {
    if let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"], !path.isEmpty {
      guard FileManager.default.isExecutableFile(atPath: path) else {
        throw SandboxError("LEARNLOG_BIN=\(path) is not an executable file")
      }
      return path
    }
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = packageRoot.appendingPathComponent(".build/debug/learnlog").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw SandboxError(
        "no learnlog binary at \(path): run `swift build` first, or set LEARNLOG_BIN")
    }
    return path
  }

  /// Runs `learnlog arguments…` with `input` on standard input (then closed).
  public static func learnlog(
    _ arguments: [String], input: String = "", environment: [String: String],
    timeout: TimeInterval = 60
  ) throws -> RunResult {
    try run(learnlogPath(), arguments, input: Array(input.utf8), environment: environment, timeout: timeout)
  }

  /// Runs `learnlog` through `sh -c 'umask MASK; exec learnlog …'`.
  public static func learnlog(
    umask mask: String, _ arguments: [String], input: String = "",
    environment: [String: String], timeout: TimeInterval = 60
  ) throws -> RunResult {
    try run(
      "/bin/sh", ["-c", "umask \(mask); exec \"$0\" \"$@\"", learnlogPath()] + arguments,
      input: Array(input.utf8), environment: environment, timeout: timeout)
  }

  /// Runs `executable` and waits for it, killing it after `timeout` seconds (the result then
  /// reports the signal's status and the test fails on its expectations rather than hanging).
  ///
  /// This uses `posix_spawn` rather than Foundation's `Process`: on Linux, `Process` notices
  /// that a child exited when a socket the child inherited is closed, and a daemon the child
  /// starts (the tmux server) inherits it too, so `Process` would wait for the daemon.
  public static func run(
    _ executable: String, _ arguments: [String], input: [UInt8] = [],
    environment: [String: String], timeout: TimeInterval = 60
  ) throws -> RunResult {
    // A program that exits before reading all of its input must not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
    // Tests run in parallel: no other spawn may happen between creating these pipes and
    // marking them close-on-exec, or another child would inherit them and keep them open.
    spawnLock.lock()
    var isLocked = true
    defer { if isLocked { spawnLock.unlock() } }
    let stdin = try PipePair()
    let stdout = try PipePair()
    let stderr = try PipePair()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // dup2 clears close-on-exec on 0, 1 and 2; every other descriptor of ours has it set.
    posix_spawn_file_actions_adddup2(&actions, stdin.readEnd, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout.writeEnd, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr.writeEnd, 2)
    // Descriptors the test runner opened without close-on-exec must not leak either: a daemon
    // (the tmux server) holding one open would keep the runner's pipes from ever closing.
    if let closeFrom = closeFromAction { _ = closeFrom(&actions, 3) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // The child starts with default signal handling, whatever the test runner ignores.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    sigaddset(&defaults, SIGINT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    // Test threads block most signals; a child inheriting that mask (a tmux server that never
    // sees SIGCHLD, a learnlog that never sees SIGINT) would not behave as it does for a user.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    stdin.closeReadEnd()
    stdout.closeWriteEnd()
    stderr.closeWriteEnd()
    spawnLock.unlock()
    isLocked = false
    guard spawned == 0 else {
      throw SandboxError("cannot run \(executable): \(String(cString: strerror(spawned)))")
    }
    let deadline = Date().addingTimeInterval(timeout)
    var pending = input[...]
    var output: [UInt8] = []
    var errorOutput: [UInt8] = []
    var isOutputOpen = true
    var isErrorOpen = true
    if pending.isEmpty { stdin.closeWriteEnd() }
    _ = fcntl(stdin.writeEnd, F_SETFL, O_NONBLOCK)
    // Feed input and drain both outputs until they close, so no pipe can fill up and stall.
    while (isOutputOpen || isErrorOpen) && Date() < deadline {
      var descriptors: [pollfd] = []
      if isOutputOpen { descriptors.append(pollfd(fd: stdout.readEnd, events: Int16(POLLIN), revents: 0)) }
      if isErrorOpen { descriptors.append(pollfd(fd: stderr.readEnd, events: Int16(POLLIN), revents: 0)) }
      if !pending.isEmpty { descriptors.append(pollfd(fd: stdin.writeEnd, events: Int16(POLLOUT), revents: 0)) }
      let ready = poll(&descriptors, nfds_t(descriptors.count), 100)
      if ready < 0 && errno != EINTR { break }
      for descriptor in descriptors where descriptor.revents != 0 {
        if descriptor.fd == stdin.writeEnd {
          let written = pending.withUnsafeBytes { write(stdin.writeEnd, $0.baseAddress, $0.count) }
          if written > 0 { pending = pending.dropFirst(written) }
          if written < 0 && errno != EAGAIN && errno != EINTR { pending = [][...] }
          if pending.isEmpty { stdin.closeWriteEnd() }
        } else if descriptor.fd == stdout.readEnd {
          isOutputOpen = readChunk(stdout.readEnd, into: &output)
        } else {
          isErrorOpen = readChunk(stderr.readEnd, into: &errorOutput)
        }
      }
    }
    stdin.closeWriteEnd()
    var status: Int32 = 0
    while true {
      let reaped = waitpid(pid, &status, WNOHANG)
      if reaped == pid || (reaped < 0 && errno != EINTR) { break }
      if Date() >= deadline {
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        break
      }
      usleep(10_000)
    }
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return RunResult(status: exitStatus, standardOutput: output, standardError: errorOutput)
  }

  /// Reads what is there; false at end of file.
  private static func readChunk(_ descriptor: Int32, into bytes: inout [UInt8]) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    if count > 0 {
      bytes += chunk[..<count]
      return true
    }
    return count < 0 && (errno == EINTR || errno == EAGAIN)
  }
}

private let spawnLock = NSLock()

/// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
/// module does not show; nil where it does not exist.
private let closeFromAction:
  (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
    return unsafeBitCast(
      symbol,
      to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
  }()

/// A pipe whose ends are closed on exec (the child gets copies on 0, 1, 2 only) and closed
/// when no longer needed.
private final class PipePair {
  let readEnd: Int32
  let writeEnd: Int32
  private var isReadOpen = true
  private var isWriteOpen = true

  init() throws {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else {
      throw SandboxError("cannot create a pipe (errno \(errno))")
    }
    readEnd = ends[0]
    writeEnd = ends[1]
    _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
    _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
  }

  func closeReadEnd() {
    if isReadOpen { close(readEnd) }
    isReadOpen = false
  }

  func closeWriteEnd() {
    if isWriteOpen { close(writeEnd) }
    isWriteOpen = false
  }

  deinit {
    closeReadEnd()
    closeWriteEnd()
  }
}
