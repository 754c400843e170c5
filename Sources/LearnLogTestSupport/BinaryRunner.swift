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
  public static func run(
    _ executable: String, _ arguments: [String], input: [UInt8] = [],
    environment: [String: String], timeout: TimeInterval = 60
  ) throws -> RunResult {
    // A program that exits before reading all of its input must not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let inputPipe = Pipe()
    let outputPipe = Pipe()
    let errorPipe = Pipe()
    process.standardInput = inputPipe
    process.standardOutput = outputPipe
    process.standardError = errorPipe
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    try process.run()

    // Write and read on their own threads, so neither a large input nor a large output can
    // fill a pipe and stall both sides.
    let group = DispatchGroup()
    let collected = Collected()
    let writer = inputPipe.fileHandleForWriting
    DispatchQueue.global().async(group: group) {
      try? writer.write(contentsOf: input)
      try? writer.close()
    }
    let outputReader = outputPipe.fileHandleForReading
    DispatchQueue.global().async(group: group) {
      collected.setOutput(outputReader.readDataToEndOfFile())
    }
    let errorReader = errorPipe.fileHandleForReading
    DispatchQueue.global().async(group: group) {
      collected.setError(errorReader.readDataToEndOfFile())
    }
    if exited.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      if exited.wait(timeout: .now() + 5) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        exited.wait()
      }
    }
    // A child the program left behind could hold the pipes open; do not wait for it forever.
    _ = group.wait(timeout: .now() + 10)
    return RunResult(
      status: process.terminationStatus, standardOutput: collected.output,
      standardError: collected.error)
  }
}

/// Output gathered on background threads.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var outputBytes: [UInt8] = []
  private var errorBytes: [UInt8] = []

  func setOutput(_ data: Data) { lock.withLock { outputBytes = Array(data) } }
  func setError(_ data: Data) { lock.withLock { errorBytes = Array(data) } }
  var output: [UInt8] { lock.withLock { outputBytes } }
  var error: [UInt8] { lock.withLock { errorBytes } }
}
