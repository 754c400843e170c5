import LearnLog

/// `--since` and `--until`, shared by search and export.
struct DateBounds: Equatable {
  var since: CalendarDate?
  var until: CalendarDate?

  init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
    self.since = since
    self.until = until
  }

  init(_ command: ParsedCommand) throws {
    since = try Self.date(command, "since")
    until = try Self.date(command, "until")
    if let since, let until, since > until {
      throw CLIError.other("--since \(since.iso) is after --until \(until.iso): nothing can match")
    }
  }

  /// A `YYYY-MM-DD` option, or nil when absent; anything else is a usage error.
  static func date(_ command: ParsedCommand, _ name: String) throws -> CalendarDate? {
    guard let text = command.option(name) else { return nil }
    guard let date = CalendarDate(iso: text) else {
      throw CLIError.other("--\(name) needs a date like 2026-11-28, not '\(text)'")
    }
    return date
  }
}
