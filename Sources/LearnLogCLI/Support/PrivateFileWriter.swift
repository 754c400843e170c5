#if canImport(Glibc)
  import Glibc
#endif

/// Writes a private file (mode 0600 whatever the umask) piece by piece, for exports too large
/// to build in memory first. The text goes to a temporary name beside the file and is renamed
/// into place by `finish`, so a failure half-way never leaves half a file where a whole one was;
/// a writer dropped without `finish` removes its temporary file.
///
/// Where `path` leads is decided first (`PrivateFile.destination`): a symbolic link stays and the
/// file it points to is replaced; a character device or a named pipe (`/dev/null`, `/dev/stdout`,
/// a FIFO) is written through, never replaced or chmod-ed; a folder is refused.
final class PrivateFileWriter {
  let path: String
  /// The temporary file `finish` renames over `target`; nil when writing through.
  private let replacement: (temporary: String, target: String)?
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private static let bufferSize = 1 << 16

  init(path: String) throws(PrivateFile.Failure) {
    self.path = path
    switch try PrivateFile.destination(of: path) {
    case .writeThrough:
      replacement = nil
      // O_APPEND: a regular file reached through /dev/stdout (`>> log`) is added to, not
      // overwritten from its start; a device or pipe does not care.
      descriptor = open(path, O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC)
    case .replace(let target):
      let temporary = target + ".tmp-\(getpid())"
      replacement = (temporary, target)
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
    }
    guard descriptor >= 0 else {
      throw PrivateFile.Failure(path: path, reason: Self.openFailure(path, errno: errno))
    }
    // The umask can only narrow the mode, but a file left from a crash may be wider: set it.
    if replacement != nil { fchmod(descriptor, 0o600) }
    buffer.reserveCapacity(Self.bufferSize)
  }

  /// Why `path` could not be opened to write, with what to do where the cause is plain.
  static func openFailure(_ path: String, errno code: Int32) -> String {
    let folder = FileSystem.folder(of: path)
    switch code {
    case ENOENT where !FileSystem.isFolder(folder):
      return "the folder \(folder) does not exist; create it first, or choose another place"
    case EACCES, EPERM:
      return "you cannot write in \(folder); choose a folder of yours"
    case EROFS:
      return "\(folder) is on a read-only file system; choose another place"
    default:
      return String(cString: strerror(code))
    }
  }

  deinit {
    if descriptor >= 0 {
      close(descriptor)
      if let replacement { unlink(replacement.temporary) }
    }
  }

  func write(_ text: String) throws(PrivateFile.Failure) {
    try write(bytes: text.utf8)
  }

  func write(bytes: some Sequence<UInt8>) throws(PrivateFile.Failure) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.bufferSize { try flush() }
  }

  /// Writes what is buffered, syncs it to disk and puts the file in place (or, writing through,
  /// closes the device or pipe).
  func finish() throws(PrivateFile.Failure) {
    try flush()
    guard let replacement else {
      let closed = close(descriptor) == 0
      descriptor = -1
      guard closed else {
        throw PrivateFile.Failure(path: path, reason: String(cString: strerror(errno)))
      }
      return
    }
    let synced = fsync(descriptor) == 0
    let reason = String(cString: strerror(errno))
    close(descriptor)
    descriptor = -1
    guard synced else {
      unlink(replacement.temporary)
      throw PrivateFile.Failure(path: path, reason: reason)
    }
    guard rename(replacement.temporary, replacement.target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(replacement.temporary)
      throw PrivateFile.Failure(path: path, reason: reason)
    }
  }

  private func flush() throws(PrivateFile.Failure) {
    var offset = 0
    while offset < buffer.count {
      let written = buffer[offset...].withUnsafeBytes { bytes in
        Glibc.write(descriptor, bytes.baseAddress, bytes.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw PrivateFile.Failure(path: path, reason: String(cString: strerror(errno)))
      }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
