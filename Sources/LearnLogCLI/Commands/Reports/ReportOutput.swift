import LearnLog

/// Where a report goes: standard output, or a private file (mode 0600) with `-o FILE`.
enum ReportOutput {
  static func path(_ command: ParsedCommand) throws -> String? {
    guard let path = command.option("output") else { return nil }
    guard !path.isEmpty else { throw CLIError.other("-o needs a file path") }
    return path == "-" ? nil : path
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
