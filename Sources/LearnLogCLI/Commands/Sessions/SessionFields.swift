import LearnLog

/// Reading the fields of a session from options or typed answers, with one message per mistake.
enum SessionFields {
  static func date(_ text: String, today: CalendarDate) -> CalendarDate? {
    CalendarDate(answer: text, today: today)
  }

  static func coachee(_ text: String) -> String? {
    let name = text.singleLine
    return name.isEmpty ? nil : name
  }

  /// Whole minutes, 1 to a day's worth.
  static func minutes(_ text: String) -> Int? {
    guard let value = Int(text.trimmed), (1...CoachingSession.longestMinutes).contains(value)
    else { return nil }
    return value
  }

  static func groupSize(_ text: String) -> Int? {
    guard let value = Int(text.trimmed), (CoachingSession.smallestGroup...1000).contains(value)
    else { return nil }
    return value
  }

  /// The fields `sessions add` and `sessions edit` take as options, each checked: a value that
  /// cannot be a session's is a usage error naming the option and what it needs.
  struct Given {
    var date: CalendarDate?
    var coachee: String?
    var topic: String?
    var minutes: Int?
    var groupSize: Int?

    init(_ command: ParsedCommand, today: CalendarDate) throws(UsageError) {
      date = try DateBounds.date(command, "date", today: today)
      coachee = try command.value("coachee", expected: "a name or alias", SessionFields.coachee)
      topic = command.option("topic")?.singleLine
      minutes = try command.value("minutes", expected: SessionFields.minutesNeeds, SessionFields.minutes)
      groupSize = try command.value("group", expected: SessionFields.groupNeeds, SessionFields.groupSize)
    }
  }

  static let minutesNeeds = "a whole number of minutes from 1 to \(CoachingSession.longestMinutes)"
  static let groupNeeds = "the number of people in the group, 2 or more"

  /// The session id positional of `edit` and `remove`.
  static func id(_ command: ParsedCommand) throws -> Int64 {
    guard let id = try command.identifier("id") else {
      throw UsageError(.missingArgument("id"), commandPath: command.commandPath)
    }
    return id
  }

  /// "2 Dec, Ravi, 45 min, individual, paid".
  static func describe(_ session: CoachingSession, today: CalendarDate) -> String {
    let minutes = session.durationMinutes.map { "\($0) min" } ?? "length not given"
    return "\(session.date.short(currentYear: today.year)), \(session.coachee), \(minutes), "
      + "\(session.formatDescription), \(session.payment.title)"
  }
}
