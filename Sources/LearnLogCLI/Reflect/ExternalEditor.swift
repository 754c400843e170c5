#if canImport(Glibc)
  import Glibc
#endif
import LearnLog

/// Opens the coach's editor ($VISUAL, then $EDITOR, then nano, then vi) on an answer, in a
/// private temporary file that is removed afterwards, whatever happens.
struct ExternalEditor {
  enum Result: Equatable {
    case edited(String)
    /// The file came back unchanged or empty: the edit is cancelled.
    case unchanged
    case failed(String)
  }

  let environment: [String: String]
  /// Only a terminal can host an editor; piped input cannot.
  let isAvailable: Bool
  /// The editor the settings name (flag, config file or environment), tried first.
  var preferredCommand: String? = nil

  func edit(_ initialText: String) -> Result {
    guard isAvailable else { return .failed("/edit needs a terminal; type or paste the answer instead.") }
    guard let command = editorCommand() else {
      return .failed("No editor found: set VISUAL or EDITOR (for example EDITOR=nano).")
    }
    let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/learnlog-edit-XXXXXX").utf8CString)
    // mkdtemp creates the folder with mode 0700: nobody else can list or open the file.
    guard
      let folderPointer = template.withUnsafeMutableBufferPointer({ buffer in
        buffer.baseAddress.flatMap { mkdtemp($0) }
      })
    else { return .failed("Could not make a private temporary folder in \(base).") }
    let folder = String(cString: folderPointer)
    let path = folder + "/answer.md"
    defer {
      unlink(path)
      rmdir(folder)
    }
    do throws(PrivateFile.Failure) {
      try PrivateFile.write(initialText.isEmpty ? "" : initialText + "\n", to: path)
    } catch {
      return .failed("Could not write the temporary file for the editor (\(error.reason)).")
    }
    let status = run(command, on: path)
    guard status == 0 else {
      return .failed("The editor (\(command)) exited with status \(status); the answer is unchanged.")
    }
    guard let bytes = readFile(path) else { return .failed("Could not read the edited file back.") }
    var text = String(decoding: bytes, as: UTF8.self)
    while text.hasSuffix("\n") { text.removeLast() }
    if text.trimmed.isEmpty || text == initialText { return .unchanged }
    return .edited(text)
  }

  private func editorCommand() -> String? {
    if let preferredCommand, !preferredCommand.trimmed.isEmpty { return preferredCommand }
    for name in ["VISUAL", "EDITOR"] {
      if let value = environment[name], !value.trimmed.isEmpty { return value }
    }
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    for candidate in ["nano", "vi"] where folders.contains(where: { access("\($0)/\(candidate)", X_OK) == 0 }) {
      return candidate
    }
    return nil
  }

  /// Runs the editor through the shell so values like `code --wait` work, with the path passed as
  /// a separate argument (never spliced into the command line).
  private func run(_ command: String, on path: String) -> Int32 {
    let arguments = ["/bin/sh", "-c", command + " \"$1\"", "learnlog-editor", path]
    var pid: pid_t = 0
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer { cArguments.forEach { free($0) } }
    let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, environ)
    guard spawned == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      if errno != EINTR { return -1 }
    }
    // WIFEXITED / WEXITSTATUS are macros Swift cannot see.
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
  }

  private func readFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return count == 0 ? bytes : nil }
      bytes += buffer[0..<count]
    }
  }
}
