import LearnLog

/// Where the shell writes what the coach sees.
public protocol Console: AnyObject {
  /// Writes `text` to normal output as is (add your own line breaks).
  func write(_ text: String)
  /// Writes `text` to the error stream as is.
  func writeError(_ text: String)
  /// The `errno` of the first write to normal output that failed, if any.
  var outputFailure: Int32? { get }
}

extension Console {
  /// Consoles that cannot fail (tests capturing text) report no failure.
  public var outputFailure: Int32? { nil }
}
