import LearnLogTerminal

/// A console that keeps what was written, for tests of anything that prints.
public final class CapturingConsole: Console {
  public var output = ""
  public var errors = ""

  public init() {}

  public func write(_ text: String) { output += text }
  public func writeError(_ text: String) { errors += text }
}
