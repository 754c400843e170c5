import LearnLog

/// Where a report goes: standard output (no `-o`, or `-o -`), or a private file (mode 0600)
/// with `-o FILE`.
enum ReportOutput {
  /// `-o FILE`, nil for standard output.
  static func path(_ command: ParsedCommand) throws -> String? {
    guard let path = try outputFile(command) else { return nil }
    return path == "-" ? nil : path
  }

  /// `-o FILE` as given (`-` included); an empty name is a usage error.
  static func outputFile(_ command: ParsedCommand) throws(UsageError) -> String? {
    try command.nonBlank("output", expected: "a file path")
  }

  /// The format a report takes: `--format` when given, else the one `-o FILE`'s extension
  /// names (`brief.html` gets HTML), else `fallback`. A `--format` that contradicts the
  /// extension is refused rather than writing, say, Markdown into an .html file.
  static func format(_ command: ParsedCommand, choices: [String], fallback: String) throws
    -> String
  {
    let given = try command.choice("format", choices)
    let path = try self.path(command)
    let fileExtension = path.flatMap { path -> String? in
      guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
      let word = path[path.index(after: dot)...].lowercased()
      let named = word == "htm" ? "html" : word == "markdown" ? "md" : word == "txt" ? "text" : word
      return choices.contains(named) ? named : nil
    }
    if let given, let fileExtension, given != fileExtension {
      throw command.usageError(.unusableOptions(
        "--format \(given) does not match the file name \(path ?? ""); give a file ending in "
          + ".\(given), or leave out --format"))
    }
    return given ?? fileExtension ?? fallback
  }

  static func deliver(_ text: String, to path: String?, what: String, app: App) throws {
    guard let path else {
      app.out(text)
      return
    }
    do {
      try PrivateFile.write(text, to: path)
    } catch {
      throw CLIError.cannotWriteFile(path: path, reason: error.reason)
    }
    app.errorLine("Wrote the \(what) to \(path) (readable by you alone).")
  }
}
