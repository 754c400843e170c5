/// One word of an answer: its case-folded form for matching, and where it sits in the original
/// text so evidence can quote the coach's own words.
public struct Token: Sendable, Equatable {
  /// The word lowercased, with typographic apostrophes made straight (`don’t` → `don't`).
  public let text: String
  /// Where the word sits in the text it was read from.
  public let range: Range<String.Index>
  /// True for figures such as `30`, `2.5`, `1,000` or `5k`.
  public let isNumber: Bool
  /// True for a single Chinese or Japanese character, counted as one word on its own.
  public let isCJK: Bool

  public init(text: String, range: Range<String.Index>, isNumber: Bool, isCJK: Bool) {
    self.text = text
    self.range = range
    self.isNumber = isNumber
    self.isCJK = isCJK
  }
}
