/// Turns the words after the program name into a `ParseOutcome`, following a `CommandSpec` tree.
///
/// The rules, as in most Unix tools:
/// - Words name subcommands until the first positional argument (`learnlog rules list`).
/// - Options may come before or after positional arguments.
/// - `--name=value`, `--name value`, `-n value`, `-nvalue`; flags combine (`-jv`).
/// - A value never starts with a dash unless attached (`--from=-x`), so a forgotten value is
///   reported instead of swallowing the next option. Two exceptions that no option could be:
///   a negative number (`-3`) and a word with a space in it (`--date '-3 days ago'`, which the
///   option then judges). A word with one dash that names no short option, after an option, is
///   reported as a value to attach with `=`.
/// - `--` ends options: every later word is a positional argument, even `-x` or `--help`.
/// - `-h` or `--help` anywhere asks for help for the deepest command named, even next to
///   mistakes; `--version` works before any subcommand.
/// - `-` alone and negative numbers (`-3`) are positional arguments.
public enum ArgumentParser {
  /// Parses `arguments` (without the program name) against `root`.
  public static func parse(
    _ arguments: [String], root: CommandSpec
  ) throws(UsageError) -> ParseOutcome {
    var parsing = Parsing(arguments: arguments, root: root)
    parsing.run()
    if parsing.isHelpRequested { return .help(commandPath: parsing.lineage.commandPath) }
    if parsing.isVersionRequested, parsing.errors.isEmpty { return .version }

    if let defaultName = parsing.command.defaultSubcommand, parsing.operands.isEmpty,
      !parsing.hasUnknownCommand
    {
      // Parse again as if the default had been typed right after the command's own name, so
      // the options that follow belong to the default subcommand.
      var amended = arguments
      amended.insert(defaultName, at: parsing.commandEnd)
      return try parse(amended, root: root)
    }
    if let error = parsing.errors.first { throw error }
    return .run(try parsing.finish())
  }

  /// `parse(_:root:)` as a `Result`, for callers that prefer values to `throws`.
  public static func parseResult(
    _ arguments: [String], root: CommandSpec
  ) -> Result<ParseOutcome, UsageError> {
    Result { () throws(UsageError) in try parse(arguments, root: root) }
  }
}

/// The state of one pass over the arguments. Mistakes are collected rather than thrown, so a
/// `--help` later on the line still wins.
private struct Parsing {
  let arguments: [String]
  var lineage: [CommandSpec]
  /// The index just after the word that named the current command.
  var commandEnd = 0
  var index = 0
  var operands: [String] = []
  var optionValues: [String: [String]] = [:]
  var flagsGiven: Set<String> = []
  var isHelpRequested = false
  var isVersionRequested = false
  var hasEndedOptions = false
  var errors: [UsageError] = []

  init(arguments: [String], root: CommandSpec) {
    self.arguments = arguments
    self.lineage = [root]
  }

  var command: CommandSpec { lineage[lineage.count - 1] }
  var hasUnknownCommand: Bool {
    errors.contains {
      if case .unknownCommand = $0.reason { return true }
      return false
    }
  }
  var isAtRoot: Bool { lineage.count == 1 }

  mutating func run() {
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if hasEndedOptions {
        operands.append(word)
      } else if word == "--" {
        hasEndedOptions = true
      } else if word.hasPrefix("--") {
        readLong(word.dropFirst(2))
      } else if Self.isOptionLike(word) {
        readShortCluster(Array(word.dropFirst()))
      } else {
        readOperand(word)
      }
    }
  }

  /// A word that is an option rather than a value: a dash and more, but not a negative number
  /// such as `-3` or `-0.5`.
  static func isOptionLike(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    let rest = word.dropFirst()
    let isNumber =
      rest.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      && rest.contains { $0.isNumber }
    return !isNumber
  }

  private mutating func readOperand(_ word: String) {
    if operands.isEmpty, !command.subcommands.isEmpty {
      if let subcommand = command.subcommand(named: word) {
        lineage.append(subcommand)
        commandEnd = index
        return
      }
      if command.positionals.isEmpty {
        let names = command.visibleSubcommands.map(\.name)
        fail(.unknownCommand(word, suggestion: Suggester.nearest(to: word, among: names)))
        return
      }
    }
    operands.append(word)
  }

  private mutating func readLong(_ body: Substring) {
    let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    let name = String(parts[0])
    let attached = parts.count > 1 ? String(parts[1]) : nil
    let options = lineage.availableOptions
    let flags = lineage.availableFlags

    if let option = options.first(where: { $0.long == name }) {
      record(option, typedAs: "--\(name)", attached: attached)
    } else if let flag = flags.first(where: { $0.long == name }) {
      if let attached {
        fail(.unexpectedValue(flag: "--\(name)", value: attached))
      } else {
        flagsGiven.insert(flag.long)
      }
    } else if name == "help" {
      isHelpRequested = true
    } else if name == "version", isAtRoot {
      isVersionRequested = true
    } else {
      fail(.unknownOption("--\(name)", suggestion: suggestLong(for: name)))
    }
  }

  private mutating func readShortCluster(_ letters: [Character]) {
    let options = lineage.availableOptions
    let flags = lineage.availableFlags
    for (position, letter) in letters.enumerated() {
      if let option = options.first(where: { $0.short == letter }) {
        // The rest of the word is the value (`-n5`, `-n=5`); otherwise the next word is.
        var rest = String(letters[(position + 1)...])
        if rest.hasPrefix("=") { rest.removeFirst() }
        record(option, typedAs: "-\(letter)", attached: rest.isEmpty ? nil : rest)
        return
      } else if let flag = flags.first(where: { $0.short == letter }) {
        flagsGiven.insert(flag.long)
      } else if letter == "h" {
        isHelpRequested = true
      } else {
        // `-json` is usually `--json` with a dash missing: suggest from the long names.
        let suggestion = suggestLong(for: String(letters))
        if suggestion == nil, letters.count > 1 {
          fail(.unknownOptionWord(letter: "-\(letter)", word: "-" + String(letters)))
        } else {
          fail(.unknownOption("-\(letter)", suggestion: suggestion))
        }
        return
      }
    }
  }

  private mutating func record(_ option: OptionSpec, typedAs typed: String, attached: String?) {
    let value: String
    if let attached {
      value = attached
    } else if index < arguments.count, !Self.isOptionLike(arguments[index])
      || arguments[index].contains(where: \.isWhitespace)
    {
      value = arguments[index]
      index += 1
    } else if index < arguments.count, !arguments[index].hasPrefix("--"),
      !isKnownOption(arguments[index])
    {
      fail(.dashedValue(option: typed, value: arguments[index]))
      index += 1
      return
    } else {
      fail(.missingValue(option: typed))
      return
    }
    if !option.isRepeatable, optionValues[option.long] != nil {
      fail(.repeatedOption("--\(option.long)"))
      return
    }
    optionValues[option.long, default: []].append(value)
  }

  /// Whether a word such as `-n5` or `-jv` starts with a short option or flag known here.
  private func isKnownOption(_ word: String) -> Bool {
    guard let letter = word.dropFirst().first else { return false }
    return lineage.availableOptions.contains { $0.short == letter }
      || lineage.availableFlags.contains { $0.short == letter } || letter == "h"
  }

  private func suggestLong(for name: String) -> String? {
    var names = lineage.availableOptions.map(\.long) + lineage.availableFlags.map(\.long)
    names.append("help")
    if isAtRoot { names.append("version") }
    return Suggester.nearest(to: "--\(name)", among: names.map { "--\($0)" })
  }

  private mutating func fail(_ reason: CommandLineError) {
    errors.append(UsageError(reason, commandPath: lineage.commandPath))
  }

  /// Hands the positional values to the command's arguments, in order.
  func finish() throws(UsageError) -> ParsedCommand {
    let path = lineage.commandPath
    var remaining = operands[...]
    var assigned: [String: [String]] = [:]
    for positional in command.positionals {
      if positional.arity.isVariadic {
        assigned[positional.name] = Array(remaining)
        remaining = []
      } else if let value = remaining.popFirst() {
        assigned[positional.name] = [value]
      }
      if positional.arity.isRequired, (assigned[positional.name] ?? []).isEmpty {
        throw UsageError(.missingArgument("<\(positional.name)>"), commandPath: path)
      }
    }
    if let extra = remaining.first {
      throw UsageError(.unexpectedArgument(extra), commandPath: path)
    }
    return ParsedCommand(
      commandPath: path, arguments: operands, optionSpecs: lineage.availableOptions,
      flagSpecs: lineage.availableFlags, positionalSpecs: command.positionals,
      optionValues: optionValues, flagsGiven: flagsGiven, positionalValues: assigned)
  }
}
