import Testing

@testable import LearnLog

@Suite struct TokenizerTests {
  @Test func foldsCaseAndKeepsApostrophes() {
    let words = Tokenizer.tokens(in: "I DON’T know, Ravi's plan—follow-up!").map(\.text)
    #expect(words == ["i", "don't", "know", "ravi's", "plan", "follow", "up"])
  }

  @Test func numbersStayWhole() {
    let tokens = Tokenizer.tokens(in: "Up 2.5% on 1,000 units, 5k saved.")
    #expect(tokens.map(\.text) == ["up", "2.5", "on", "1,000", "units", "5k", "saved"])
    #expect(tokens.filter(\.isNumber).map(\.text) == ["2.5", "1,000", "5k"])
  }

  @Test func rangesPointIntoTheOriginal() {
    let text = "Café über Straße"
    let tokens = Tokenizer.tokens(in: text)
    #expect(tokens.map { String(text[$0.range]) } == ["Café", "über", "Straße"])
    #expect(tokens.map(\.text) == ["café", "über", "straße"])
  }

  @Test func sentenceStarts() {
    let tokens = Tokenizer.tokens(in: "Have you? What have you tried\nHave")
    #expect(tokens.filter(\.startsSentence).map(\.text) == ["have", "what", "have"])
  }

  @Test(arguments: [
    ("", 0),
    ("Fine.", 1),
    ("It was a useful session.", 5),
    ("👍👍 ok!!", 1),
    ("🎉🎉🎉", 0),
    ("— … !!! ???", 0),
    ("很好", 2),
    ("我觉得很好。", 5),
    ("うまくいった", 1),
    ("コーチングは楽しい", 4),
    ("이번 세션은 좋았다", 3),
    ("I asked 王芳 about 客户", 7),
    ("naïve café", 2),
    ("1️⃣ first", 2),
  ])
  func wordCount(text: String, expected: Int) {
    #expect(Tokenizer.wordCount(of: text) == expected)
    #expect(AnalyzedText(text).wordCount == expected)
  }
}

@Suite struct PatternTests {
  func matches(_ pattern: String, _ text: String) throws -> [String] {
    try PatternMatcher(compiling: [pattern]).matches(in: AnalyzedText(text)).map(\.excerpt)
  }

  @Test func phrasesIgnorePunctuationBetweenWords() throws {
    #expect(try matches("try to", "I will try, to be fair, and TRY TO listen") == ["try, to", "TRY TO"])
  }

  @Test func prefixesWildcardsAndNumbers() throws {
    #expect(try matches("improv*", "Improve, improving, improv, prove") == ["Improve", "improving", "improv"])
    #expect(try matches("told * to", "I told him to go; told to go") == ["told him to"])
    #expect(try matches("# percent", "up 12 percent, some percent") == ["12 percent"])
  }

  @Test func anchorsToSentenceStarts() throws {
    #expect(try matches("^have you tried", "What have you tried? Have you tried X?") == ["Have you tried"])
  }

  @Test func cjkMatchesByCharacter() throws {
    #expect(try matches("紧张", "我有点紧张。") == ["紧张"])
    #expect(try matches("我建议", "我们建议") == [])
  }

  @Test(arguments: ["", "   ", "*", "* *", "im*prove", "!!!", "follow-up*", "^"])
  func badPatterns(source: String) {
    #expect(throws: PatternError.self) { try Pattern(source) }
  }

  @Test func duplicatePatternsCountOnce() throws {
    let matcher = try PatternMatcher(compiling: ["Feel", "feel", "FEEL"])
    #expect(matcher.count(in: AnalyzedText("I feel")) == 1)
  }
}

@Suite struct SimilarityTests {
  @Test func identicalAndDisjoint() {
    #expect(Similarity.score("Listen more, talk less.", "listen more talk less") == 1)
    #expect(Similarity.score("Listen more", "Price matters") == 0)
    #expect(Similarity.score("", "") == 0)
  }

  @Test func wordOrderCounts() {
    let sameOrder = Similarity.score("ask open questions first", "ask open questions later")
    let shuffled = Similarity.score("ask open questions first", "questions open ask later")
    #expect(sameOrder > shuffled)
  }
}
