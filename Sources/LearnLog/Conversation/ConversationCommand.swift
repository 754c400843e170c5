/// The commands a coach can type in place of an answer.
public enum ConversationCommand: String, Sendable, CaseIterable {
  case back
  case skip
  case why
  case dismiss
  case edit
  case pause
  case done
  case prepare
  case review
  case sessions
  case help

  /// The command as typed, with its slash.
  public var typed: String { "/" + rawValue }

  public var summary: String {
    switch self {
    case .back: "revise the previous answer"
    case .skip: "skip this question or follow-up"
    case .why: "why the last follow-up was asked"
    case .dismiss: "stop this follow-up's rule for the rest of this reflection"
    case .edit: "write the answer in your editor"
    case .pause: "save and leave; continue later with `learnlog reflect --resume`"
    case .done: "finish now; unanswered questions are marked skipped"
    case .prepare: "show your coach-the-coach brief, then carry on here"
    case .review: "show the follow-ups you were given over time, then carry on here"
    case .sessions: "show your programme and registered sessions, then carry on here"
    case .help: "show these commands"
    }
  }

  /// How a typed line reads: a known command, an unknown `/word`, or an answer.
  public enum Parse: Equatable, Sendable {
    case command(ConversationCommand)
    case unknown(String)
    /// A command's name followed by more text (`/skip now`): neither the command nor an answer
    /// for sure, so it is refused rather than guessed.
    case commandWithText(ConversationCommand)
    case answer(String)
  }

  /// Reads a typed line. Only a single `/word` is a command; `//text` is an answer that starts
  /// with a slash, and a line with several words (`/s he said`) is an answer too, unless its
  /// first word is a command (`/skip now`), which is refused.
  public static func parse(_ line: String) -> Parse {
    let text = line.trimmed
    guard text.hasPrefix("/") else { return .answer(line) }
    if text.hasPrefix("//") { return .answer(String(text.dropFirst())) }
    let word = text.dropFirst()
    if let space = word.firstIndex(where: \.isWhitespace),
      let command = ConversationCommand(rawValue: word[..<space].lowercased())
    {
      return .commandWithText(command)
    }
    guard !word.isEmpty, word.allSatisfy({ $0.isLetter }) else { return .answer(line) }
    if let command = ConversationCommand(rawValue: word.lowercased()) { return .command(command) }
    return .unknown(text)
  }

  /// The help text shown by `/help`, one command per line.
  public static var helpText: String {
    let lines = allCases.map { command in
      let name = command.typed.padding(toLength: 11)
      return "  \(name)\(command.summary)"
    }
    return (["Commands (type them in place of an answer):"] + lines
      + ["  Start an answer with // to begin it with a slash."]).joined(separator: "\n")
  }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self + " " : self + String(repeating: " ", count: length - count)
  }
}
