/// Where a pattern matched: the word positions it covers and the coach's words there.
public struct PatternMatch: Sendable, Equatable {
  /// The pattern that matched, as written.
  public let pattern: String
  /// Positions of the first and last matched word.
  public let words: ClosedRange<Int>
  /// The matched passage, exactly as the coach typed it.
  public let excerpt: String
}
