import LearnLog

/// Where the conversation shell gets the coach's lines from.
///
/// A reader owns the terminal while `readLine` runs; implementations are not thread-safe and are
/// meant to be used from one thread.
public protocol LineReader: AnyObject {
  /// Whether a person is typing at a terminal (line editing, colours and prompts make sense).
  var isInteractive: Bool { get }

  /// Shows `prompt` and waits for one line. The prompt may contain ANSI colour sequences.
  func readLine(prompt: String) -> LineInput

  /// Makes `text` available to Up-arrow and Ctrl-R in later `readLine` calls.
  /// Kept in memory only, never written to disk.
  func rememberAnswer(_ text: String)

  /// Forgets every remembered answer, e.g. when a new reflection starts.
  func forgetAnswers()

  /// The next `readLine` starts with `text` already in the editing buffer (to revise an answer
  /// after `/back`, or to continue half-typed text). Readers that cannot edit ignore it.
  func preload(_ text: String)
}

extension LineReader {
  /// Readers without recall have nothing to forget.
  public func forgetAnswers() {}
}
