import LearnLogTestSupport
import Glibc
import Testing

@testable import LearnLogTerminal

/// An unlinked temporary file holding `bytes`, open for reading from the start.
final class TemporaryInput {
  let fileDescriptor: Int32

  init(_ bytes: [UInt8]) throws {
    var template = Array("/tmp/learnlog-terminal-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    try #require(descriptor >= 0)
    unlink(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    fileDescriptor = descriptor
    if !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      try #require(written == bytes.count)
    }
    try #require(lseek(descriptor, 0, SEEK_SET) == 0)
  }

  deinit {
    close(fileDescriptor)
  }
}

