/// A coaching-hours log for a coach credential application (such as ICF's): one row per session
/// with the client alias, the date, the hours, individual or group (with its size) and paid or
/// pro bono, then totals. Each row also gives the minutes, so the totals (hours from summed
/// minutes, not summed rounded hours) can be checked to the minute. CSV by RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// a quote or a line break, quotes doubled. Only sessions held by `today` count: one dated
/// later is planned (as the programme view says), and coaching hours are hours coached.
public struct CoachingHoursLog: Sendable, Equatable {
  /// The sessions counted, oldest first.
  public let sessions: [CoachingSession]
  /// Held sessions left out because their length is not known.
  public let withoutDuration: [CoachingSession]
  /// Sessions left out because they are dated after today, with or without a length.
  public let planned: [CoachingSession]

  public init(sessions: [CoachingSession], today: CalendarDate) {
    let ordered = sessions.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    let held = ordered.filter { $0.date <= today }
    self.sessions = held.filter { $0.durationMinutes != nil }
    self.withoutDuration = held.filter { $0.durationMinutes == nil }
    self.planned = ordered.filter { $0.date > today }
  }

  public static let header = [
    "Client", "Date", "Individual or group", "Group size", "Payment", "Hours", "Minutes",
  ]

  /// Minutes by category; hours are computed from these sums, never from rounded rows.
  public var totalMinutes: Int { minutes { _ in true } }
  public var paidMinutes: Int { minutes { $0.payment == .paid } }
  public var proBonoMinutes: Int { minutes { $0.payment == .proBono } }
  public var individualMinutes: Int { minutes { $0.format == .individual } }
  public var groupMinutes: Int { minutes { $0.format == .group } }

  public func csv() -> String {
    var rows = [Self.header]
    for session in sessions {
      rows.append([
        session.coachee, session.date.iso,
        session.format == .group ? "Group" : "Individual",
        session.groupSize.map(String.init) ?? "",
        session.payment == .paid ? "Paid" : "Pro bono",
        Self.hours(session.durationMinutes ?? 0),
        String(session.durationMinutes ?? 0),
      ])
    }
    // Totals at the end, labelled in the first column and summed in the Hours and Minutes columns.
    let totals: [(String, Int)] = [
      ("Total hours", totalMinutes), ("Paid hours", paidMinutes),
      ("Pro bono hours", proBonoMinutes), ("Individual hours", individualMinutes),
      ("Group hours", groupMinutes),
    ]
    for (label, minutes) in totals {
      rows.append([label, "", "", "", "", Self.hours(minutes), String(minutes)])
    }
    return rows.map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// Minutes as hours with two decimals, rounded half up: 50 → "0.83", 90 → "1.50".
  public static func hours(_ minutes: Int) -> String {
    let hundredths = (minutes * 100 + 30) / 60
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// One RFC 4180 field. A field a spreadsheet would take for a formula (`=`, `+`, `-`, `@`
  /// first) gets a leading apostrophe, so opening the log never runs anything.
  public static func field(_ value: String) -> String {
    let text = value.first.map { "=+-@\t\r".contains($0) } == true ? "'" + value : value
    let needsQuotes = text.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return text }
    var quoted = "\""
    for character in text {
      quoted += character == "\"" ? "\"\"" : String(character)
    }
    return quoted + "\""
  }

  private func minutes(_ included: (CoachingSession) -> Bool) -> Int {
    sessions.filter(included).reduce(0) { $0 + ($1.durationMinutes ?? 0) }
  }
}
