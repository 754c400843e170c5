import LearnLog

/// What goes into the history file for a command line or an in-conversation command: never
/// text the coach wrote.
///
/// A command line is recorded with its command path, option and flag names, and only the values
/// that cannot carry private text: entry ids, whole numbers given to options (`-n 5`), and words
/// from a fixed list of choices. Every other value (a note, a search, a rule trial, a name, a file path)
/// becomes its placeholder from the help text, so `learnlog search "Ravi's promotion"` is kept as
/// `learnlog search <query>`. Commands added later are covered without any change here.
enum HistoryLine {
  /// The line for a parsed command line, or `nil` for commands that are not worth remembering
  /// (hidden helpers such as `__complete-ids`, which shells call on every Tab).
  static func invocation(
    _ command: ParsedCommand, root: CommandSpec = CommandTree.root, programName: String = "learnlog"
  ) -> String? {
    guard let lineage = root.lineage(for: command.commandPath), lineage.allSatisfy({ !$0.isHidden })
    else { return nil }
    var words = [programName] + command.commandPath
    for spec in command.optionSpecs {
      for value in command.optionValues[spec.long] ?? [] {
        words += ["--\(spec.long)", kept(value, spec.completion) ?? "<\(spec.valueName)>"]
      }
    }
    for spec in command.flagSpecs where command.flagsGiven.contains(spec.long) {
      words.append("--\(spec.long)")
    }
    for spec in command.positionalSpecs {
      let values = command.positionalValues[spec.name] ?? []
      guard !values.isEmpty else { continue }
      // A number among the words of a note is part of the note: only ids and choices are kept,
      // and free text becomes one placeholder however many words it had.
      let isClosedSet = spec.completion == .entryID || spec.completion.isChoices
      let safe = isClosedSet ? values.compactMap { kept($0, spec.completion) } : []
      words += safe.count == values.count ? safe : ["<\(spec.name)>"]
    }
    return words.joined(separator: " ")
  }

  /// The line for a command typed in a reflection, such as `/back`.
  static func conversationCommand(_ command: ConversationCommand) -> String {
    command.typed
  }

  /// `value` when it cannot be private text, else `nil`.
  private static func kept(_ value: String, _ completion: CompletionKind) -> String? {
    if !value.isEmpty, value.count <= 18, value.allSatisfy(\.isASCIIDigit) { return value }
    if case .choices(let choices) = completion, choices.contains(value) { return value }
    return nil
  }
}

extension CompletionKind {
  fileprivate var isChoices: Bool {
    if case .choices = self { return true }
    return false
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
