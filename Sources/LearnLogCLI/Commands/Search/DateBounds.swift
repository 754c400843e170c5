import LearnLog

/// `--since` and `--until`, shared by search and export.
struct DateBounds: Equatable {
  var since: CalendarDate?
  var until: CalendarDate?

  init(since: CalendarDate? = nil, until: CalendarDate? = nil) {
    self.since = since
    self.until = until
  }

  init(_ command: ParsedCommand) throws(UsageError) {
    since = try Self.date(command, "since")
    until = try Self.date(command, "until")
    if let since, let until, since > until {
      throw command.usageError(
        .unusableOptions("--since \(since.iso) is after --until \(until.iso): nothing can match"))
    }
  }

  /// A date option (`YYYY-MM-DD`, `today`, `yesterday` or `N days ago`, as the chat reads
  /// dates), or nil when absent; anything else is a usage error.
  static func date(
    _ command: ParsedCommand, _ name: String, today: CalendarDate = CalendarDate(Date())
  ) throws(UsageError) -> CalendarDate? {
    guard let (displayName, text) = command.value(named: name) else { return nil }
    guard !text.trimmed.isEmpty, let date = CalendarDate(answer: text, today: today) else {
      throw UsageError(.invalidDate(name: displayName, value: text), commandPath: command.commandPath)
    }
    return date
  }
}
