import LearnLog

/// A value bound to a statement parameter. Values are always bound, never spliced into SQL, so
/// SQL text (which may appear in errors) never carries what the coach wrote.
public enum SQLValue: Sendable, Equatable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
}

extension SQLValue {
  /// `.text(value)`, or `.null` when there is none.
  static func nullable(_ value: String?) -> SQLValue {
    value.map { .text($0) } ?? .null
  }

  static func integer(_ value: Int) -> SQLValue { .integer(Int64(value)) }

  static func bool(_ value: Bool) -> SQLValue { .integer(value ? 1 : 0) }

  /// A point in time as stored: seconds since the reference date (2001-01-01 UTC), the same
  /// Double that `Date` holds, so a date reads back bit for bit equal.
  static func date(_ value: Date) -> SQLValue { .real(value.timeIntervalSinceReferenceDate) }
}
