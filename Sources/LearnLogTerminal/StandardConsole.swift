import Glibc
import LearnLog

/// A console on the process's standard output and standard error.
///
/// It writes with `write(2)` straight to the file descriptors, so nothing waits in a buffer when
/// readline takes over the terminal, and a crash cannot lose text already "printed".
public final class StandardConsole: Console {
  private let output: Int32
  private let error: Int32
  /// The `errno` of the first write to standard output that failed; once set, nothing more is
  /// written there (the rest would fail the same way or leave a gap in the middle).
  public private(set) var outputFailure: Int32?

  /// A console on standard output (1) and standard error (2), or on the descriptors given.
  public init(output: Int32 = 1, error: Int32 = 2) {
    self.output = output
    self.error = error
  }

  public func write(_ text: String) {
    guard outputFailure == nil else { return }
    outputFailure = FileDescriptorWriter.writeAll(text, to: output)
  }

  public func writeError(_ text: String) {
    FileDescriptorWriter.writeAll(text, to: error)
  }
}
