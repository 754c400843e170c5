import Testing

@testable import LearnLogTerminal

/// Backspace, Left, Right and Delete stop between characters as a person sees them, never
/// inside one.
@Suite("Cursor and deletion by character")
struct CharacterBoundariesTests {
  private func previous(_ count: Int, _ point: Int, _ text: String) -> Int? {
    CharacterBoundaries.previous(count, before: point, in: Array(text.utf8))
  }

  private func previous(_ point: Int, _ text: String) -> Int? {
    previous(1, point, text)
  }

  private func next(_ count: Int, _ point: Int, _ text: String) -> Int? {
    CharacterBoundaries.next(count, after: point, in: Array(text.utf8))
  }

  private func next(_ point: Int, _ text: String) -> Int? {
    next(1, point, text)
  }

  /// Backspace with the cursor at the end of `text`.
  private func start(_ count: Int, _ text: String) -> Int? {
    CharacterBoundaries.previous(count, before: text.utf8.count, in: Array(text.utf8))
  }

  @Test(
    "Backspace: the last character's first byte",
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
    #expect(CharacterBoundaries.previous(1, before: 2, in: [0x61, 0xFF]) == nil)
  }

  // "a🇫🇷b": a at 0, the flag (two regional indicators, 4 bytes each) at 1, b at 9, end 10.
  @Test func leftAndRightStepOverAFlagWhole() {
    let text = "a🇫🇷b"
    #expect(next(1, text) == 9)
    #expect(next(0, text) == 1)
    #expect(next(9, text) == 10)
    #expect(previous(9, text) == 1)
    #expect(previous(10, text) == 9)
    #expect(previous(1, text) == 0)
  }

  @Test(
    "One step over a sequence, from either side",
    arguments: [
      // (text, offset of the sequence, its length in bytes)
      ("x👩‍👩‍👧y", 1, "👩‍👩‍👧".utf8.count), ("x👍🏽y", 1, 8), ("xe\u{301}y", 1, 3),
      ("x你y", 1, 3), ("xay", 1, 1),
    ])
  func stepsOverASequence(text: String, offset: Int, length: Int) {
    #expect(next(offset, text) == offset + length)
    #expect(previous(offset + length, text) == offset)
  }

  @Test func aCountMovesThatManyCharactersAndStopsAtTheEnds() {
    let text = "fam 👩‍👩‍👧 end"  // f a m ␣ family ␣ e n d
    let family = "👩‍👩‍👧".utf8.count
    let end = text.utf8.count
    #expect(previous(5, end, text) == 4)
    #expect(previous(6, end, text) == 3)
    #expect(previous(50, end, text) == 0)
    #expect(next(5, 0, text) == 4 + family)
    #expect(next(50, 0, text) == end)
  }

  @Test("A cursor left inside a character moves to that character's edges")
  func insideACharacter() {
    let text = "a👍🏽b"  // thumb at 1...4, tone at 5...8, b at 9
    #expect(previous(5, text) == 1)
    #expect(next(5, text) == 9)
    #expect(next(2, 5, text) == 10)
  }

  @Test("A combining mark after the cursor belongs to the character before it")
  func combiningMarkAfterTheCursor() {
    // Right from the start of "e\u{301}x" goes past the accent, never between e and it.
    #expect(next(0, "e\u{301}x") == 3)
    #expect(previous(3, "e\u{301}x") == 0)
  }

  @Test("At the line's ends, with no count, or over bytes that are not UTF-8: readline acts")
  func movementLeftToReadline() {
    #expect(previous(0, "ab") == nil)
    #expect(next(2, "ab") == nil)
    #expect(next(0, "") == nil)
    #expect(previous(0, 0, "ab") == nil)
    #expect(next(0, 0, "ab") == nil)
    #expect(previous(-1, 2, "ab") == nil)
    #expect(CharacterBoundaries.next(after: 0, in: [0x61, 0xFF]) == nil)
    #expect(CharacterBoundaries.previous(before: 2, in: [0x61, 0xFF]) == nil)
  }
}
