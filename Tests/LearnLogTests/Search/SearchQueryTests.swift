import LearnLog
import Testing

@Suite("Search query and snippets")
struct SearchQueryTests {
  typealias Term = SearchQuery.Term

  @Test(arguments: [
    ("feedback", [Term("feedback")]),
    ("  two   words ", [Term("two"), Term("words")]),
    ("\"a phrase\" and word", [Term("a phrase", isPhrase: true), Term("and"), Term("word")]),
    ("feed*", [Term("feed", isPrefix: true)]),
    ("\"unclosed phrase", [Term("unclosed phrase", isPhrase: true)]),
    ("*** - ( ) \"\"", []),
    ("NEAR(a b) OR", [Term("NEAR(a"), Term("b)"), Term("OR")]),
    ("“curly quotes”", [Term("curly quotes", isPhrase: true)]),
    ("会議 フィードバック", [Term("会議"), Term("フィードバック")]),
  ])
  func readsWordsPhrasesAndPrefixes(input: String, terms: [Term]) {
    #expect(SearchQuery(input).terms == terms)
  }

  @Test func recognisesCJK() {
    #expect(SearchQuery("会議").containsCJK)
    #expect(SearchQuery("한국어 feedback").containsCJK)
    #expect(SearchQuery("ひらがな").containsCJK)
    #expect(!SearchQuery("café naïve Ελληνικά").containsCJK)
  }

  @Test func readsSnippetMarkers() {
    let snippet = Snippet(marked: "…give \u{2}feedback\u{3} sooner", open: "\u{2}", close: "\u{3}")
    #expect(snippet.pieces == [.init("…give "), .init("feedback", isMatch: true), .init(" sooner")])
    #expect(snippet.rendered(open: "[", close: "]") == "…give [feedback] sooner")
  }

  @Test func cutsSnippetsAroundTheFirstMatchAndMarksEveryMatch() {
    let text = String(repeating: "前置きの文章です。", count: 10) + "会議で話した。会議は長かった。"
      + String(repeating: "後の文章。", count: 10)
    let snippet = Snippet(text: text, terms: ["会議"], context: 10)
    #expect(snippet.pieces.filter(\.isMatch).map(\.text) == ["会議", "会議"])
    #expect(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"))
    #expect(Snippet(text: "Short Feedback text", terms: ["feedback"]).rendered(open: "[", close: "]")
      == "Short [Feedback] text")
  }

  @Test func dropsRepeatedTermsWhateverTheirCase() {
    let query = SearchQuery("a* a* A* feedback Feedback \"give feedback\" a")
    #expect(query.terms == [
      .init("a", isPrefix: true), .init("feedback"), .init("give feedback", isPhrase: true),
      .init("a"),
    ])
  }

  @Test func countsEveryWordOfAPhrase() {
    #expect(SearchQuery("silence \"give feedback sooner\" feed*").wordCount == 5)
    let long = SearchQuery((1...40).map { "w\($0)" }.joined(separator: " "))
    #expect(long.wordCount == 40 && long.wordCount > SearchQuery.maxWords)
    #expect(SearchQuery(String(repeating: "a* ", count: 100)).wordCount == 1)
  }
}
