extension App {
  /// learnlog's command history file (see `HistoryFile`).
  var historyFile: HistoryFile {
    HistoryFile(path: HistoryFile.defaultPath(environment: environment))
  }

  /// Records a command line in the history when a person typed it (standard input is a
  /// terminal), so scripts and pipes do not fill it. A history that cannot be written never stops
  /// a command: the failure is ignored.
  func rememberInHistory(_ command: ParsedCommand) {
    guard isInputTerminal, let line = HistoryLine.invocation(command) else { return }
    try? historyFile.append(line)
  }
}
