import LearnLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fresh folder under the system temporary folder, removed with everything in it when the
/// value goes away. Each test gets its own, so tests can run in parallel.
final class TemporaryFolder {
  let path: String

  init() throws {
    var template = Array("/tmp/learnlog-store-test-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    guard let created else { throw TestFailure("mkdtemp failed: errno \(errno)") }
    path = String(cString: created)
  }

  deinit {
    // Folders made read-only by a test must be writable again before they can be emptied.
    _ = chmod(path, 0o700)
    try? FileManager.default.removeItem(atPath: path)
  }

  /// A path inside the folder.
  func file(_ name: String) -> String { path + "/" + name }
}

struct TestFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// The bytes of a file, to prove that a refused file was left untouched.
func contents(of path: String) throws -> [UInt8] {
  guard let data = FileManager.default.contents(atPath: path) else {
    throw TestFailure("cannot read \(path)")
  }
  return Array(data)
}

func write(_ bytes: [UInt8], to path: String) throws {
  guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
    throw TestFailure("cannot write \(path)")
  }
}

/// The permission bits of a file or folder.
func mode(of path: String) throws -> mode_t {
  var info = stat()
  guard stat(path, &info) == 0 else { throw TestFailure("cannot stat \(path)") }
  return info.st_mode & 0o777
}

/// Runs `body` with file-system permission checks made as an unprivileged user.
///
/// Tests usually run as root here, and root can write a 0444 file, so "read-only" cannot be
/// tested by mode alone. `setfsuid` changes only the calling thread's file-system identity (and
/// drops root's override capabilities for it), so other tests running in parallel are unaffected;
/// `body` must not suspend. Glibc's module map leaves out <sys/fsuid.h>, hence dlsym.
func asUnprivilegedUser<T>(_ body: () throws -> T) throws -> T {
  guard geteuid() == 0 else { return try body() }
  typealias SetID = @convention(c) (UInt32) -> Int32
  let everywhere = UnsafeMutableRawPointer(bitPattern: 0)  // RTLD_DEFAULT
  guard let uidSymbol = dlsym(everywhere, "setfsuid"), let gidSymbol = dlsym(everywhere, "setfsgid")
  else { throw TestFailure("setfsuid is not available") }
  let setUser = unsafeBitCast(uidSymbol, to: SetID.self)
  let setGroup = unsafeBitCast(gidSymbol, to: SetID.self)
  let nobody: UInt32 = 65_534
  _ = setGroup(nobody)
  _ = setUser(nobody)
  defer {
    _ = setUser(0)
    _ = setGroup(0)
  }
  return try body()
}
