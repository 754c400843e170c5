import LearnLog

#if canImport(Glibc)
  import Glibc
#endif

/// learnlog's command history: the `/commands` typed in reflections and the command lines
/// learnlog was started with, never an answer. One entry a line, newest last, at most `limit`
/// lines.
///
/// The file is created 0600 in a 0700 folder whatever the umask. Several learnlog processes may
/// write at once: each append takes an exclusive `flock`, writes with `O_APPEND`, and trims the
/// file in place under the same lock, so every writer always locks the same file.
///
/// Nothing reads the file back into line editing: see docs/ARCHITECTURE.md ("Command history").
struct HistoryFile: Sendable {
  /// How many lines the file keeps unless told otherwise.
  static let defaultLimit = 500
  /// Longer lines are cut: a history line is a command, never a document.
  static let maximumLineLength = 1000

  let path: String
  let limit: Int

  init(path: String, limit: Int = HistoryFile.defaultLimit) {
    self.path = path
    self.limit = max(1, limit)
  }

  /// `$XDG_STATE_HOME/learnlog/history`, else `~/.local/state/learnlog/history`. A relative or
  /// empty `XDG_STATE_HOME` is ignored, as the XDG base directory spec requires.
  static func defaultPath(environment: [String: String]) -> String {
    var stateHome: String
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      stateHome = xdg
    } else {
      stateHome = homeFolder(environment: environment) + "/.local/state"
    }
    while stateHome.count > 1 && stateHome.hasSuffix("/") { stateHome.removeLast() }
    return stateHome + "/learnlog/history"
  }

  private var folder: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Appends `entries` (each made into one line), then trims the file to the newest `limit`
  /// lines. Empty entries are ignored.
  func append(_ entries: [String]) throws(PrivateFile.Failure) {
    let lines = entries.map(Self.oneLine).filter { !$0.isEmpty }
    guard !lines.isEmpty else { return }
    try PrivateFile.makeFolder(folder)
    // Our own folder is private even if something made it wider; parents are the user's.
    chmod(folder, 0o700)
    let descriptor = try openLocked()
    defer { close(descriptor) }  // closing releases the lock
    try write(Array((lines.joined(separator: "\n") + "\n").utf8), to: descriptor)
    try trim(descriptor)
  }

  func append(_ entry: String) throws(PrivateFile.Failure) {
    try append([entry])
  }

  /// The lines in the file, oldest first; none when it does not exist yet.
  func lines() throws(PrivateFile.Failure) -> [String] {
    guard FileSystem.exists(path) else { return [] }
    let text = String(decoding: try FileSystem.read(path), as: UTF8.self)
    return text.split(separator: "\n").map(String.init)
  }

  // MARK: - Locking and writing

  /// Opens the file for appending and locks it. Every writer locks the same file (it is never
  /// replaced, only rewritten in place under the lock), so the lock serialises them all.
  private func openLocked() throws(PrivateFile.Failure) -> Int32 {
    let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw failure() }
    while flock(descriptor, LOCK_EX) != 0 {
      if errno != EINTR {
        let error = failure()
        close(descriptor)
        throw error
      }
    }
    // The umask may have narrowed the mode, and an old file may be wider: set it exactly.
    var opened = stat()
    if fstat(descriptor, &opened) == 0, opened.st_mode & 0o777 != 0o600 { fchmod(descriptor, 0o600) }
    return descriptor
  }

  private func write(_ bytes: [UInt8], to descriptor: Int32) throws(PrivateFile.Failure) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure()
      }
      offset += written
    }
  }

  /// Keeps the newest `limit` lines, rewriting the file in place with the lock held. An earlier
  /// version renamed a trimmed copy over the file; a writer could then hold a lock on the old
  /// copy while another appended to the new one, and a line was lost now and then.
  private func trim(_ descriptor: Int32) throws(PrivateFile.Failure) {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset: off_t = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure()
      }
      if count == 0 { break }
      bytes += buffer[0..<count]
      offset += off_t(count)
    }
    let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
    guard lines.count > limit else { return }
    var kept: [UInt8] = []
    for line in lines.suffix(limit) {
      kept += line
      kept.append(UInt8(ascii: "\n"))
    }
    // O_APPEND: after truncating, the write lands at the start.
    guard ftruncate(descriptor, 0) == 0 else { throw failure() }
    try write(kept, to: descriptor)
  }

  private func failure() -> PrivateFile.Failure {
    PrivateFile.Failure(path: path, reason: String(cString: strerror(errno)))
  }

  /// Line breaks and other control characters become spaces, so one entry is one line.
  static func oneLine(_ entry: String) -> String {
    var line = String(
      String.UnicodeScalarView(
        entry.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    line = line.trimmed
    if line.utf8.count > maximumLineLength {
      line = String(line.prefix(maximumLineLength))
      while line.utf8.count > maximumLineLength { line.removeLast() }
    }
    return line
  }

  private static func homeFolder(environment: [String: String]) -> String {
    if let home = environment["HOME"], !home.isEmpty { return home }
    if let account = getpwuid(getuid()), let folder = account.pointee.pw_dir {
      return String(cString: folder)
    }
    return "."
  }
}
