/// One word of an answer: its case-folded form for matching, and where it sits in the original
/// text so evidence can quote the coach's own words.
public struct Token: Sendable, Equatable {
  /// The word lowercased, with typographic apostrophes made straight (`don’t` → `don't`).
  public let text: String
  /// Where the word sits in the text it was read from.
  public let range: Range<String.Index>
  /// True for figures such as `30`, `2.5`, `1,000` or `5k`.
  public let isNumber: Bool
  /// True for a single Chinese or Japanese character.
  public let isCJK: Bool
  /// True for the first word of the text, and for a word after `.`, `?`, `!`, `;`, `:`, a line
  /// break or a bullet: what a `^` pattern anchors to.
  public let startsSentence: Bool
  /// True for a kana character that continues a run of the same script: matched as its own
  /// character, but not counted as another word.
  public let continuesWord: Bool

  public init(
    text: String, range: Range<String.Index>, isNumber: Bool, isCJK: Bool,
    startsSentence: Bool = false, continuesWord: Bool = false
  ) {
    self.text = text
    self.range = range
    self.isNumber = isNumber
    self.isCJK = isCJK
    self.startsSentence = startsSentence
    self.continuesWord = continuesWord
  }
}
