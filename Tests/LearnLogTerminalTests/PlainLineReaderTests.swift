import LearnLogTestSupport
import Glibc
import Testing

@testable import LearnLogTerminal

/// Feeds bytes through a real file descriptor, as a pipe would.
private func reader(
  for bytes: [UInt8], promptConsole: Console? = nil
) throws -> (PlainLineReader, TemporaryInput) {
  let input = try TemporaryInput(bytes)
  return (
    PlainLineReader(fileDescriptor: input.fileDescriptor, promptConsole: promptConsole), input
  )
}

private func readAll(_ reader: PlainLineReader) -> [LineInput] {
  var results: [LineInput] = []
  while true {
    let input = reader.readLine(prompt: "› ")
    results.append(input)
    if input == .endOfInput || results.count > 100_000 { return results }
  }
}

@Suite("Plain line reader")
struct PlainLineReaderTests {
  @Test(
    "splits and decodes lines",
    arguments: [
      (Array("one\ntwo\n".utf8), [LineInput.line("one"), .line("two"), .endOfInput]),
      (Array("no final newline".utf8), [.line("no final newline"), .endOfInput]),
      (Array("crlf\r\nend\r\n".utf8), [.line("crlf"), .line("end"), .endOfInput]),
      (Array("你好世界\n한국어\n".utf8), [.line("你好世界"), .line("한국어"), .endOfInput]),
      ([0x61, 0xFF, 0xFE, 0x62, 0x0A], [.line("a\u{FFFD}\u{FFFD}b"), .endOfInput]),
      ([0xE4, 0xBD, 0x0A], [.line("\u{FFFD}"), .endOfInput]),  // truncated 你
      ([0x61, 0x00, 0x62, 0x00, 0x0A], [.line("a\u{0}b\u{0}"), .endOfInput]),  // NULs kept: the shell removes and reports them
      (Array("\n\n".utf8), [.line(""), .line(""), .endOfInput]),
      ([], [.endOfInput]),
      (Array("/done\n".utf8), [.line("/done"), .endOfInput]),
      (Array("inner\rcr\n".utf8), [.line("inner\rcr"), .endOfInput]),
    ] as [([UInt8], [LineInput])])
  func lines(bytes: [UInt8], expected: [LineInput]) throws {
    let (reader, input) = try reader(for: bytes)
    #expect(readAll(reader) == expected)
    withExtendedLifetime(input) {}
  }

  @Test("a 200 KB line arrives whole")
  func longLine() throws {
    let long = String(repeating: "長い答え ", count: 200_000 / 13 + 1)
    let bytes = Array((long + "\nnext\n").utf8)
    #expect(bytes.count > 200_000)
    let (reader, input) = try reader(for: bytes)
    #expect(readAll(reader) == [.line(long), .line("next"), .endOfInput])
    withExtendedLifetime(input) {}
  }

  @Test("many lines read quickly")
  func manyLines() throws {
    let text = (0..<20_000).map { "answer \($0)" }.joined(separator: "\n")
    let (reader, input) = try reader(for: Array(text.utf8))
    let results = readAll(reader)
    #expect(results.count == 20_001)
    #expect(results[19_999] == .line("answer 19999"))
    withExtendedLifetime(input) {}
  }

  @Test("at end of input it keeps answering endOfInput")
  func endIsSticky() throws {
    let (reader, input) = try reader(for: Array("x".utf8))
    #expect(reader.readLine(prompt: "") == .line("x"))
    #expect(reader.readLine(prompt: "") == .endOfInput)
    #expect(reader.readLine(prompt: "") == .endOfInput)
    withExtendedLifetime(input) {}
  }

  @Test("prompts are shown without colour, each followed by a line break")
  func prompts() throws {
    let console = CapturingConsole()
    let (reader, input) = try reader(for: Array("Ravi\n".utf8), promptConsole: console)
    #expect(!reader.isInteractive)
    reader.preload("ignored")
    reader.rememberAnswer("ignored")
    #expect(reader.readLine(prompt: "Who? \u{1B}[1;36m›\u{1B}[0m ") == .line("Ravi"))
    #expect(reader.readLine(prompt: "Next › ") == .endOfInput)
    #expect(console.output == "Who? › \nNext › \n")
    withExtendedLifetime(input) {}
  }

  @Test("through a real pipe, written in pieces")
  func pipe() throws {
    var ends: [Int32] = [-1, -1]
    try #require(Glibc.pipe(&ends) == 0)
    defer { close(ends[0]) }
    let reader = PlainLineReader(fileDescriptor: ends[0])
    for piece in ["par", "tial\nsec", "ond\n"] {
      FileDescriptorWriter.writeAll(piece, to: ends[1])
    }
    close(ends[1])
    #expect(readAll(reader) == [.line("partial"), .line("second"), .endOfInput])
  }
}

@Suite("Line buffer")
struct LineBufferTests {
  @Test("a line split across many chunks")
  func chunks() {
    var buffer = LineBuffer()
    let bytes = Array("你好世界\r\nrest".utf8)
    for byte in bytes {
      buffer.append([byte])
      if byte == 0x0A { break }
    }
    #expect(buffer.nextLine() == "你好世界")
    #expect(buffer.nextLine() == nil)
    buffer.append(Array("rest".utf8))
    #expect(buffer.nextLine() == nil)
    #expect(buffer.remainder() == "rest")
    #expect(buffer.remainder() == nil)
  }
}
