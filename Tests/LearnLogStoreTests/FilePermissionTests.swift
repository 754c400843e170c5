import LearnLog
import Testing

@testable import LearnLogStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Files and permissions")
struct FilePermissionTests {
  @Test func createsAPrivateFolderAndFileEvenWithUmaskZero() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("data/learnlog/log.sqlite3")
    let previous = umask(0)
    defer { umask(previous) }
    let store = try LogStore(path: path)
    try store.createEntry(Fixtures.importedEntry())
    #expect(try mode(of: folder.file("data")) == 0o700)
    #expect(try mode(of: folder.file("data/learnlog")) == 0o700)
    #expect(try mode(of: path) == 0o600)
    #expect(try mode(of: path + "-wal") == 0o600)
    #expect(try mode(of: path + "-shm") == 0o600)
  }

  @Test func leavesAnExistingFolderAlone() throws {
    let folder = try TemporaryFolder()
    _ = chmod(folder.path, 0o755)
    _ = try LogStore(path: folder.file("log.sqlite3"))
    #expect(try mode(of: folder.path) == 0o755)
    #expect(try mode(of: folder.file("log.sqlite3")) == 0o600)
  }

  @Test func aFileInTheWayOfTheFolderIsReported() throws {
    let folder = try TemporaryFolder()
    try write(Array("x".utf8), to: folder.file("blocker"))
    let path = folder.file("blocker/learnlog/log.sqlite3")
    #expect {
      try LogStore(path: path)
    } throws: { error in
      guard case StoreError.cannotCreateFolder(let failing, _) = error else { return false }
      return failing == folder.file("blocker/learnlog")
    }
  }

  @Test func aReadOnlyFileGivesTheReadOnlyError() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    try LogStore(path: path).createEntry(Fixtures.importedEntry())
    // Others may enter the folder and read the file, nobody may write either.
    _ = chmod(folder.path, 0o555)
    _ = chmod(path, 0o444)
    defer { _ = chmod(folder.path, 0o700) }
    let before = try contents(of: path)
    let error = try asUnprivilegedUser { () -> (any Error)? in
      do {
        _ = try LogStore(path: path)
        return nil
      } catch {
        return error
      }
    }
    #expect(error as? StoreError == .readOnly(path: path))
    #expect(try contents(of: path) == before)
  }

  @Test func anUnwritableFolderIsReported() throws {
    let folder = try TemporaryFolder()
    _ = chmod(folder.path, 0o555)
    defer { _ = chmod(folder.path, 0o700) }
    let path = folder.file("log.sqlite3")
    let error = try asUnprivilegedUser { () -> (any Error)? in
      do {
        _ = try LogStore(path: path)
        return nil
      } catch {
        return error
      }
    }
    guard case StoreError.notWritable(let failing, _)? = error as? StoreError else {
      Issue.record("expected notWritable, got \(String(describing: error))")
      return
    }
    #expect(failing == path)
  }
}
