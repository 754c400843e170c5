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
  /// names (`brief.html` gets HTML), else `fallback`. A file name that names another document
  /// format is refused rather than guessed at: a `--format` that contradicts the extension (no
  /// Markdown in an .html file), or an extension of a format this command does not write
  /// (`brief.pdf`, `review -o r.md`). Other names (`brief`, `brief.out`) take the format given.
  ///
  /// `fileFormats` names the choice an extension's document format stands for when they differ
  /// (`csv` is `icf-csv` for the hours log).
  static func format(
    _ command: ParsedCommand, choices: [String], fallback: String,
    fileFormats: [String: String] = [:]
  ) throws -> String {
    let given = try command.choice("format", choices)
    guard let path = try self.path(command), let document = documentFormat(of: path) else {
      return given ?? fallback
    }
    let named = fileFormats[document] ?? document
    func ending(_ choice: String) -> String {
      "." + (fileFormats.first { $0.value == choice }?.key ?? (choice == "text" ? "txt" : choice))
    }
    let listed = choices.map(ending).joinedAsProse("or")
    if !choices.contains(named) {
      throw command.usageError(.unusableOptions(
        "the file name \(path) asks for \(document), which this command does not write; give a "
          + "file ending in \(given.map(ending) ?? listed)"))
    }
    if let given, given != named {
      throw command.usageError(.unusableOptions(
        "--format \(given) does not match the file name \(path); give a file ending in "
          + "\(ending(given)), or leave out --format"))
    }
    return named
  }

  /// The document format a file name's extension names (`html` for .htm, `md` for .markdown,
  /// `text` for .txt), or nil for no extension or one that names no document format.
  static func documentFormat(of path: String) -> String? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let word = path[path.index(after: dot)...].lowercased()
    let named = aliases[word] ?? word
    return documentFormats.contains(named) ? named : nil
  }

  private static let aliases = ["htm": "html", "markdown": "md", "txt": "text"]
  private static let documentFormats: Set<String> = [
    "md", "html", "json", "text", "csv", "pdf", "doc", "docx", "odt", "rtf", "xml",
  ]

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
