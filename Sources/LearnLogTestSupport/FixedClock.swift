import LearnLog

/// A clock for tests: starts at a fixed instant and moves only when told.
public final class FixedClock: @unchecked Sendable {
  public private(set) var now: Date

  /// 2026-12-02 09:00:00 UTC unless told otherwise.
  public init(_ start: Date = Date(timeIntervalSince1970: 1_796_202_000)) {
    self.now = start
  }

  public func advance(seconds: TimeInterval) {
    now = now.addingTimeInterval(seconds)
  }
}
