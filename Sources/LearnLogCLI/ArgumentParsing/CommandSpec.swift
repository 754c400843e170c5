/// A declarative description of one command: its names, help text, options, flags, positional
/// arguments and subcommands. The root command describes the program itself.
///
/// The same description drives parsing, help, the man page and shell completion, so they cannot
/// drift apart.
public struct CommandSpec: Sendable, Equatable {
  /// The name typed on the command line (`list` in `learnlog rules list`).
  public var name: String
  /// Other names that select this command (`ls` for `list`). Help shows only `name`.
  public var aliases: [String]
  /// One line saying what the command does.
  public var abstract: String
  /// One paragraph with the details; wrapped to the terminal width in help.
  public var discussion: String
  /// Usage lines written out by hand, each without the command path (`[<options>] <text>`).
  /// When empty, help generates one from the options and arguments.
  public var usage: [String]
  /// Example invocations.
  public var examples: [CommandExample]
  /// Options that take a value.
  public var options: [OptionSpec]
  /// Switches without a value.
  public var flags: [FlagSpec]
  /// Positional arguments, in order.
  public var positionals: [PositionalSpec]
  /// Commands below this one (`list` and `try` below `rules`).
  public var subcommands: [CommandSpec]
  /// The subcommand that runs when none is named (`learnlog rules` runs `rules list`).
  public var defaultSubcommand: String?
  /// Whether help, the man page and completion leave the command out (`__complete-ids`).
  public var isHidden: Bool

  public init(
    _ name: String, aliases: [String] = [], abstract: String, discussion: String = "",
    usage: [String] = [], examples: [CommandExample] = [], options: [OptionSpec] = [],
    flags: [FlagSpec] = [], positionals: [PositionalSpec] = [], subcommands: [CommandSpec] = [],
    defaultSubcommand: String? = nil, isHidden: Bool = false
  ) {
    self.name = name
    self.aliases = aliases
    self.abstract = abstract
    self.discussion = discussion
    self.usage = usage
    self.examples = examples
    self.options = options
    self.flags = flags
    self.positionals = positionals
    self.subcommands = subcommands
    self.defaultSubcommand = defaultSubcommand
    self.isHidden = isHidden
  }

  /// The direct subcommand called `word`, by name or alias.
  public func subcommand(named word: String) -> CommandSpec? {
    subcommands.first { $0.name == word || $0.aliases.contains(word) }
  }

  /// Subcommands shown in help, completion and suggestions.
  public var visibleSubcommands: [CommandSpec] { subcommands.filter { !$0.isHidden } }

  /// The commands from this one down to the one at `path` (names or aliases), or `nil` when
  /// some word in the path names no subcommand.
  public func lineage(for path: [String]) -> [CommandSpec]? {
    var lineage = [self]
    for word in path {
      guard let next = lineage[lineage.count - 1].subcommand(named: word) else { return nil }
      lineage.append(next)
    }
    return lineage
  }

  /// The canonical path for `words`, as typed after `learnlog help`: aliases become names and
  /// an unknown word is a usage error naming the nearest command.
  ///
  /// `learnlog help rules ls` resolves to `["rules", "list"]`.
  public func resolveHelpTopic(_ words: [String]) throws(UsageError) -> [String] {
    var command = self
    var path: [String] = []
    for word in words {
      guard let next = command.subcommand(named: word) else {
        let suggestion = Suggester.nearest(
          to: word, among: command.visibleSubcommands.map(\.name))
        throw UsageError(.unknownCommand(word, suggestion: suggestion), commandPath: path)
      }
      command = next
      path.append(next.name)
    }
    return path
  }
}

extension [CommandSpec] {
  /// Options that the last command in a lineage accepts: its own and its ancestors' global ones.
  var availableOptions: [OptionSpec] {
    guard let command = last else { return [] }
    return command.options + dropLast().flatMap { $0.options.filter(\.isGlobal) }
  }

  /// Flags that the last command in a lineage accepts: its own and its ancestors' global ones.
  var availableFlags: [FlagSpec] {
    guard let command = last else { return [] }
    return command.flags + dropLast().flatMap { $0.flags.filter(\.isGlobal) }
  }

  /// The canonical names from below the root to the last command.
  var commandPath: [String] { dropFirst().map(\.name) }
}
