/// Renders `--help` text for a command from its `CommandSpec`.
///
/// ```
/// List the rules.
///
/// USAGE:
///   learnlog rules list [<options>] [<pattern>]
///
/// OPTIONS:
///       --json              Print the rules as JSON.
///   -h, --help              Show help for this command.
/// ```
public enum HelpFormatter {
  /// The widest label column; longer labels put their help on the next line.
  static let maximumLabelWidth = 26

  /// Help for the command at `commandPath` (canonical names or aliases) below `root`. A path
  /// that goes astray stops at the deepest command it names.
  ///
  /// - Parameters:
  ///   - programName: the name shown in usage lines; the root command's name by default.
  ///   - width: the terminal width to wrap to.
  public static func render(
    _ commandPath: [String] = [], root: CommandSpec, programName: String? = nil, width: Int = 80
  ) -> String {
    var lineage = [root]
    for word in commandPath {
      guard let next = lineage[lineage.count - 1].subcommand(named: word) else { break }
      lineage.append(next)
    }
    let command = lineage[lineage.count - 1]
    let invocation = ([programName ?? root.name] + lineage.commandPath).joined(separator: " ")
    let isRoot = lineage.count == 1

    var sections: [[String]] = [TextWrapper.wrap(command.abstract, width: width)]
    if !command.discussion.isEmpty {
      sections.append(TextWrapper.wrap(command.discussion, width: width))
    }
    sections.append(["USAGE:"] + usageLines(command, lineage: lineage, invocation: invocation))

    let arguments = command.positionals.map { (argumentLabel($0), argumentHelp($0)) }
    if !arguments.isEmpty {
      sections.append(["ARGUMENTS:"] + columns(arguments, width: width))
    }
    if isRoot {
      sections.append(["OPTIONS:"] + columns(optionRows(lineage), width: width))
    } else {
      sections.append(["OPTIONS:"] + columns(ownOptionRows(command), width: width))
      sections.append(
        ["GLOBAL OPTIONS:"] + columns(globalOptionRows(lineage), width: width)
          + globalOptionNames(lineage, invocation: root.name, width: width))
    }

    let subcommands = subcommandRows(command, depth: 0, recursive: isRoot)
    if !subcommands.isEmpty {
      sections.append([isRoot ? "COMMANDS:" : "SUBCOMMANDS:"] + columns(subcommands, width: width))
    }
    if !command.examples.isEmpty {
      var lines = ["EXAMPLES:"]
      for example in command.examples {
        lines.append("  " + example.commandLine)
        lines += TextWrapper.wrap(example.explanation, width: width - 6).map { "      " + $0 }
      }
      sections.append(lines)
    }
    if !subcommands.isEmpty {
      let noun = isRoot ? "command" : "subcommand"
      sections.append(
        TextWrapper.wrap(
          "Run '\(invocation) <\(noun)> --help' for a \(noun)'s options.",
          width: width))
    }
    return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// The usage lines, each starting with the full invocation (`learnlog rules list …`).
  static func usageLines(
    _ command: CommandSpec, lineage: [CommandSpec], invocation: String
  ) -> [String] {
    if !command.usage.isEmpty {
      return command.usage.map { "  " + ($0.isEmpty ? invocation : invocation + " " + $0) }
    }
    var words = [invocation]
    if !lineage.availableOptions.isEmpty || !lineage.availableFlags.isEmpty {
      words.append("[<options>]")
    }
    words += command.positionals.map(usageWord)
    if !command.visibleSubcommands.isEmpty {
      // The program itself does something without a command (learnlog starts a reflection).
      if lineage.count == 1 {
        words.append("[<command>]")
      } else {
        words.append(command.defaultSubcommand == nil ? "<subcommand>" : "[<subcommand>]")
      }
    }
    return ["  " + words.joined(separator: " ")]
  }

  static func usageWord(_ positional: PositionalSpec) -> String {
    switch positional.arity {
    case .required: return "<\(positional.name)>"
    case .optional: return "[<\(positional.name)>]"
    case .zeroOrMore: return "[<\(positional.name)> ...]"
    case .oneOrMore: return "<\(positional.name)> ..."
    }
  }

  private static func argumentLabel(_ positional: PositionalSpec) -> String {
    positional.arity.isVariadic ? "<\(positional.name)> ..." : "<\(positional.name)>"
  }

  private static func argumentHelp(_ positional: PositionalSpec) -> String {
    guard case .choices(let choices) = positional.completion else { return positional.help }
    return positional.help + " (values: \(choices.joined(separator: ", ")))"
  }

  /// The command's own options and flags, then global ones from its ancestors, then the
  /// built-in `--help` and, at the root, `--version`.
  static func optionRows(_ lineage: [CommandSpec]) -> [(String, String)] {
    var rows: [(String, String)] = []
    for (depth, command) in lineage.enumerated().reversed() {
      let isOwn = depth == lineage.count - 1
      for option in command.options where isOwn || option.isGlobal {
        rows.append((optionLabel(option), optionHelp(option)))
      }
      for flag in command.flags where isOwn || flag.isGlobal {
        rows.append((namesLabel(long: flag.long, short: flag.short), flag.help))
      }
    }
    rows.append(("-h, --help", "Show help for this command."))
    if lineage.count == 1 { rows.append(("    --version", "Show the version.")) }
    return rows
  }

  /// Global options a subcommand's help describes in full; the others it only names, so a
  /// command's own options are not lost among the settings every command accepts.
  static let describedGlobalOptions: Set<String> = ["db"]

  /// A subcommand's own options and flags, then `--help`.
  static func ownOptionRows(_ command: CommandSpec) -> [(String, String)] {
    command.options.map { (optionLabel($0), optionHelp($0)) }
      + command.flags.map { (namesLabel(long: $0.long, short: $0.short), $0.help) }
      + [("-h, --help", "Show help for this command.")]
  }

  private static func inheritedOptions(_ lineage: [CommandSpec]) -> [OptionSpec] {
    lineage.dropLast().flatMap { $0.options.filter(\.isGlobal) }
  }

  static func globalOptionRows(_ lineage: [CommandSpec]) -> [(String, String)] {
    inheritedOptions(lineage).filter { describedGlobalOptions.contains($0.long) }
      .map { (optionLabel($0), optionHelp($0)) }
  }

  /// "Also --rules, --color, …: see `learnlog --help`.", wrapped and indented.
  static func globalOptionNames(_ lineage: [CommandSpec], invocation: String, width: Int)
    -> [String]
  {
    let names =
      inheritedOptions(lineage).filter { !describedGlobalOptions.contains($0.long) }
      .map { "--" + $0.long }
      + lineage.dropLast().flatMap { $0.flags.filter(\.isGlobal) }.map { "--" + $0.long }
    guard !names.isEmpty else { return [] }
    let sentence = "Also \(names.joined(separator: ", ")): see `\(invocation) --help`."
    return TextWrapper.wrap(sentence, width: width - 2).map { "  " + $0 }
  }

  static func optionLabel(_ option: OptionSpec) -> String {
    namesLabel(long: option.long, short: option.short) + " <\(option.valueName)>"
  }

  static func optionHelp(_ option: OptionSpec) -> String {
    var help = option.help
    if case .choices(let choices) = option.completion {
      help += " (values: \(choices.joined(separator: ", ")))"
    }
    if let defaultValue = option.defaultValue { help += " (default: \(defaultValue))" }
    if option.isRepeatable { help += " (repeatable)" }
    return help
  }

  /// `-j, --json`, or `    --json` so long names line up when there is no short one.
  private static func namesLabel(long: String, short: Character?) -> String {
    if let short { return "-\(short), --\(long)" }
    return "    --\(long)"
  }

  /// Visible subcommands; at the root, their subcommands too, indented below them.
  private static func subcommandRows(
    _ command: CommandSpec, depth: Int, recursive: Bool
  ) -> [(String, String)] {
    var rows: [(String, String)] = []
    for subcommand in command.visibleSubcommands {
      let marker = subcommand.name == command.defaultSubcommand ? " (default)" : ""
      let label = String(repeating: "  ", count: depth) + subcommand.name + marker
      rows.append((label, subcommand.abstract))
      if recursive {
        rows += subcommandRows(subcommand, depth: depth + 1, recursive: true)
      }
    }
    return rows
  }

  /// Two aligned columns indented by two spaces, the right one wrapped to `width`.
  private static func columns(_ rows: [(String, String)], width: Int) -> [String] {
    let widest = rows.map { TextWrapper.displayWidth($0.0) }.max() ?? 0
    let labelWidth = min(widest, maximumLabelWidth)
    let helpColumn = 2 + labelWidth + 2
    let padding = String(repeating: " ", count: helpColumn)
    var lines: [String] = []
    for (label, help) in rows {
      let wrapped = TextWrapper.wrap(help, width: max(width - helpColumn, 20))
      let labelText = "  " + label
      var rest = wrapped[...]
      if TextWrapper.displayWidth(label) > labelWidth {
        lines.append(labelText)
      } else if let first = rest.popFirst() {
        let gap = helpColumn - TextWrapper.displayWidth(labelText)
        lines.append(labelText + String(repeating: " ", count: gap) + first)
      } else {
        lines.append(labelText)
      }
      lines += rest.map { padding + $0 }
    }
    return lines
  }
}
