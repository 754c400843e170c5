import Glibc

/// What a test of `-o FILE` writes to in place of /dev/null or /dev/stdout.
///
/// Run as an ordinary user, the real path: a regression cannot replace a file in /dev. Run as
/// root, where a regression would replace the system's own (as it once did), a stand-in of the
/// same kind in `folder`: a character device with /dev/null's numbers, or a link to
/// /proc/self/fd/1 as /dev/stdout is.
public enum SystemFileStandIn {
  public static func devNull(in folder: String) -> String {
    var info = stat()
    guard getuid() == 0, stat("/dev/null", &info) == 0 else { return "/dev/null" }
    let path = folder + "/null"
    return mknod(path, S_IFCHR | 0o666, info.st_rdev) == 0 ? path : "/dev/null"
  }

  public static func devStdout(in folder: String) -> String {
    guard getuid() == 0 else { return "/dev/stdout" }
    let path = folder + "/stdout"
    return symlink("/proc/self/fd/1", path) == 0 ? path : "/dev/stdout"
  }
}
