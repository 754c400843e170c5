/// A day on the calendar, with no time or zone: the date of a coaching session.
/// Stored and printed as ISO 8601 (`2026-12-01`).
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Builds a date when the parts name a real day (leap years included).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` exactly.
  public init?(iso text: String) {
    // Byte by byte, with no substrings: reports read a date from every row they group.
    var fields = (year: 0, month: 0, day: 0)
    var position = 0
    for byte in text.utf8 {
      if position == 4 || position == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
      } else {
        guard position < 10, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
          return nil
        }
        let digit = Int(byte &- UInt8(ascii: "0"))
        switch position {
        case ..<4: fields.year = fields.year * 10 + digit
        case ..<7: fields.month = fields.month * 10 + digit
        default: fields.day = fields.day * 10 + digit
        }
      }
      position += 1
    }
    guard position == 10 else { return nil }
    self.init(year: fields.year, month: fields.month, day: fields.day)
  }

  /// Reads what a coach types for a date: `today`, `yesterday`, `N days ago`, or `YYYY-MM-DD`.
  /// An empty answer means today.
  public init?(answer: String, today: CalendarDate) {
    let text = answer.trimmed.lowercased()
    switch text {
    case "", "today": self = today
    case "yesterday": self = today.adding(days: -1)
    default:
      let words = text.split(separator: " ")
      if words.count == 3, words[1] == "days" || words[1] == "day", words[2] == "ago",
        let count = Int(words[0]), (0...3660).contains(count)
      {
        self = today.adding(days: -count)
      } else if let date = CalendarDate(iso: text), Self.typedYears.contains(date.year) {
        self = date
      } else {
        return nil
      }
    }
  }

  /// The years a typed date may have: `0001-01-01` is a slip of the keyboard, not a session
  /// (the programme then said its window "ended 739,912 days ago").
  public static let typedYears = 1900...2199

  /// The calendar day of `date` in `timeZone`.
  public init(_ date: Date, in timeZone: TimeZone = .current) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    self.year = parts.year ?? 1970
    self.month = parts.month ?? 1
    self.day = parts.day ?? 1
  }

  public var iso: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public var description: String { iso }

  /// A short human form, `2 Dec`, with the year added when it is not `currentYear`.
  public func short(currentYear: Int? = nil) -> String {
    let name = CalendarDate.monthNames[month - 1]
    if let currentYear, currentYear != year { return "\(day) \(name) \(year)" }
    return "\(day) \(name)"
  }

  /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  public init(dayNumber: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    self.month = month
    self.day = day
  }

  public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// `YYYY-MM`, for grouping by month.
  public var monthKey: String { String(iso.prefix(7)) }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }

  static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
