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

  /// Writes `bytes` to `path` (replacing it), mode 0600, through a temporary name and a rename,
  /// so a failure never leaves half a file where a whole one was.
  static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let writer = try PrivateFileWriter(path: path)
    try writer.write(bytes: bytes)
    try writer.finish()
  }

  static func write(_ text: String, to path: String) throws(Failure) {
    try write(Array(text.utf8), to: path)
  }
}
