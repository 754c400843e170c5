import LearnLog
import LearnLogStore

/// `learnlog sessions export --format icf-csv [-o FILE]`: the coaching-hours log.
struct SessionsExportCommand {
  let output: String?

  init(_ command: ParsedCommand) throws {
    // `-o hours.json` would be CSV under a JSON name: refused, as export and prepare refuse it.
    _ = try ReportOutput.format(
      command, choices: ["icf-csv"], fallback: "icf-csv", fileFormats: ["csv": "icf-csv"])
    output = try ReportOutput.path(command)
  }

  func run(_ app: App) throws {
    let log = CoachingHoursLog(sessions: try app.readingStore().sessions(), today: app.today)
    if !log.withoutDuration.isEmpty {
      let sorted = log.withoutDuration.map(\.id).sorted()
      let ids = sorted.map(String.init).joined(separator: ", ")
      let first = sorted[0]
      app.errorLine(
        "learnlog: warning: left out \(log.withoutDuration.count == 1 ? "session" : "sessions") "
          + "\(ids): no length given. Add it with `learnlog sessions edit \(first) --minutes N`.")
    }
    if !log.planned.isEmpty {
      // Planned sessions are not coaching hours yet; they count once their day has come.
      let count = log.planned.count
      app.errorLine(
        "learnlog: left out \(count) planned \(count == 1 ? "session" : "sessions") dated after today")
    }
    let csv = log.csv()
    guard let output else {
      app.out(csv)
      return
    }
    do throws(PrivateFile.Failure) {
      try PrivateFile.write(csv, to: output)
    } catch {
      throw CLIError.cannotWriteFile(path: output, reason: error.reason)
    }
    app.errorLine(
      "Wrote \(log.sessions.count) session\(log.sessions.count == 1 ? "" : "s"), \(CoachingHoursLog.hours(log.totalMinutes)) hours, "
        + "to \(output).")
  }
}
