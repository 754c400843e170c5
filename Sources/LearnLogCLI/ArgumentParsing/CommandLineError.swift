/// What went wrong on the command line. `UsageError` pairs it with the command it concerns.
public enum CommandLineError: Sendable, Equatable {
  /// A word that names no subcommand, with the nearest subcommand if one is close.
  case unknownCommand(String, suggestion: String?)
  /// An option or flag the command does not declare (`--jsn`), with the nearest one.
  case unknownOption(String, suggestion: String?)
  /// `-delegation` where a search word was meant: no option, and no near long name either.
  case unknownOptionWord(letter: String, word: String)
  /// An option at the end of the line, or followed by another option instead of its value.
  case missingValue(option: String)
  /// An option followed by a word that starts with a dash but names no option (`--date -x`):
  /// most likely a value, which must then be attached with `=`.
  case dashedValue(option: String, value: String)
  /// A flag given a value with `=` (`--json=yes`).
  case unexpectedValue(flag: String, value: String)
  /// An option that may appear once, given twice.
  case repeatedOption(String)
  /// A positional argument the command has no place for.
  case unexpectedArgument(String)
  /// A required positional argument that is absent (named `<entry>`).
  case missingArgument(String)
  /// A value that should be a whole number and is not.
  case invalidInteger(name: String, value: String)
  /// An id (of an entry or a session) that is not a whole number from 1.
  case invalidIdentifier(name: String, value: String)
  /// A date that is none of `YYYY-MM-DD`, `today`, `yesterday`, `N days ago`.
  case invalidDate(name: String, value: String)
  /// A whole number outside the allowed range.
  case outOfRange(name: String, value: String, lowest: Int, highest: Int)
  /// A value that is none of the allowed words, with the nearest one.
  case invalidChoice(name: String, value: String, choices: [String], suggestion: String?)
  /// Options of which exactly one must be given, given together (`--question` and `--stage`).
  case conflictingOptions([String])
  /// Options of which exactly one must be given, none given.
  case missingOneOf([String])
  /// A value the option or argument cannot take (`--minutes -5`), and what it can.
  case invalidValue(name: String, value: String, expected: String)
  /// An option the command cannot run without (`forget` without `--coachee`), and what it names.
  case missingOption(String, purpose: String)
  /// Options that are each valid but cannot be used as given (they contradict each other, they
  /// leave nothing to do, or a range they make is empty), said in one line.
  case unusableOptions(String)

  /// One line for the user: what went wrong, and a suggestion when there is one.
  public var message: String {
    switch self {
    case .unknownCommand(let word, let suggestion):
      return "unknown command '\(word)'" + Self.didYouMean(suggestion)
    case .unknownOption(let option, let suggestion):
      return "unknown option '\(option)'" + Self.didYouMean(suggestion)
    case .unknownOptionWord(let letter, let word):
      return "unknown option '\(letter)' in '\(word)'; an argument that starts with a dash goes "
        + "after '--', as in: -- \(word)"
    case .missingValue(let option):
      return "missing value for option '\(option)'"
    case .dashedValue(let option, let value):
      return "missing value for option '\(option)': '\(value)' is read as an option; for a value "
        + "that starts with a dash, write '\(option)=\(value)'"
    case .unexpectedValue(let flag, let value):
      return "flag '\(flag)' takes no value, but was given '\(value)'"
    case .repeatedOption(let option):
      return "option '\(option)' may be given only once"
    case .unexpectedArgument(let argument):
      return "unexpected argument '\(argument)'"
    case .missingArgument(let name):
      return "missing argument '\(name)'"
    case .invalidInteger(let name, let value):
      return "invalid value '\(value)' for '\(name)': expected a whole number"
    case .invalidIdentifier(let name, let value):
      return "invalid value '\(value)' for '\(name)': expected an id, a whole number from 1"
    case .invalidDate(let name, let value):
      return "invalid value '\(value)' for '\(name)': expected a date like 2026-11-28, today, "
        + "yesterday or 3 days ago"
    case .outOfRange(let name, let value, let lowest, let highest):
      return
        "invalid value '\(value)' for '\(name)': expected a number from \(lowest) to \(highest)"
    case .invalidChoice(let name, let value, let choices, let suggestion):
      return "invalid value '\(value)' for '\(name)': expected one of "
        + choices.joined(separator: ", ") + Self.didYouMean(suggestion)
    case .conflictingOptions(let options):
      return "give only one of " + Self.either(options)
    case .missingOneOf(let options):
      return "give one of " + Self.either(options)
    case .invalidValue(let name, let value, let expected):
      return "invalid value '\(value)' for '\(name)': expected \(expected)"
    case .missingOption(let option, let purpose):
      return "missing option '\(option)': \(purpose)"
    case .unusableOptions(let explanation):
      return explanation
    }
  }

  /// `'--question' or '--stage'`.
  private static func either(_ options: [String]) -> String {
    options.map { "'\($0)'" }.joinedAsProse("or")
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    guard let suggestion else { return "" }
    return "; did you mean '\(suggestion)'?"
  }
}
