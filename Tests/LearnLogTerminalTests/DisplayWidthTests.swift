import Testing

@testable import LearnLogTerminal

@Suite("Display width")
struct DisplayWidthTests {
  @Test(
    "width of text",
    arguments: [
      ("", 0),
      ("hello", 5),
      ("你好世界", 8),
      ("こんにちは", 10),
      ("カタカナ", 8),
      ("한국어", 6),
      ("ＡＢＣ", 6),  // fullwidth Latin
      ("ｶﾀｶﾅ", 4),  // halfwidth Katakana stays narrow
      ("👍", 2),
      ("👍🏽", 2),  // skin tone: one grapheme
      ("👨‍👩‍👧", 2),  // ZWJ family: one grapheme
      ("🇯🇵", 2),  // flag: regional indicator pair
      ("❤", 1),  // text-presentation emoji
      ("❤️", 2),  // with VS16
      ("1️⃣", 2),  // keycap
      ("e\u{301}", 1),  // combining acute: é in two scalars
      ("é", 1),
      ("a\u{200B}b", 2),  // zero-width space
      ("\u{1B}[31mred\u{1B}[0m", 3),
      ("\u{1B}]8;;https://example.com\u{07}link\u{1B}]8;;\u{07}", 4),  // OSC 8 hyperlink
      ("\u{01}\u{1B}[1m\u{02}› ", 2),  // readline ignore markers
      ("Ravi 说 👍🏽 ok", 13),
      ("한\u{1100}\u{1161}\u{11A8}", 4),  // precomposed + conjoining jamo syllable
    ] as [(String, Int)])
  func width(text: String, expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
  }

  @Test("pad adds spaces up to the display width, never truncates")
  func pad() {
    #expect(DisplayWidth.pad("你好", to: 6) == "你好  ")
    #expect(DisplayWidth.pad("\u{1B}[1mab\u{1B}[0m", to: 3) == "\u{1B}[1mab\u{1B}[0m ")
    #expect(DisplayWidth.pad("too wide", to: 3) == "too wide")
  }
}
