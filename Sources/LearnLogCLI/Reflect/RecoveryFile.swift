import LearnLog

/// Where a reflection goes when the log cannot be written at the end of a conversation: a
/// private JSON file in the export format, which `learnlog import --format json` reads back.
enum RecoveryFile {
  static func write(_ entry: Entry, besideDatabase databasePath: String, now: Date) throws -> String {
    let data = Array(
      try EntryDocument.prettyJSON(ExportDocument(entries: [EntryDocument(entry)], notes: [])).utf8)
    let name = "learnlog-recovery-\(entry.id)-\(Int(now.timeIntervalSince1970)).json"
    let databaseFolder = databasePath.split(separator: "/", omittingEmptySubsequences: false)
      .dropLast().joined(separator: "/")
    var lastFailure: PrivateFile.Failure?
    // The database's folder first; then the home folder, in case that disk is the full one.
    let home = ProcessInfo.processInfo.environment["HOME"] ?? "/tmp"
    for folder in [databaseFolder.isEmpty ? "." : databaseFolder, home] {
      let path = folder + "/" + name
      do {
        try PrivateFile.write(data, to: path)
        return path
      } catch {
        lastFailure = error
      }
    }
    throw lastFailure ?? PrivateFile.Failure(path: name, reason: "no folder to write to")
  }
}
