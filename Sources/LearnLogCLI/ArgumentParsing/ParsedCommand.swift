/// A command line resolved against a `CommandSpec`: which command to run and the values given.
///
/// Accessors take an option's or flag's long name (`"limit"`), its short name (`"n"`), or a
/// positional argument's name. Asking for a name the command does not declare is a programming
/// mistake: it stops debug builds and reads as absent in release builds.
public struct ParsedCommand: Sendable, Equatable {
  /// The canonical names from below the root to the command (`["rules", "try"]`); empty for
  /// the program itself.
  public let commandPath: [String]
  /// Every positional value, in the order given.
  public let arguments: [String]

  let optionSpecs: [OptionSpec]
  let flagSpecs: [FlagSpec]
  let positionalSpecs: [PositionalSpec]
  let optionValues: [String: [String]]
  let flagsGiven: Set<String>
  let positionalValues: [String: [String]]

  /// Whether the flag was given.
  public func flag(_ name: String) -> Bool {
    guard let spec = flagSpecs.first(where: { Self.matches($0.long, $0.short, name) }) else {
      assertionFailure("'\(name)' is not a flag of '\(commandPath.joined(separator: " "))'")
      return false
    }
    return flagsGiven.contains(spec.long)
  }

  /// The option's value: the last one given, else its default, else `nil`.
  public func option(_ name: String) -> String? {
    guard let spec = optionSpec(name) else { return nil }
    return optionValues[spec.long]?.last ?? spec.defaultValue
  }

  /// Every value given for a repeatable option, in order; the default alone when none was given.
  public func options(_ name: String) -> [String] {
    guard let spec = optionSpec(name) else { return [] }
    if let values = optionValues[spec.long], !values.isEmpty { return values }
    return spec.defaultValue.map { [$0] } ?? []
  }

  /// Whether the option was given on the command line, as opposed to taking its default.
  /// Configuration uses this to decide whether a flag overrides the config file.
  public func isGiven(_ name: String) -> Bool {
    guard let spec = optionSpec(name) else { return false }
    return !(optionValues[spec.long] ?? []).isEmpty
  }

  /// The first value of a positional argument, or `nil` when it is absent.
  public func positional(_ name: String) -> String? {
    positionals(name).first
  }

  /// Every value of a positional argument (several for a variadic one).
  public func positionals(_ name: String) -> [String] {
    guard positionalSpecs.contains(where: { $0.name == name }) else {
      assertionFailure("'\(name)' is not an argument of '\(commandPath.joined(separator: " "))'")
      return []
    }
    return positionalValues[name] ?? []
  }

  /// An option's or positional argument's value as a whole number, or `nil` when absent.
  /// A value that is not a number, or falls outside `range`, is a usage error.
  public func int(_ name: String, range: ClosedRange<Int>? = nil) throws(UsageError) -> Int? {
    guard let (displayName, text) = value(named: name) else { return nil }
    func outOfRange(_ range: ClosedRange<Int>) -> UsageError {
      UsageError(
        .outOfRange(name: displayName, value: text, lowest: range.lowerBound, highest: range.upperBound),
        commandPath: commandPath)
    }
    if let number = Int(text) {
      if let range, !range.contains(number) { throw outOfRange(range) }
      return number
    }
    // A whole number too large for Int is out of the range, not "not a number".
    let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    if let range, !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) { throw outOfRange(range) }
    throw UsageError(.invalidInteger(name: displayName, value: text), commandPath: commandPath)
  }

  /// An option's or positional argument's value, which must be one of `choices`; `nil` when
  /// absent. Anything else is a usage error suggesting the nearest choice.
  public func choice(_ name: String, _ choices: [String]) throws(UsageError) -> String? {
    guard let (displayName, text) = value(named: name) else { return nil }
    guard choices.contains(text) else {
      let suggestion = Suggester.nearest(to: text, among: choices)
      throw UsageError(
        .invalidChoice(name: displayName, value: text, choices: choices, suggestion: suggestion),
        commandPath: commandPath)
    }
    return text
  }

  private func optionSpec(_ name: String) -> OptionSpec? {
    guard let spec = optionSpecs.first(where: { Self.matches($0.long, $0.short, name) }) else {
      assertionFailure("'\(name)' is not an option of '\(commandPath.joined(separator: " "))'")
      return nil
    }
    return spec
  }

  /// An option's or positional argument's value as an id (a whole number from 1), or `nil`
  /// when absent; anything else is a usage error.
  public func identifier(_ name: String) throws(UsageError) -> Int64? {
    guard let (displayName, text) = value(named: name) else { return nil }
    guard let id = Int64(text), id > 0 else {
      throw UsageError(.invalidIdentifier(name: displayName, value: text), commandPath: commandPath)
    }
    return id
  }

  /// An option's or positional argument's value read by `parse`, or `nil` when absent. A value
  /// `parse` refuses is a usage error saying what was `expected` ("a file path").
  public func value<T>(
    _ name: String, expected: String, _ parse: (String) -> T?
  ) throws(UsageError) -> T? {
    guard let (displayName, text) = value(named: name) else { return nil }
    guard let value = parse(text) else {
      throw usageError(.invalidValue(name: displayName, value: text, expected: expected))
    }
    return value
  }

  /// An option's value as given, or `nil` when absent; an empty or blank value is a usage
  /// error saying what was `expected` (`-o ''`: "a file path").
  public func nonBlank(_ name: String, expected: String) throws(UsageError) -> String? {
    try value(name, expected: expected) { text in
      text.allSatisfy(\.isWhitespace) ? nil : text
    }
  }

  /// Refuses a command line that gives both the flag or option `first` and the flag or option
  /// `second` (long names): a usage error naming the two.
  public func refuseTogether(_ first: String, _ second: String) throws(UsageError) {
    guard isPresent(first), isPresent(second) else { return }
    throw usageError(.conflictingOptions(["--\(first)", "--\(second)"]))
  }

  /// A usage error about this command.
  public func usageError(_ reason: CommandLineError) -> UsageError {
    UsageError(reason, commandPath: commandPath)
  }

  /// Whether a flag or an option (by long name) was given.
  private func isPresent(_ name: String) -> Bool {
    if flagSpecs.contains(where: { $0.long == name }) { return flag(name) }
    return isGiven(name)
  }

  /// The value of an option or positional argument, with the name errors should show.
  func value(named name: String) -> (displayName: String, text: String)? {
    if let spec = optionSpecs.first(where: { Self.matches($0.long, $0.short, name) }) {
      return option(spec.long).map { ("--\(spec.long)", $0) }
    }
    return positional(name).map { ("<\(name)>", $0) }
  }

  private static func matches(_ long: String, _ short: Character?, _ name: String) -> Bool {
    name == long || (short.map { String($0) == name } ?? false)
  }
}
