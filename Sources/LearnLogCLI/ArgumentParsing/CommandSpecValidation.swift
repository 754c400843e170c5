extension CommandSpec {
  /// Mistakes in a command tree that would make parsing ambiguous or help misleading, one
  /// sentence each; empty when the tree is sound. A test over the real tree calls this, so a
  /// mistake fails the build rather than confusing a user.
  public func validationProblems() -> [String] {
    problems(lineage: [self])
  }

  private func problems(lineage: [CommandSpec]) -> [String] {
    let path = ([lineage[0].name] + lineage.commandPath).joined(separator: " ")
    var problems: [String] = []

    var longNames = ["help"]
    var shortNames: [Character] = ["h"]
    if lineage.count == 1 { longNames.append("version") }
    let options = lineage.availableOptions
    let flags = lineage.availableFlags
    for name in options.map(\.long) + flags.map(\.long) {
      if name.hasPrefix("-") || name.isEmpty {
        problems.append("\(path): '\(name)' must be given without dashes")
      }
      if longNames.contains(name) {
        problems.append("\(path): '--\(name)' is declared twice or reserved")
      }
      longNames.append(name)
    }
    for short in options.compactMap(\.short) + flags.compactMap(\.short) {
      if shortNames.contains(short) {
        problems.append("\(path): '-\(short)' is declared twice or reserved")
      }
      shortNames.append(short)
    }

    for (index, positional) in positionals.enumerated() {
      if positional.arity.isVariadic, index != positionals.count - 1 {
        problems.append("\(path): only the last argument may be variadic ('\(positional.name)')")
      }
      if positional.arity.isRequired,
        positionals[..<index].contains(where: { !$0.arity.isRequired })
      {
        problems.append("\(path): required '\(positional.name)' follows an optional argument")
      }
    }

    var words: [String] = []
    for subcommand in subcommands {
      for word in [subcommand.name] + subcommand.aliases {
        if words.contains(word) {
          problems.append("\(path): subcommand '\(word)' is declared twice")
        }
        words.append(word)
      }
    }
    if let defaultSubcommand, subcommand(named: defaultSubcommand) == nil {
      problems.append("\(path): default subcommand '\(defaultSubcommand)' does not exist")
    }
    for subcommand in subcommands {
      problems += subcommand.problems(lineage: lineage + [subcommand])
    }
    return problems
  }
}
