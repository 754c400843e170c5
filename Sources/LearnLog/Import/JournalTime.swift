/// The time of day on a jrnl entry. jrnl writes `HH:MM` by default before version 2.5 and
/// `hh:mm:ss AM` (its default `%r`) since; other configurations add or drop seconds. The time is
/// kept as written, so it survives a round trip exactly: `hour` is always on the 24-hour clock
/// (for ordering), and `twelveHourStyle` says how a 12-hour time was written. (A struct rather
/// than an `(hour, minute)` tuple so entries can be Equatable and Hashable.)
public struct JournalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// 0...23, whichever clock the journal wrote: `02:30 PM` has hour 14.
  public let hour: Int
  public let minute: Int
  /// Present when the journal wrote seconds.
  public let second: Int?
  /// How the time was written on the 12-hour clock; nil for the 24-hour clock. Part of the
  /// time's identity: `02:30 PM` and `14:30` are different texts, so different notes.
  public let twelveHourStyle: TwelveHourStyle?

  /// Builds a 24-hour time when the parts name a real time of day.
  public init?(hour: Int, minute: Int, second: Int? = nil) {
    guard (0...23).contains(hour), (0...59).contains(minute),
      second.map({ (0...59).contains($0) }) ?? true
    else { return nil }
    self.hour = hour
    self.minute = minute
    self.second = second
    self.twelveHourStyle = nil
  }

  /// Builds a 12-hour time (`hour` 1...12 before `meridiem`) when the parts name a real time.
  public init?(
    hour: Int, minute: Int, second: Int? = nil, meridiem: Meridiem,
    style: TwelveHourStyle = TwelveHourStyle()
  ) {
    // 12 AM is midnight, 12 PM noon.
    let dayHour = hour % 12 + (meridiem == .pm ? 12 : 0)
    guard (1...12).contains(hour),
      let time = JournalTime(hour: dayHour, minute: minute, second: second)
    else { return nil }
    self.hour = time.hour
    self.minute = minute
    self.second = second
    self.twelveHourStyle = style
  }

  /// `09:05`, `09:05:30`, or on the 12-hour clock as written: `02:30:00 PM`, `2:30 pm`.
  public var text: String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    guard let style = twelveHourStyle else {
      let base = "\(pad(hour)):\(pad(minute))"
      return second.map { "\(base):\(pad($0))" } ?? base
    }
    let clockHour = hour % 12 == 0 ? 12 : hour % 12
    var text = style.padsHour ? pad(clockHour) : String(clockHour)
    text += ":\(pad(minute))"
    if let second { text += ":\(pad(second))" }
    let mark = hour < 12 ? Meridiem.am : .pm
    text += " " + (style.isLowercase ? mark.rawValue : mark.rawValue.uppercased())
    return text
  }

  /// The same as `text`.
  public var description: String { text }

  /// Earlier in the day first, whichever clock each was written on (`02:30 PM` is after
  /// `14:00`). Times written differently can be neither earlier nor equal (`14:30`, `02:30 PM`).
  public static func < (lhs: JournalTime, rhs: JournalTime) -> Bool {
    (lhs.hour, lhs.minute, lhs.second ?? 0) < (rhs.hour, rhs.minute, rhs.second ?? 0)
  }
}
