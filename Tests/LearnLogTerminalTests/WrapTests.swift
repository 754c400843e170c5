import Testing

@testable import LearnLogTerminal

@Suite("Wrapping by display width")
struct WrapTests {
  @Test(
    "wraps",
    arguments: [
      ("short", 10, ["short"]),
      ("the quick brown fox", 10, ["the quick", "brown fox"]),
      ("the quick brown fox", 9, ["the quick", "brown fox"]),
      ("one  two", 20, ["one  two"]),  // inner spacing kept
      ("a\nb c", 3, ["a", "b c"]),  // existing breaks kept
      ("a\n\nb", 10, ["a", "", "b"]),
      ("", 10, [""]),
      ("  indented text", 10, ["  indented", "text"]),
      ("supercalifragilistic", 8, ["supercal", "ifragili", "stic"]),
      ("你好世界你好世界", 6, ["你好世", "界你好", "世界"]),
      ("你好，世界。你好", 4, ["你", "好，", "世", "界。", "你好"]),  // no line starts with ， or 。
      ("我用Swift写代码", 8, ["我用", "Swift写", "代码"]),
      ("👍🏽👍🏽👍🏽", 4, ["👍🏽👍🏽", "👍🏽"]),  // never splits a grapheme
      ("e\u{301}e\u{301}e\u{301}", 2, ["e\u{301}e\u{301}", "e\u{301}"]),
      ("\u{1B}[1mbold words\u{1B}[0m here", 10, ["\u{1B}[1mbold words\u{1B}[0m", "here"]),
      ("wide 字", 1, ["w", "i", "d", "e", "字"]),  // wider than the line: alone on its line
    ] as [(String, Int, [String])])
  func wraps(text: String, width: Int, expected: [String]) {
    #expect(DisplayWidth.wrap(text, width: width) == expected)
  }

  @Test("no line is wider than asked (except a single wide grapheme on a 1-column line)")
  func linesFit() {
    let text = "Relieved, and a bit impatient when he went quiet. 他沉默的时候我有点不耐烦，但我等着。👨‍👩‍👧 🇯🇵"
    for width in 2...30 {
      for line in DisplayWidth.wrap(text, width: width) {
        #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
      }
    }
  }

  @Test("wrapping loses no printable text")
  func keepsText() {
    let text = "How could you find out what the new buyer values? 新しい担当者は何を大切にしていますか"
    let joined = DisplayWidth.wrap(text, width: 12).joined()
    #expect(joined.filter { $0 != " " } == text.filter { $0 != " " })
  }
}
