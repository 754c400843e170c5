/// Renders a roff man page (`learnlog.1`) for a whole command tree.
///
/// The page has NAME, SYNOPSIS, DESCRIPTION, OPTIONS, COMMANDS (each visible command with its
/// arguments and options), EXAMPLES, FILES, ENVIRONMENT, EXIT STATUS and SEE ALSO. Files and
/// environment variables are not part of the command tree, so the caller passes them in.
public struct ManPageFormatter: Sendable {
  /// One term and its description, rendered as a tagged paragraph.
  public struct Entry: Sendable, Equatable {
    public var term: String
    public var description: String

    public init(_ term: String, _ description: String) {
      self.term = term
      self.description = description
    }
  }

  /// The usual exit statuses of a tool that follows sysexits.h for usage errors.
  public static let standardExitStatuses = [
    Entry("0", "Success."),
    Entry("1", "Failure: the command could not do what was asked; the message says why."),
    Entry("64", "Usage error: the command line was wrong."),
  ]

  /// The manual section.
  public var section: Int
  /// The date in the page footer (`2025-01-31`); passed in so rendering stays pure.
  public var date: String
  /// The version in the page footer (`learnlog 1.0`).
  public var source: String
  public var files: [Entry]
  public var environment: [Entry]
  public var exitStatuses: [Entry]
  /// Related pages, such as `sqlite3(1)`.
  public var seeAlso: [String]

  public init(
    section: Int = 1, date: String, source: String, files: [Entry] = [],
    environment: [Entry] = [], exitStatuses: [Entry] = standardExitStatuses,
    seeAlso: [String] = []
  ) {
    self.section = section
    self.date = date
    self.source = source
    self.files = files
    self.environment = environment
    self.exitStatuses = exitStatuses
    self.seeAlso = seeAlso
  }

  /// The whole page for `root` and every visible command below it.
  public func render(_ root: CommandSpec) -> String {
    let program = root.name
    var lines = [
      ".TH \(Self.quoted(program.uppercased())) \(section) \(Self.quoted(date)) "
        + "\(Self.quoted(source)) \"User Commands\"",
      ".SH NAME",
      // Conventionally a fragment: "learnlog - a terminal reflection coach", no full stop.
      Self.escaped("\(program) - \(root.abstract.lowercasingFirstLetter.droppingFinalPeriod)"),
      ".SH SYNOPSIS",
    ]
    let synopsis = HelpFormatter.usageLines(root, lineage: [root], invocation: program)
    for (number, usage) in synopsis.enumerated() {
      if number > 0 { lines.append(".br") }
      lines.append(Self.escaped(usage.trimmingLeadingSpaces))
    }
    lines.append(".SH DESCRIPTION")
    lines.append(Self.escaped(root.discussion.isEmpty ? root.abstract : root.discussion))
    lines.append(".SH OPTIONS")
    lines += optionEntries([root])

    lines.append(".SH COMMANDS")
    var examples: [CommandExample] = root.examples
    for lineage in Self.commandLineages(below: [root]) {
      let command = lineage[lineage.count - 1]
      examples += command.examples
      let invocation = ([program] + lineage.commandPath).joined(separator: " ")
      lines.append(".SS " + Self.quoted(Self.escaped(invocation)))
      lines.append(Self.escaped(command.abstract))
      if !command.discussion.isEmpty {
        lines += [".PP", Self.escaped(command.discussion)]
      }
      lines += [".PP", "Usage:"]
      for usage in HelpFormatter.usageLines(command, lineage: lineage, invocation: invocation) {
        lines += [".br", Self.escaped(usage.trimmingLeadingSpaces)]
      }
      for positional in command.positionals {
        lines += [".TP", "\\fI" + Self.escaped(HelpFormatter.usageWord(positional)) + "\\fR"]
        lines.append(Self.escaped(positional.help))
      }
      lines += optionEntries(lineage, includingInherited: false)
    }

    if !examples.isEmpty {
      lines.append(".SH EXAMPLES")
      for example in examples {
        lines += [".TP", "\\fB" + Self.escaped(example.commandLine) + "\\fR"]
        lines.append(Self.escaped(example.explanation))
      }
    }
    for (title, entries) in [("FILES", files), ("ENVIRONMENT", environment)] where !entries.isEmpty
    {
      lines.append(".SH \(title)")
      for entry in entries {
        lines += [
          ".TP", "\\fI" + Self.escaped(entry.term) + "\\fR", Self.escaped(entry.description),
        ]
      }
    }
    lines.append(".SH \"EXIT STATUS\"")
    for entry in exitStatuses {
      lines += [".TP", "\\fB" + Self.escaped(entry.term) + "\\fR", Self.escaped(entry.description)]
    }
    if !seeAlso.isEmpty {
      lines.append(".SH \"SEE ALSO\"")
      lines.append(Self.escaped(seeAlso.joined(separator: ", ")))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Tagged paragraphs for a command's options and flags (and the root's `--version`).
  private func optionEntries(
    _ lineage: [CommandSpec], includingInherited: Bool = true
  ) -> [String] {
    guard let command = lineage.last else { return [] }
    let options = includingInherited ? lineage.availableOptions : command.options
    let flags = includingInherited ? lineage.availableFlags : command.flags
    var lines: [String] = []
    for option in options {
      let names = Self.names(long: option.long, short: option.short)
      lines += [".TP", names + " \\fI" + Self.escaped(option.valueName) + "\\fR"]
      lines.append(Self.escaped(HelpFormatter.optionHelp(option)))
    }
    for flag in flags {
      lines += [".TP", Self.names(long: flag.long, short: flag.short), Self.escaped(flag.help)]
    }
    if lineage.count == 1 {
      lines += [".TP", Self.names(long: "help", short: "h"), "Show help for a command."]
      lines += [".TP", Self.names(long: "version", short: nil), "Show the version."]
    }
    return lines
  }

  private static func names(long: String, short: Character?) -> String {
    let longName = "\\fB\\-\\-" + escaped(long) + "\\fR"
    guard let short else { return longName }
    return "\\fB\\-" + escaped(String(short)) + "\\fR, " + longName
  }

  /// Every visible command below the root, depth first, each with its ancestors.
  private static func commandLineages(below lineage: [CommandSpec]) -> [[CommandSpec]] {
    guard let command = lineage.last else { return [] }
    return command.visibleSubcommands.flatMap { subcommand in
      let extended = lineage + [subcommand]
      return [extended] + commandLineages(below: extended)
    }
  }

  /// Text made safe for roff: backslashes and dashes escaped, and a line that would start with
  /// a control character (`.` or `'`) protected with `\&`.
  static func escaped(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let body = asciiOnly(
        line.replacingEvery("\\", with: "\\e")
          .replacingEvery("-", with: "\\-"))
      return body.hasPrefix(".") || body.hasPrefix("'") ? "\\&" + body : body
    }.joined(separator: "\n")
  }

  /// troff reads its input as Latin-1 unless preconv runs first: write every other character as
  /// a `\[uXXXX]` escape so dashes and ellipses survive any man viewer.
  static func asciiOnly(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        result.unicodeScalars.append(scalar)
      } else {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      }
    }
    return result
  }

  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingEvery("\"", with: "\\(dq") + "\""
  }
}

extension StringProtocol {
  fileprivate var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
  fileprivate var lowercasingFirstLetter: String { prefix(1).lowercased() + dropFirst() }
  fileprivate var droppingFinalPeriod: String { hasSuffix(".") ? String(dropLast()) : String(self) }

  /// Every occurrence of `target` replaced; written here so the module needs no Foundation.
  func replacingEvery(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return String(self) }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
