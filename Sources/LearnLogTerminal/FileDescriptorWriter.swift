import Glibc
import LearnLog

/// Writes whole strings to a file descriptor, retrying short writes and interruptions.
enum FileDescriptorWriter {
  /// Writes every byte of `text`; gives up silently on a real error (a closed terminal or pipe has
  /// nowhere to report to).
  static func writeAll(_ text: String, to fileDescriptor: Int32) {
    var bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return }
    bytes.withUnsafeMutableBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(fileDescriptor, base + offset, buffer.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
          wait(for: fileDescriptor, events: Int16(POLLOUT))
        } else {
          return
        }
      }
    }
  }

  /// Blocks until `fileDescriptor` is ready (or has failed), for descriptors that another program
  /// left in non-blocking mode.
  static func wait(for fileDescriptor: Int32, events: Int16) {
    var descriptor = pollfd(fd: fileDescriptor, events: events, revents: 0)
    _ = poll(&descriptor, 1, -1)
  }
}
