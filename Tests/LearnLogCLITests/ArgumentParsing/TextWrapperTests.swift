import Testing

@testable import LearnLogCLI

@Suite struct TextWrapperTests {
  @Test func wrapsAtSpacesWithinTheWidth() {
    #expect(
      TextWrapper.wrap("the quick brown fox jumps over", width: 10)
        == ["the quick", "brown fox", "jumps over"])
  }

  @Test func keepsParagraphBreaks() {
    #expect(TextWrapper.wrap("one two\n\nthree", width: 20) == ["one two", "", "three"])
  }

  @Test func measuresWideCharactersAsTwoColumns() {
    #expect(TextWrapper.displayWidth("振り返り") == 8)
    #expect(TextWrapper.displayWidth("abc") == 3)
    #expect(TextWrapper.displayWidth("🙂") == 2)
    // CJK has no spaces: a long run breaks between characters.
    #expect(TextWrapper.wrap("振り返りの記録", width: 6) == ["振り返", "りの記", "録"])
  }
}
