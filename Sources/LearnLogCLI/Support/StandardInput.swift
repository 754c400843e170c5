#if canImport(Glibc)
  import Glibc
#endif

/// Standard input read to its end, for commands that take text from a pipe (`rules try`).
enum StandardInput {
  /// Everything on standard input, as UTF-8 (invalid bytes become U+FFFD).
  static func readAll() -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes += buffer[0..<count]
      } else if count < 0, errno == EINTR {
        continue
      } else {
        break
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
