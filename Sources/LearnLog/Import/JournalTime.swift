/// The time of day on a jrnl entry. jrnl writes `HH:MM` by default; some configurations add
/// seconds, which are kept so the time survives a round trip exactly. (A struct rather than an
/// `(hour, minute)` tuple so entries can be Equatable and Hashable.)
public struct JournalTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let hour: Int
  public let minute: Int
  /// Present when the journal wrote seconds.
  public let second: Int?

  /// Builds a time when the parts name a real time of day.
  public init?(hour: Int, minute: Int, second: Int? = nil) {
    guard (0...23).contains(hour), (0...59).contains(minute),
      second.map({ (0...59).contains($0) }) ?? true
    else { return nil }
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// `09:05`, or `09:05:30` with seconds.
  public var text: String {
    func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    let base = "\(pad(hour)):\(pad(minute))"
    return second.map { "\(base):\(pad($0))" } ?? base
  }

  /// The same as `text`.
  public var description: String { text }

  public static func < (lhs: JournalTime, rhs: JournalTime) -> Bool {
    (lhs.hour, lhs.minute, lhs.second ?? 0) < (rhs.hour, rhs.minute, rhs.second ?? 0)
  }
}
