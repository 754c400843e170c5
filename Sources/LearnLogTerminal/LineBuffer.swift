import LearnLog

/// Collects bytes read from a pipe and hands out complete lines.
///
/// Lines end at `\n`; one trailing `\r` is removed (CRLF files), and invalid UTF-8 becomes
/// U+FFFD, so no input can crash the program or hide a line.
struct LineBuffer {
  private var bytes: [UInt8] = []
  /// Where the next line starts.
  private var start = 0
  /// Where to continue looking for `\n`: bytes before it are known not to contain one, so a
  /// long line arriving in many chunks is scanned once, not once per chunk.
  private var searchFrom = 0

  /// Adds bytes that were just read.
  mutating func append<Bytes: Collection>(_ chunk: Bytes) where Bytes.Element == UInt8 {
    // Drop consumed bytes once they are most of the buffer, keeping appends amortised O(1).
    if start > 0 && start >= bytes.count / 2 {
      bytes.removeFirst(start)
      searchFrom -= start
      start = 0
    }
    bytes.append(contentsOf: chunk)
  }

  /// The next complete line, or nil when no `\n` has arrived yet.
  mutating func nextLine() -> String? {
    guard let newline = bytes[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) else {
      searchFrom = bytes.count
      return nil
    }
    let line = Self.decode(bytes[start..<newline])
    start = newline + 1
    searchFrom = start
    return line
  }

  /// At end of input: the last line when it had no `\n`, or nil when nothing is left.
  mutating func remainder() -> String? {
    guard start < bytes.count else { return nil }
    let line = Self.decode(bytes[start...])
    start = bytes.count
    searchFrom = start
    return line
  }

  /// NUL bytes are kept (U+0000 is valid UTF-8): the conversation shell removes them along with
  /// other control characters and tells the coach how many, which it could not if they vanished
  /// here.
  static func decode(_ line: ArraySlice<UInt8>) -> String {
    var line = line
    if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
    return String(decoding: line, as: UTF8.self)
  }
}
