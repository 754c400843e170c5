import Foundation
import LearnLog
import Testing

/// Shared pieces of the fault tests (issue 6): a private sandbox per test, the built binary run
/// through pipes that stay open as long as the test wants, tmux for a real terminal, and the
/// check that no answer text ever reaches standard error.
enum Faults {
  /// The binary under test: `LEARNLOG_BIN`, else `.build/debug/learnlog` in this package.
  static func binary() throws -> String {
    if let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"], !path.isEmpty {
      return path
    }
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let path = root.appendingPathComponent(".build/debug/learnlog").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw FaultError("no learnlog binary at \(path): run `swift build` first or set LEARNLOG_BIN")
    }
    return path
  }

  /// The session context lines a piped reflection starts with.
  static func context(coachee: String = "Ravi") -> [String] { ["2026-11-28", coachee, "best"] }

  /// Answer `number` (1–21: the five GROW stages, then questions 1–16), each with a marker
  /// (`zqv7k…`) that appears nowhere else, so greps of stderr and raw files are exact.
  static func answer(_ number: Int, tag: String = "") -> String {
    "Answer \(number)\(tag) about the session: I listened and asked zqv7k\(number)\(tag)x."
  }

  /// Lines joined as piped input, each ending in a line break.
  static func input(_ lines: [String]) -> [UInt8] {
    Array(lines.map { $0 + "\n" }.joined().utf8)
  }

  /// Reads `show ID --json`.
  static func show(_ id: Int, in sandbox: FaultSandbox, database: String? = nil) throws -> [String: Any] {
    let result = try sandbox.run(["show", "\(id)", "--json"], database: database)
    try #require(result.status == 0, "show \(id) failed: \(result.description)")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout))
    return try #require(object as? [String: Any])
  }

  /// Every answer text stored in entry `id`: GROW stages first, then questions in order.
  static func storedAnswers(_ id: Int, in sandbox: FaultSandbox, database: String? = nil) throws -> [String] {
    let entry = try show(id, in: sandbox, database: database)
    let grow = entry["grow"] as? [String: Any] ?? [:]
    let growTexts = ["goal", "reality", "options", "will", "questions"].compactMap {
      grow[$0] as? String
    }
    let answers = (entry["answers"] as? [[String: Any]] ?? [])
      .sorted { ($0["question"] as? Int ?? 0) < ($1["question"] as? Int ?? 0) }
      .compactMap { $0["text"] as? String }
    return growTexts + answers
  }

  /// Runs `sqlite3 PATH SQL` (the Debian command-line shell), for checks independent of learnlog.
  static func sqlite(_ path: String, _ sql: String) throws -> String {
    let result = try FaultProcess.run("/usr/bin/sqlite3", [path, sql], environment: [:])
    return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static var hasSQLiteShell: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") }

  /// The mode bits of `path`, or nil when it does not exist.
  static func mode(_ path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_mode & 0o777)
  }

  /// The whole file, or empty when missing.
  static func bytes(_ path: String) -> [UInt8] {
    (FileManager.default.contents(atPath: path)).map { Array($0) } ?? []
  }

  static var isRoot: Bool { geteuid() == 0 }
}

/// A test helper failed to do its job.
struct FaultError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// A private temporary folder with its own HOME, XDG folders and database, follow-up rules off
/// (so one piped line is one step), and removed afterwards.
final class FaultSandbox: @unchecked Sendable {
  let root: String
  let databasePath: String
  /// Answer texts this test typed; none may appear on standard error of any run.
  private let secretsLock = NSLock()
  private var secretTexts: [String] = []

  init(followUps: Bool = false) throws {
    var template = Array((NSTemporaryDirectory() + "/learnlog-faults-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { throw FaultError("mkdtemp failed: \(errno)") }
    root = String(cString: made)
    databasePath = root + "/db/learnlog.sqlite3"
    for folder in ["home", "data", "config/learnlog", "state", "db"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    if !followUps {
      let ids = RuleEngine.builtIn.rules.map { "\"\($0.id)\"" }.joined(separator: ", ")
      try Data("{ disable: [\(ids)] }\n".utf8).write(
        to: URL(fileURLWithPath: root + "/config/learnlog/rules.json"))
    }
  }

  /// Shell commands run before the folder is removed (unmount, chattr -i…), newest first.
  private var cleanups: [String] = []

  func addCleanup(_ command: String) { secretsLock.withLock { cleanups.insert(command, at: 0) } }

  deinit {
    for command in cleanups { _ = system(command + " >/dev/null 2>&1") }
    try? FileManager.default.removeItem(atPath: root)
  }

  func path(_ name: String) -> String { root + "/" + name }

  /// A clean environment: nothing inherited but PATH, a UTF-8 locale unless told otherwise.
  func environment(database: String? = nil, extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "HOME": root + "/home", "XDG_DATA_HOME": root + "/data",
      "XDG_CONFIG_HOME": root + "/config", "XDG_STATE_HOME": root + "/state",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8",
      "LEARNLOG_DB": database ?? databasePath, "TMPDIR": root,
    ]
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// Remembers texts that must never show on standard error.
  func keepSecret(_ texts: [String]) {
    secretsLock.withLock { secretTexts += texts.filter { $0.utf8.count >= 12 } }
  }

  var secrets: [String] { secretsLock.withLock { secretTexts } }

  /// Runs learnlog to the end with `input` on standard input, then checks stderr for secrets.
  func run(
    _ arguments: [String], input: [UInt8] = [], database: String? = nil,
    extra: [String: String] = [:], prefix: [String] = [], timeout: TimeInterval = 120,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> FaultResult {
    let process = try start(arguments, database: database, extra: extra, prefix: prefix)
    process.write(input)
    process.closeInput()
    let result = process.wait(timeout: timeout)
    expectNoSecrets(in: result, sourceLocation: sourceLocation)
    return result
  }

  /// Starts learnlog and leaves its standard input open.
  func start(
    _ arguments: [String], database: String? = nil, extra: [String: String] = [:],
    prefix: [String] = []
  ) throws -> FaultProcess {
    let binary = try Faults.binary()
    let command = prefix + [binary] + arguments
    return try FaultProcess(command, environment: environment(database: database, extra: extra))
  }

  func expectNoSecrets(in result: FaultResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let stderr = result.err
    for secret in secrets where stderr.contains(secret) {
      Issue.record("answer text on stderr: \(secret)\n\(stderr)", sourceLocation: sourceLocation)
    }
  }

  static func quoted(_ text: String) -> String {
    "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#)
      + "'"
  }
}

/// What a finished process left behind.
struct FaultResult {
  let status: Int32
  /// True when the process was ended by a signal (`status` is then the signal number).
  let wasSignalled: Bool
  let stdout: [UInt8]
  let stderr: [UInt8]

  var out: String { String(decoding: stdout, as: UTF8.self) }
  var err: String { String(decoding: stderr, as: UTF8.self) }
  var description: String {
    "\(wasSignalled ? "signal" : "exit") \(status)\n--- stdout\n\(out)\n--- stderr\n\(err)"
  }
}

/// A running program whose standard input the test writes to at its own pace, whose output is
/// collected as it comes, and which the test can signal. (Foundation's `Process`, waited on with
/// a termination handler rather than `waitUntilExit`.)
final class FaultProcess: @unchecked Sendable {
  private let process = Process()
  private let input = Pipe()
  private let lock = NSLock()
  private var output: [UInt8] = []
  private var errors: [UInt8] = []
  private let exited = DispatchSemaphore(value: 0)
  private let readers = DispatchGroup()
  private var isInputClosed = false

  init(_ command: [String], environment: [String: String]) throws {
    signal(SIGPIPE, SIG_IGN)
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.environment = environment
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardInput = input
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    process.terminationHandler = { [exited] _ in exited.signal() }
    try process.run()
    collect(outputPipe.fileHandleForReading, isError: false)
    collect(errorPipe.fileHandleForReading, isError: true)
  }

  var pid: Int32 { process.processIdentifier }

  /// Reads on a thread of its own, not a Dispatch worker: under a full parallel test run the
  /// worker pool was taken by other blocked readers, the output was read too late, and a
  /// finished process looked as if it had printed nothing.
  private func collect(_ handle: FileHandle, isError: Bool) {
    readers.enter()
    let thread = Thread { [self] in
      defer { readers.leave() }
      while true {
        let data = handle.availableData
        if data.isEmpty { return }
        lock.withLock {
          if isError { errors += data } else { output += data }
        }
      }
    }
    thread.start()
  }

  func write(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    try? input.fileHandleForWriting.write(contentsOf: bytes)
  }

  func write(_ text: String) { write(Array(text.utf8)) }

  func closeInput() {
    guard !isInputClosed else { return }
    isInputClosed = true
    try? input.fileHandleForWriting.close()
  }

  var stdoutText: String { lock.withLock { String(decoding: output, as: UTF8.self) } }
  var stderrText: String { lock.withLock { String(decoding: errors, as: UTF8.self) } }

  /// Waits until standard output contains `text` `count` times.
  func waitForOutput(_ text: String, count: Int = 1, timeout: TimeInterval = 60) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if stdoutText.components(separatedBy: text).count - 1 >= count { return }
      if !process.isRunning { break }
      usleep(20_000)
    }
    throw FaultError("timed out waiting for “\(text)” ×\(count); stdout:\n\(stdoutText)\nstderr:\n\(stderrText)")
  }

  /// Waits until standard error contains `text`.
  func waitForError(_ text: String, timeout: TimeInterval = 60) throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if stderrText.contains(text) { return }
      if !process.isRunning { break }
      usleep(20_000)
    }
    throw FaultError("timed out waiting for “\(text)” on stderr:\n\(stderrText)")
  }

  func send(_ signalNumber: Int32) {
    kill(process.processIdentifier, signalNumber)
  }

  /// Waits for the process to end (killing it after `timeout`) and returns what it left.
  func wait(timeout: TimeInterval = 120) -> FaultResult {
    if exited.wait(timeout: .now() + timeout) == .timedOut {
      kill(process.processIdentifier, SIGKILL)
      exited.wait()
    }
    closeInput()
    // End of file comes as soon as the process is gone (unless a child it left holds the pipe).
    _ = readers.wait(timeout: .now() + 60)
    let signalled = process.terminationReason == .uncaughtSignal
    return lock.withLock {
      FaultResult(
        status: process.terminationStatus, wasSignalled: signalled, stdout: output, stderr: errors)
    }
  }

  /// Runs a program to the end.
  static func run(
    _ executable: String, _ arguments: [String], input: [UInt8] = [],
    environment: [String: String], timeout: TimeInterval = 120
  ) throws -> FaultResult {
    let process = try FaultProcess([executable] + arguments, environment: environment)
    process.write(input)
    process.closeInput()
    return process.wait(timeout: timeout)
  }
}
