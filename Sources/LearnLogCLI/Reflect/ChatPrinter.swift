import LearnLog
import LearnLogTerminal

/// Shows the conversation as a chat: the assistant's lines, follow-ups set apart, hints dimmed.
/// On a pipe it prints plain lines with no prompt, colour or wrapping, so output stays parseable.
struct ChatPrinter {
  let console: any Console
  let style: TerminalStyle
  let width: Int
  let isInteractive: Bool
  /// Measures the terminal again before each message, so a resized window gets lines that fit;
  /// `nil` keeps `width`.
  var currentWidth: (() -> Int)? = nil

  func say(_ text: String, style lineStyle: LineStyle) {
    switch lineStyle {
    case .question:
      print(text, indent: "", transform: style.emphasis)
    case .followUp:
      print(text, indent: "  ", transform: style.assistant)
      if isInteractive { console.write(style.dim("  (/why · /skip · /dismiss)") + "\n") }
    case .explanation:
      print(text, indent: "  ", transform: { $0 })
    case .info, .summary:
      print(text, indent: "", transform: { $0 })
    }
  }

  func hint(_ text: String) {
    print(text, indent: "  ", transform: style.dim)
  }

  func warning(_ text: String) {
    console.writeError(style.warning("learnlog: warning: ") + text + "\n")
  }

  func prompt(awaitingFollowUp: Bool) -> String {
    guard isInteractive else { return "" }
    return style.prompt(awaitingFollowUp ? "  › " : "› ")
  }

  /// An answer written outside the chat (in the editor), shown after the prompt as if typed so
  /// the screen keeps the whole conversation. Piped output never echoes input.
  func echo(_ answer: String, awaitingFollowUp: Bool) {
    guard isInteractive else { return }
    let marker = prompt(awaitingFollowUp: awaitingFollowUp)
    let continuation = awaitingFollowUp ? "    " : "  "
    let lines = answer.split(separator: "\n", omittingEmptySubsequences: false)
    let shown = lines.enumerated().map { index, line in
      (index == 0 ? marker : continuation) + line
    }
    console.write(shown.joined(separator: "\n") + "\n")
  }

  /// Shown while an answer continues after a line that ended in a backslash.
  var continuationPrompt: String { isInteractive ? style.prompt("… ") : "" }

  private func print(_ text: String, indent: String, transform: (String) -> String) {
    let width = currentWidth?() ?? width
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      isInteractive && !line.isEmpty
        ? DisplayWidth.wrap(String(line), width: max(20, width - indent.count)) : [String(line)]
    }
    console.write(lines.map { indent + transform($0) }.joined(separator: "\n") + "\n")
  }
}
