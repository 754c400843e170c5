/// ISO 8601 timestamps in UTC with milliseconds (`2026-12-02T09:00:30.125Z`), written and read by
/// hand: no formatter objects, so printing thousands of rows stays cheap, and the round trip
/// through JSON export and import is exact to the millisecond.
public enum Timestamp {
  public static func format(_ date: Date) -> String {
    let totalMilliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
    let milliseconds = ((totalMilliseconds % 1000) + 1000) % 1000
    let totalSeconds = (totalMilliseconds - milliseconds) / 1000
    let secondsOfDay = ((totalSeconds % 86400) + 86400) % 86400
    let day = CalendarDate(dayNumber: (totalSeconds - secondsOfDay) / 86400)
    let hour = secondsOfDay / 3600
    let minute = secondsOfDay % 3600 / 60
    let second = secondsOfDay % 60
    return "\(day.iso)T\(two(hour)):\(two(minute)):\(two(second)).\(three(milliseconds))Z"
  }

  /// Reads `YYYY-MM-DDTHH:MM:SS[.fff]Z` (also with a `+00:00` suffix).
  public static func parse(_ text: String) -> Date? {
    var body = Substring(text)
    if body.hasSuffix("Z") {
      body = body.dropLast()
    } else if body.hasSuffix("+00:00") {
      body = body.dropLast(6)
    } else {
      return nil
    }
    let halves = body.split(separator: "T", omittingEmptySubsequences: false)
    guard halves.count == 2, let day = CalendarDate(iso: String(halves[0])) else { return nil }
    let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 3, let hour = Int(clock[0]), let minute = Int(clock[1]),
      (0..<24).contains(hour), (0..<60).contains(minute)
    else { return nil }
    let secondParts = clock[2].split(separator: ".", omittingEmptySubsequences: false)
    guard let second = Int(secondParts[0]), (0..<61).contains(second), secondParts.count <= 2
    else { return nil }
    var milliseconds = 0
    if secondParts.count == 2 {
      let digits = secondParts[1].prefix(3)
      guard !digits.isEmpty, let value = Int(digits) else { return nil }
      milliseconds = value * [1, 100, 10, 1][digits.count]
    }
    let seconds = day.dayNumber * 86400 + hour * 3600 + minute * 60 + second
    return Date(timeIntervalSince1970: Double(seconds) + Double(milliseconds) / 1000)
  }

  private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
  private static func three(_ value: Int) -> String {
    value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : String(value)
  }
}
