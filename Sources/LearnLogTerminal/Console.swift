import LearnLog

/// Where the shell writes what the coach sees.
public protocol Console: AnyObject {
  /// Writes `text` to normal output as is (add your own line breaks).
  func write(_ text: String)
  /// Writes `text` to the error stream as is.
  func writeError(_ text: String)
}
