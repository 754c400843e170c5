import Glibc
import LearnLog

/// Writes whole strings to a file descriptor, retrying short writes and interruptions.
enum FileDescriptorWriter {
  /// Writes every byte of `text`; on a real error (a full disk, a closed descriptor) it stops and
  /// returns the `errno`, nil when everything was written. It never retries a failed write.
  @discardableResult
  static func writeAll(_ text: String, to fileDescriptor: Int32) -> Int32? {
    var bytes = Array(text.utf8)
    guard !bytes.isEmpty else { return nil }
    return bytes.withUnsafeMutableBytes { buffer -> Int32? in
      guard let base = buffer.baseAddress else { return nil }
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
          // write(2) returning 0 for a non-empty buffer is not progress: report it as EIO.
          return written < 0 ? errno : EIO
        }
      }
      return nil
    }
  }

  /// Blocks until `fileDescriptor` is ready (or has failed), for descriptors that another program
  /// left in non-blocking mode.
  static func wait(for fileDescriptor: Int32, events: Int16) {
    var descriptor = pollfd(fd: fileDescriptor, events: events, revents: 0)
    _ = poll(&descriptor, 1, -1)
  }
}
