/// The command tree flattened for script generators: one node per visible command, keyed by its
/// path as the scripts track it (`""` for the root, `"rules list"` below).
struct CompletionTree {
  /// A visible command with everything it accepts.
  struct Node {
    var key: String
    var command: CommandSpec
    var options: [OptionSpec]
    var flags: [FlagSpec]
    var isRoot: Bool
    /// Each word that selects a subcommand (names and aliases), with the subcommand's key.
    var subcommandWords: [(word: String, key: String)]
  }

  var program: String
  var nodes: [Node]

  init(root: CommandSpec) {
    program = root.name
    nodes = Self.nodes(lineage: [root])
  }

  /// The name shell functions are built from: `_learnlog`.
  var functionPrefix: String {
    "_" + String(program.map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }

  private static func nodes(lineage: [CommandSpec]) -> [Node] {
    let command = lineage[lineage.count - 1]
    let key = lineage.commandPath.joined(separator: " ")
    let prefix = key.isEmpty ? "" : key + " "
    let words = command.visibleSubcommands.flatMap { subcommand in
      ([subcommand.name] + subcommand.aliases).map { ($0, prefix + subcommand.name) }
    }
    let node = Node(
      key: key, command: command, options: lineage.availableOptions,
      flags: lineage.availableFlags, isRoot: lineage.count == 1, subcommandWords: words)
    return [node] + command.visibleSubcommands.flatMap { nodes(lineage: lineage + [$0]) }
  }
}

extension CompletionTree.Node {
  /// Every spelling of every option and flag, `--help` included (and `--version` at the root).
  var optionWords: [(word: String, help: String)] {
    var words: [(String, String)] = []
    for option in options {
      words.append(("--" + option.long, option.help))
      if let short = option.short { words.append(("-\(short)", option.help)) }
    }
    for flag in flags {
      words.append(("--" + flag.long, flag.help))
      if let short = flag.short { words.append(("-\(short)", flag.help)) }
    }
    words += [("--help", "Show help for this command."), ("-h", "Show help for this command.")]
    if isRoot { words.append(("--version", "Show the version.")) }
    return words
  }

  /// The spellings of options that take their value from the next word.
  var valueOptionWords: [(word: String, option: OptionSpec)] {
    options.flatMap { option in
      [("--" + option.long, option)] + (option.short.map { [("-\($0)", option)] } ?? [])
    }
  }
}
