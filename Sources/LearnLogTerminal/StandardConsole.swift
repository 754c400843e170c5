import Glibc
import LearnLog

/// A console on the process's standard output and standard error.
///
/// It writes with `write(2)` straight to the file descriptors, so nothing waits in a buffer when
/// readline takes over the terminal, and a crash cannot lose text already "printed".
public final class StandardConsole: Console {
  private let output: Int32
  private let error: Int32

  /// A console on file descriptors 1 and 2, or on the ones given (for tests).
  public init(output: Int32 = STDOUT_FILENO, error: Int32 = STDERR_FILENO) {
    self.output = output
    self.error = error
  }

  public func write(_ text: String) {
    FileDescriptorWriter.writeAll(text, to: output)
  }

  public func writeError(_ text: String) {
    FileDescriptorWriter.writeAll(text, to: error)
  }
}
