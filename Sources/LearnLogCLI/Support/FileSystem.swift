#if canImport(Glibc)
  import Glibc
#endif

/// The few file-system questions commands ask, answered with POSIX calls.
enum FileSystem {
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Whether something has this name, a symbolic link to nothing included.
  static func existsOrDangles(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Whether `path` is a regular file (or a link to one) with nothing in it.
  static func isEmptyFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && info.st_size == 0
  }

  /// Whether `path` is a folder (or a link to one).
  static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The folder `path` would be in: everything before the last `/` ("." for a bare name, "/" for
  /// a name at the root). `a/b/` is in `a`.
  static func folder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
  }

  /// The nearest existing ancestor of `path` when it is not a folder (a file in the way, so
  /// `path` can never be created), else nil.
  static func blockingAncestor(of path: String) -> String? {
    var folder = Substring(path)
    while let slash = folder.lastIndex(of: "/") {
      folder = folder[..<slash]
      guard !folder.isEmpty else { return nil }
      var info = stat()
      if stat(String(folder), &info) == 0 {
        return (info.st_mode & S_IFMT) == S_IFDIR ? nil : String(folder)
      }
    }
    return nil
  }

  /// `-`, which names standard input where a command reads a file (`import -`).
  static let standardInput = "-"

  /// How a message names what `path` reads: `standard input` for `-`, else the path.
  static func displayName(_ path: String) -> String {
    path == standardInput ? "standard input" : path
  }

  /// Opens a file to read, or a descriptor of its own on standard input for `-` (closing it
  /// leaves the process's standard input open).
  static func openForReading(_ path: String) -> Int32 {
    path == standardInput
      ? fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 0) : open(path, O_RDONLY | O_CLOEXEC)
  }

  /// Why `openForReading(path)` failed, from `errno`.
  static func openFailure(_ path: String) -> String {
    path == standardInput && errno == EBADF ? "it is closed" : String(cString: strerror(errno))
  }

  /// The most any whole-file read takes in: a reflection, a rule file or the config is a few
  /// pages, and anything bigger is almost certainly the wrong file (or `/dev/zero`).
  static let wholeFileLimit = 16 * 1024 * 1024

  /// Reads a whole file (`-`: standard input) of at most `limit` bytes, or reports why not in
  /// words a user understands. Reading stops at the limit, so an endless input (a device, a
  /// pipe from `yes`) is refused rather than filling memory.
  static func read(_ path: String, limit: Int = wholeFileLimit) throws(PrivateFile.Failure)
    -> [UInt8]
  {
    let descriptor = openForReading(path)
    guard descriptor >= 0 else {
      throw PrivateFile.Failure(path: path, reason: FileSystem.openFailure(path))
    }
    defer { close(descriptor) }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw PrivateFile.Failure(path: path, reason: "it is a folder")
    }
    let tooLarge = PrivateFile.Failure(
      path: path, reason: "it holds more than \(ByteCount.describe(limit)); is it the right file?")
    if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > limit { throw tooLarge }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(info.st_size > 0 ? min(Int(info.st_size), limit) : 65536)
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw PrivateFile.Failure(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else { throw tooLarge }
      bytes.append(contentsOf: buffer[0..<count])
    }
  }
}

/// Sizes as a person reads them.
enum ByteCount {
  /// `16 MiB`, `512 KiB`, `300 bytes`: whole units only, as limits are.
  static func describe(_ bytes: Int) -> String {
    if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
    if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
    return bytes == 1 ? "1 byte" : "\(bytes) bytes"
  }
}

/// A file read in chunks of 64 KiB, for imports whose memory must not grow with the file.
final class FileChunks {
  let path: String
  /// The size when opened, for a progress bar (0 when unknown, as for a pipe).
  let size: Int
  private let descriptor: Int32

  /// Opens the file (`-`: standard input), or reports why not in words a user understands.
  init(path: String) throws(PrivateFile.Failure) {
    self.path = path
    let descriptor = FileSystem.openForReading(path)
    guard descriptor >= 0 else {
      throw PrivateFile.Failure(path: path, reason: FileSystem.openFailure(path))
    }
    var info = stat()
    if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      close(descriptor)
      throw PrivateFile.Failure(path: path, reason: "it is a folder")
    }
    self.descriptor = descriptor
    size = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
  }

  deinit { close(descriptor) }

  /// Calls `body` with each chunk in order and the bytes read so far, until the end of the
  /// file. A failed read throws `PrivateFile.Failure`.
  func forEach(_ body: (UnsafeBufferPointer<UInt8>, _ bytesRead: Int) throws -> Void) throws {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var total = 0
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw PrivateFile.Failure(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { return }
      total += count
      try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count]), total) }
    }
  }
}
