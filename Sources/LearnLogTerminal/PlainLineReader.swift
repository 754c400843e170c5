import Glibc
import LearnLog

/// Reads lines from a pipe or file: no echo, no editing, no escape codes.
///
/// Used whenever standard input or output is not a terminal, because readline would echo piped
/// input into the output and transcripts.
public final class PlainLineReader: LineReader {
  public let isInteractive = false
  private let fileDescriptor: Int32
  private let promptConsole: Console?
  private var buffer = LineBuffer()
  private var isAtEnd = false
  /// Large reads keep a 100 KB answer to a few system calls.
  private static let chunkSize = 64 * 1024

  /// A reader on `fileDescriptor` (standard input, 0, by default).
  /// - Parameter promptConsole: where to show prompts, without colour and followed by a line
  ///   break once the answer is read, so piped output stays line-structured; nil shows none.
  public init(fileDescriptor: Int32 = 0, promptConsole: Console? = nil) {
    self.fileDescriptor = fileDescriptor
    self.promptConsole = promptConsole
  }

  public func readLine(prompt: String) -> LineInput {
    let shownPrompt = PromptEscapes.stripped(prompt)
    if let promptConsole, !shownPrompt.isEmpty { promptConsole.write(shownPrompt) }
    let input = nextInput()
    if let promptConsole, !shownPrompt.isEmpty, !shownPrompt.hasSuffix("\n") {
      promptConsole.write("\n")
    }
    return input
  }

  /// Plain input has no recall.
  public func rememberAnswer(_ text: String) {}

  /// Plain input cannot be edited, so there is nothing to preload.
  public func preload(_ text: String) {}

  private func nextInput() -> LineInput {
    while true {
      if let line = buffer.nextLine() { return .line(line) }
      if isAtEnd {
        if let line = buffer.remainder() { return .line(line) }
        return .endOfInput
      }
      readChunk()
    }
  }

  private func readChunk() {
    var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
    let count = chunk.withUnsafeMutableBytes { bytes in
      Glibc.read(fileDescriptor, bytes.baseAddress, bytes.count)
    }
    if count > 0 {
      buffer.append(chunk[..<count])
    } else if count < 0 && errno == EINTR {
      return
    } else if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
      // Someone left the descriptor non-blocking: wait for data instead of calling it the end.
      FileDescriptorWriter.wait(for: fileDescriptor, events: Int16(POLLIN))
    } else {
      // End of file, or an error (EIO on a vanished terminal) that no retry will fix.
      isAtEnd = true
    }
  }
}
