import Testing

@testable import LearnLogTerminal

/// Backspace cuts before the last character as a person sees it, never inside one.
@Suite("Backspace by character")
struct CharacterRuboutTests {
  private func start(_ count: Int, _ text: String) -> Int? {
    CharacterRubout.start(ofLast: count, in: Array(text.utf8))
  }

  @Test(
    "The last character's first byte",
    arguments: [
      ("ab", 1), ("a你", 1), ("ok👩‍👩‍👧", 2), ("ok🇫🇷", 2), ("ok👍🏽", 2), ("oke\u{301}", 2),
      ("漢字漢字👩‍👩‍👧", 12),
    ])
  func lastCharacter(text: String, expected: Int) {
    #expect(start(1, text) == expected)
  }

  @Test func aCountDeletesThatManyCharactersAndStopsAtTheStart() {
    #expect(start(2, "ab👍🏽") == 1)
    #expect(start(5, "ab") == 0)
  }

  @Test("Nothing to delete, or bytes that are not UTF-8: readline's own rubout acts")
  func leftToReadline() {
    #expect(start(1, "") == nil)
    #expect(start(0, "ab") == nil)
    #expect(CharacterRubout.start(ofLast: 1, in: [0x61, 0xFF]) == nil)
  }
}
