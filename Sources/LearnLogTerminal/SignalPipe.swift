import Glibc
import LearnLog

/// The self-pipe that turns signals into readable bytes, so one `poll()` waits for keys and
/// signals alike. The handler (in the C shim) writes the signal number as one byte.
final class SignalPipe {
  let readEnd: Int32
  let writeEnd: Int32

  init() throws(TerminalError) {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { throw .signalPipeUnavailable(errno: errno) }
    readEnd = ends[0]
    writeEnd = ends[1]
    // Non-blocking: a flood of signals must never block the handler, nor an empty pipe the drain.
    // Close-on-exec: an editor started with $EDITOR must not inherit it.
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
  }

  deinit {
    close(readEnd)
    close(writeEnd)
  }

  /// The signals that arrived since the last drain, oldest first.
  func drain() -> [Int32] {
    var signals: [Int32] = []
    var bytes = [UInt8](repeating: 0, count: 64)
    while true {
      let count = bytes.withUnsafeMutableBytes { Glibc.read(readEnd, $0.baseAddress, $0.count) }
      if count > 0 {
        signals += bytes[..<count].map { Int32($0) }
      } else if count < 0 && errno == EINTR {
        continue
      } else {
        return signals
      }
    }
  }
}
