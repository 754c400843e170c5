import LearnLog
import LearnLogTerminal

/// Asks for missing values one at a time, on a terminal: plain prompts, a hint after a mistake,
/// Enter to leave an optional value out. Input ending (Ctrl-D) cancels the command, and so does
/// Ctrl-C (`CLIError.interrupted`, exit status 130); either way nothing is changed.
struct FieldPrompter {
  let reader: any LineReader
  let console: any Console
  let style: TerminalStyle

  /// The value typed, parsed; nil when optional and left empty.
  func ask<T>(
    _ question: String, isOptional: Bool = false, hint: String, parse: (String) -> T?
  ) throws -> T? {
    while true {
      let text: String
      switch reader.readLine(prompt: question + " ") {
      case .line(let line), .paste(let line): text = line
      case .endOfInput, .hangup: throw CLIError.other("cancelled; nothing was changed")
      case .interrupted: throw CLIError.interrupted
      }
      if isOptional, text.trimmed.isEmpty { return nil }
      if let value = parse(text) { return value }
      console.write(style.dim("  " + hint) + "\n")
    }
  }

  /// "[y/N]": only y or yes confirms; Ctrl-C throws `CLIError.interrupted`.
  func confirm(_ question: String) throws -> Bool {
    switch reader.readLine(prompt: question + " [y/N] ") {
    case .line(let text), .paste(let text): ["y", "yes"].contains(text.trimmed.lowercased())
    case .endOfInput, .hangup: false
    case .interrupted: throw CLIError.interrupted
    }
  }

  /// A prompter on the terminal, or nil when standard input is not one (nothing may be asked).
  /// Ctrl-C cancels, unlike in a reflection, where it only clears the line: a form or a
  /// confirmation has nothing worth keeping, and Ctrl-C is how a terminal user says "stop".
  static func forTerminal(_ app: App) -> FieldPrompter? {
    guard app.isInputTerminal else { return nil }
    return FieldPrompter(
      reader: LineReaderFactory.makeReader(
        commands: [], console: app.stdout, interruptBehaviour: .cancels),
      console: app.stdout, style: app.style)
  }
}
