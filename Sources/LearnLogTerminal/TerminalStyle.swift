import Glibc
import LearnLog

/// Colours for the conversation, or none.
///
/// Every styling function returns `text` unchanged when colour is off, so callers never branch.
public struct TerminalStyle: Sendable, Equatable {
  /// Whether styling functions add escape sequences.
  public let isColourEnabled: Bool

  /// A style with colour on or off, whatever the environment says (for tests and `--no-color`).
  public init(isColourEnabled: Bool) {
    self.isColourEnabled = isColourEnabled
  }

  /// The style for this process's standard output and environment.
  public static func current() -> TerminalStyle {
    var environment: [String: String] = [:]
    for name in ["NO_COLOR", "TERM"] {
      if let value = getenv(name) { environment[name] = String(cString: value) }
    }
    return TerminalStyle(
      isColourEnabled: colourEnabled(environment: environment, isTTY: isatty(STDOUT_FILENO) == 1))
  }

  /// Colour only on a terminal, when `NO_COLOR` is absent (any value, even empty, turns colour
  /// off, as no-color.org asks) and `TERM` is not `dumb`.
  public static func colourEnabled(environment: [String: String], isTTY: Bool) -> Bool {
    guard isTTY, environment["NO_COLOR"] == nil else { return false }
    return environment["TERM"] != "dumb"
  }

  /// What the assistant says.
  public func assistant(_ text: String) -> String { styled(text, "36") }
  /// The prompt marker before the coach's answer.
  public func prompt(_ text: String) -> String { styled(text, "1;36") }
  /// Secondary text: hints such as `(/why · /skip)`.
  public func dim(_ text: String) -> String { styled(text, "2") }
  /// Words that matter: question numbers, names.
  public func emphasis(_ text: String) -> String { styled(text, "1") }
  /// Something the coach should notice: a failed save, a usage mistake.
  public func warning(_ text: String) -> String { styled(text, "33") }

  private func styled(_ text: String, _ parameters: String) -> String {
    guard isColourEnabled, !text.isEmpty else { return text }
    return "\u{1B}[\(parameters)m\(text)\u{1B}[0m"
  }
}
