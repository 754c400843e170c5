extension JournalTime {
  /// Before or after noon on the 12-hour clock.
  public enum Meridiem: String, Sendable, Hashable {
    case am
    case pm
  }

  /// How a 12-hour time was written, so it is written back the same way: jrnl's `%r` gives
  /// `09:00:00 AM`; a hand-written or `%I`/`%p`-configured journal may have `9:00 am`.
  public struct TwelveHourStyle: Sendable, Hashable {
    /// `09:00 AM` rather than `9:00 AM`.
    public var padsHour: Bool
    /// `am`/`pm` rather than `AM`/`PM`.
    public var isLowercase: Bool

    /// jrnl's own style by default: `09:00:00 AM`.
    public init(padsHour: Bool = true, isLowercase: Bool = false) {
      self.padsHour = padsHour
      self.isLowercase = isLowercase
    }
  }
}
