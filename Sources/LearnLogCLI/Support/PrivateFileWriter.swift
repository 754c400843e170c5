#if canImport(Glibc)
  import Glibc
#endif

/// Writes a private file (mode 0600 whatever the umask) piece by piece, for exports too large
/// to build in memory first. The text goes to a temporary name beside the file and is renamed
/// into place by `finish`, so a failure half-way never leaves half a file where a whole one was;
/// a writer dropped without `finish` removes its temporary file.
final class PrivateFileWriter {
  let path: String
  private let temporary: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private static let bufferSize = 1 << 16

  init(path: String) throws(PrivateFile.Failure) {
    self.path = path
    temporary = path + ".tmp-\(getpid())"
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw PrivateFile.Failure(path: path, reason: String(cString: strerror(errno)))
    }
    // The umask can only narrow the mode, but a file left from a crash may be wider: set it.
    fchmod(descriptor, 0o600)
    buffer.reserveCapacity(Self.bufferSize)
  }

  deinit {
    if descriptor >= 0 {
      close(descriptor)
      unlink(temporary)
    }
  }

  func write(_ text: String) throws(PrivateFile.Failure) {
    try write(bytes: text.utf8)
  }

  func write(bytes: some Sequence<UInt8>) throws(PrivateFile.Failure) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.bufferSize { try flush() }
  }

  /// Writes what is buffered, syncs it to disk and puts the file in place.
  func finish() throws(PrivateFile.Failure) {
    try flush()
    let synced = fsync(descriptor) == 0
    let reason = String(cString: strerror(errno))
    close(descriptor)
    descriptor = -1
    guard synced else {
      unlink(temporary)
      throw PrivateFile.Failure(path: path, reason: reason)
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
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
