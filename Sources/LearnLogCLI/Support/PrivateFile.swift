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

  /// What writing to a path does (see `destination(of:)`).
  enum Destination: Equatable {
    /// Open the path itself and write: a character device or named pipe, never replaced.
    case writeThrough
    /// Write a new file beside `target` and rename it over `target` (the end of any links).
    case replace(target: String)
  }

  /// Where writing `path` leads: a character device or named pipe (also through links, as
  /// `/dev/stdout`) is written through; anything behind a kernel link in /proc (`/dev/stdout`
  /// to a file) too; otherwise the regular file, or the name not taken yet, at the end of
  /// `path`'s symbolic links is replaced, so the links stay. Folders, block devices and
  /// sockets are refused.
  static func destination(of path: String) throws(Failure) -> Destination {
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFCHR, S_IFIFO: return .writeThrough
      case S_IFREG: break
      case S_IFDIR: throw Failure(path: path, reason: "it is a folder")
      case S_IFBLK: throw Failure(path: path, reason: "it is a block device")
      default: throw Failure(path: path, reason: "it is a socket, not a file")
      }
    }
    var target = path
    // As many links as the kernel follows (MAXSYMLINKS) before ELOOP.
    for _ in 0..<40 {
      guard let link = linkTarget(of: target) else { return .replace(target: target) }
      if isInProc(folderOf: target) { return .writeThrough }
      target = link.hasPrefix("/") ? link : FileSystem.folder(of: target) + "/" + link
    }
    throw Failure(path: path, reason: String(cString: strerror(ELOOP)))
  }

  /// What the symbolic link at `path` points to, as written in it; nil when `path` is not a link.
  private static func linkTarget(of path: String) -> String? {
    var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &bytes, bytes.count - 1)
    guard count >= 0 else { return nil }
    return String(decoding: bytes[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Whether `path`'s folder is really under /proc, whose fd links (`/proc/self/fd/1`, behind
  /// `/dev/stdout`) name open files, not paths ("pipe:[1234]", "/tmp/x (deleted)").
  private static func isInProc(folderOf path: String) -> Bool {
    guard let resolved = realpath(FileSystem.folder(of: path), nil) else { return false }
    defer { free(resolved) }
    return String(cString: resolved).hasPrefix("/proc/")
  }

  /// Writes `bytes` to `path` (replacing it), mode 0600, through a temporary name and a rename,
  /// so a failure never leaves half a file where a whole one was; see `PrivateFileWriter` for
  /// links, devices and pipes.
  static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
    let writer = try PrivateFileWriter(path: path)
    try writer.write(bytes: bytes)
    try writer.finish()
  }

  static func write(_ text: String, to path: String) throws(Failure) {
    try write(Array(text.utf8), to: path)
  }
}
