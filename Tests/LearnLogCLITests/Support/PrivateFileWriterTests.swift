import Foundation
import Glibc
import LearnLogTestSupport
import Testing

@testable import LearnLogCLI

/// `-o FILE` through `PrivateFile.write`/`PrivateFileWriter`: a regular file is replaced whole
/// (mode 0600), a link stays and its target is replaced, a device or named pipe is written
/// through, never replaced.
@Suite("Private file writer")
struct PrivateFileWriterTests {
  private func status(_ path: String, following: Bool = true) -> stat? {
    var info = stat()
    return (following ? stat(path, &info) : lstat(path, &info)) == 0 ? info : nil
  }

  private func kind(_ path: String, following: Bool = true) -> mode_t? {
    status(path, following: following).map { $0.st_mode & S_IFMT }
  }

  @Test("A file that cannot be opened says what to do: a missing folder, one you cannot write")
  func openFailuresSayWhatToDo() throws {
    let folder = try ScratchFolder()
    let missing = folder.file("nowhere") + "/x.json"
    #expect(throws: PrivateFile.Failure(
      path: missing,
      reason: "the folder \(folder.file("nowhere")) does not exist; create it first, or choose another place"))
    {
      try PrivateFile.write("{}", to: missing)
    }
    #expect(
      PrivateFileWriter.openFailure("/srv/x/y.md", errno: EACCES)
        == "you cannot write in /srv/x; choose a folder of yours")
    #expect(PrivateFileWriter.openFailure(folder.file("a.md"), errno: ENOSPC) == String(cString: strerror(ENOSPC)))
  }

  @Test func aRegularFileIsReplacedWithMode0600() throws {
    let folder = try ScratchFolder()
    let path = try folder.write("old text that is longer\n", to: "out.json")
    chmod(path, 0o644)
    try PrivateFile.write("new\n", to: path)
    #expect(try folder.read("out.json") == "new\n")
    #expect(status(path).map { $0.st_mode & 0o777 } == 0o600)
  }

  @Test func aLinkToAFileStaysAndItsTargetIsReplaced() throws {
    let folder = try ScratchFolder()
    let target = try folder.write("old\n", to: "tgt.txt")
    chmod(target, 0o644)
    let link = folder.file("lnk.json")
    #expect(symlink("tgt.txt", link) == 0)
    try PrivateFile.write("new\n", to: link)
    #expect(kind(link, following: false) == S_IFLNK)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "tgt.txt")
    #expect(try folder.read("tgt.txt") == "new\n")
    #expect(status(target).map { $0.st_mode & 0o777 } == 0o600)
  }

  @Test func aLinkToANameNotTakenYetCreatesTheTarget() throws {
    let folder = try ScratchFolder()
    let link = folder.file("lnk.json")
    // An absolute link, through a second relative one.
    #expect(symlink(folder.file("middle"), link) == 0)
    #expect(symlink("new.json", folder.file("middle")) == 0)
    try PrivateFile.write("new\n", to: link)
    #expect(kind(link, following: false) == S_IFLNK)
    #expect(kind(folder.file("middle"), following: false) == S_IFLNK)
    #expect(kind(folder.file("new.json"), following: false) == S_IFREG)
    #expect(try folder.read("new.json") == "new\n")
  }

  @Test func devNullStaysACharacterDevice() throws {
    let folder = try ScratchFolder()
    let null = SystemFileStandIn.devNull(in: folder.path)
    let before = try #require(status(null))
    try PrivateFile.write("into the void\n", to: null)
    let after = try #require(status(null, following: false))
    #expect(after.st_mode & S_IFMT == S_IFCHR)
    #expect(after.st_rdev == before.st_rdev)
    #expect(after.st_mode == before.st_mode)
  }

  @Test func aNamedPipeIsWrittenThroughAndStays() throws {
    let folder = try ScratchFolder()
    let fifo = folder.file("pipe")
    #expect(mkfifo(fifo, 0o644) == 0)
    // A reader first (non-blocking, so opening it does not wait for the writer).
    let reader = open(fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    try #require(reader >= 0)
    defer { close(reader) }
    let text = String(repeating: "line of text\n", count: 100)
    try PrivateFile.write(text, to: fifo)
    var received: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(reader, &chunk, chunk.count)
      if count <= 0 { break }
      received += chunk[..<count]
    }
    #expect(String(decoding: received, as: UTF8.self) == text)
    #expect(kind(fifo, following: false) == S_IFIFO)
    #expect(status(fifo).map { $0.st_mode & 0o777 } == 0o644)
    #expect(!FileManager.default.fileExists(atPath: fifo + ".tmp-\(getpid())"))
  }

  @Test func aLinkToANamedPipeIsWrittenThrough() throws {
    let folder = try ScratchFolder()
    let fifo = folder.file("pipe")
    #expect(mkfifo(fifo, 0o600) == 0)
    let link = folder.file("lnk")
    #expect(symlink("pipe", link) == 0)
    let reader = open(fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    try #require(reader >= 0)
    defer { close(reader) }
    try PrivateFile.write("through\n", to: link)
    var chunk = [UInt8](repeating: 0, count: 64)
    let count = read(reader, &chunk, chunk.count)
    #expect(count == 8)
    #expect(kind(link, following: false) == S_IFLNK)
    #expect(kind(fifo, following: false) == S_IFIFO)
  }

  @Test func aFolderIsRefusedAtOnce() throws {
    let folder = try ScratchFolder()
    #expect(throws: PrivateFile.Failure(path: folder.path, reason: "it is a folder")) {
      _ = try PrivateFileWriter(path: folder.path)
    }
  }
}
