#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Creates the database's folder and file so that only the owner can read them.
///
/// Reflections name real people; the permissions must not depend on the umask of whoever starts
/// learnlog, so modes are set explicitly with chmod/fchmod after creation.
enum PrivateFile {
  static let folderMode: mode_t = 0o700
  static let fileMode: mode_t = 0o600

  /// Creates every missing folder on the way to `path`'s parent with mode 0700. Folders that
  /// already exist are left as they are: they may be shared on purpose.
  static func createParentFolder(of path: String) throws(StoreError) {
    let parent = parentFolder(of: path)
    guard !parent.isEmpty, !isDirectory(parent) else { return }
    var prefix = parent.hasPrefix("/") ? "" : "."
    for component in parent.split(separator: "/") {
      prefix += "/" + component
      if isDirectory(prefix) { continue }
      if mkdir(prefix, folderMode) != 0 {
        // Another process may have created it in the meantime; the check below catches a file.
        if errno == EEXIST { continue }
        throw .cannotCreateFolder(path: parent, reason: lastErrorText())
      }
      if chmod(prefix, folderMode) != 0 {
        throw .cannotCreateFolder(path: parent, reason: lastErrorText())
      }
    }
    guard isDirectory(parent) else {
      throw .cannotCreateFolder(path: parent, reason: "a file of that name is in the way")
    }
  }

  /// Creates `path` empty with mode 0600 when it does not exist yet; an existing file is left
  /// as it is (SQLite will report what it finds in it), but for its mode when it is empty.
  static func createIfMissing(_ path: String) throws(StoreError) {
    let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
    if descriptor < 0 {
      guard errno == EEXIST else { throw .notWritable(path: path, reason: lastErrorText()) }
      restrictIfEmpty(path)
      return
    }
    defer { close(descriptor) }
    if fchmod(descriptor, fileMode) != 0 {
      throw .notWritable(path: path, reason: lastErrorText())
    }
  }

  /// An empty file given as the log (`touch log.db` first, under a umask of 022) is about to
  /// receive the reflections: it gets mode 0600 like a file learnlog creates. A file that
  /// already holds a log keeps the mode its owner chose; `doctor` says when others can read it.
  private static func restrictIfEmpty(_ path: String) {
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size == 0,
      info.st_uid == getuid()
    else { return }
    restrict(path)
  }

  /// Sets mode 0600 on a file SQLite created beside the database (`-wal`, `-shm`), if present.
  /// SQLite already copies the database's mode to them; this is a second lock on the door.
  static func restrict(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
      (info.st_mode & 0o777) != fileMode
    else { return }
    // A failure leaves the mode SQLite chose (the database's own); nothing better to do.
    _ = chmod(path, fileMode)
  }

  /// What `path` is when it exists and is not a regular file (following links): "a folder",
  /// "a device"…; nil for a regular file or nothing at all.
  static func nonRegularKind(_ path: String) -> String? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a folder"
    case S_IFCHR, S_IFBLK: return "a device"
    case S_IFIFO: return "a named pipe"
    case S_IFSOCK: return "a socket"
    default: return "something other than a file"
    }
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Everything before the last `/`, or "" for a bare file name.
  static func parentFolder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    let parent = String(path[..<slash])
    return parent.isEmpty ? "/" : parent
  }

  static func lastErrorText() -> String {
    guard let text = strerror(errno) else { return "error \(errno)" }
    return String(cString: text)
  }
}
