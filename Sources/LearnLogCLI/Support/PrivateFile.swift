#if canImport(Glibc)
  import Glibc
#endif
import LearnLog

/// Writes files only their owner can read (0600, folders 0700), whatever the umask: reflections
/// name real people, and exports, briefs and recovery files carry the same text.
enum PrivateFile {
  struct Failure: Error, Equatable {
    let path: String
    let reason: String
  }

  /// Creates `folder` and any missing parents with mode 0700 (existing folders are left alone).
  static func makeFolder(_ folder: String) throws(Failure) {
    var current = folder.hasPrefix("/") ? "" : "."
    for component in folder.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) != 0 && errno != EEXIST {
        throw Failure(path: current, reason: String(cString: strerror(errno)))
      }
    }
  }

  /// Writes `bytes` to `path` (replacing it), mode 0600. Writes to a temporary name first and
  /// renames, so a failure never leaves half a file where a whole one was.
  static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
    // The umask may have narrowed the mode; it can never widen it, but set it exactly anyway.
    fchmod(descriptor, 0o600)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(temporary)
        throw Failure(path: path, reason: reason)
      }
      offset += written
    }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard synced, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(path: path, reason: reason)
    }
  }

  static func write(_ text: String, to path: String) throws(Failure) {
    try write(Array(text.utf8), to: path)
  }
}
