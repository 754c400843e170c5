#if canImport(Glibc)
  import Glibc
#endif

/// Keeps one reflection open in one learnlog at a time. Two terminals resuming the same draft
/// would overwrite each other's answers; the second is refused instead.
///
/// A POSIX record lock on one byte (the entry's id) of `<log>.lock` beside the log: the kernel
/// releases it when the process ends, however it ends, so a crash never leaves a stale lock,
/// and the one small file serves every entry.
final class DraftLock {
  private let descriptor: Int32

  /// Takes the lock for `entryID`, or returns nil when another process holds it. When the lock
  /// file cannot be made at all (a read-only folder), the reflection goes ahead unlocked: the
  /// store reports that problem itself.
  init?(databasePath: String, entryID: Int64) {
    let path = databasePath + ".lock"
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    self.descriptor = descriptor
    guard descriptor >= 0 else { return }
    fchmod(descriptor, 0o600)
    var lock = flock()
    lock.l_type = Int16(F_WRLCK)
    lock.l_whence = Int16(SEEK_SET)
    lock.l_start = off_t(entryID)
    lock.l_len = 1
    if fcntl(descriptor, F_SETLK, &lock) != 0 {
      close(descriptor)
      return nil
    }
  }

  deinit {
    // Closing the file releases the lock.
    if descriptor >= 0 { close(descriptor) }
  }
}
