import Foundation

/// The first executable called `name` on the usual system paths, or `nil` when the tool is not
/// installed (tests that need it then skip their check).
func findExecutable(_ name: String) -> String? {
  let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    .split(separator: ":").map(String.init)
  return folders.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

struct ProcessResult {
  var status: Int32
  var output: String
  var errorOutput: String
}

/// Runs a tool with `input` on standard input and collects its output.
func runProcess(
  _ executable: String, _ arguments: [String], input: String = "",
  environment: [String: String]? = nil
) throws -> ProcessResult {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  if let environment { process.environment = environment }
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  stdin.fileHandleForWriting.write(Data(input.utf8))
  try stdin.fileHandleForWriting.close()
  // Read before waiting so a large output cannot fill the pipe and stall the tool.
  let output = stdout.fileHandleForReading.readDataToEndOfFile()
  let errorOutput = stderr.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return ProcessResult(
    status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
    errorOutput: String(decoding: errorOutput, as: UTF8.self))
}
