import Testing

@testable import LearnLog

/// The UTF-8 tokenizer must read every text exactly as the scalar-by-scalar one did: the same
/// words, ranges and flags. Random texts mix every kind of character the rules care about.
@Suite struct TokenizerEquivalenceTests {
  static let pieces: [String] = [
    "a", "Z", "word", "Ravi", "I", " ", "  ", "\n", "\r\n", "\t", ".", ",", ";", ":", "?", "!",
    "'", "’", "ʼ", "-", "—", "\"", "“", "”", "(", ")", "#", "0", "7", "2.5", "1,000", "5k",
    "don't", "Café", "über", "STRASSE", "Straße", "İstanbul", "ΟΔΟΣ", "é", "e\u{301}", "\u{301}",
    "न\u{93F}", "我", "觉得", "很好。", "うまく", "コーチ", "ｺｰﾁ", "々", "〇", "한국어", "👍", "👍🏽",
    "1\u{FE0F}\u{20E3}", "٣", "Ⅻ", "½", "•", "？", "。", "！", "；", "：", "…", "\u{FEFF}", "𠀀",
  ]

  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test func agreesWithTheScalarTokenizerOnRandomTexts() {
    var random = Generator(state: 42)
    for _ in 0..<3000 {
      let count = Int.random(in: 0...24, using: &random)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
      let fast = Tokenizer.tokens(in: text)
      let reference = ReferenceTokenizer.tokens(in: text)
      #expect(fast == reference, "\(text.debugDescription)")
      if fast != reference { return }
    }
  }

  @Test func agreesOnSubstringsAndLongText() {
    let long = String(repeating: "I told Ravi: “Try it by Friday”; 2.5% up, 我觉得很好。\n", count: 200)
    #expect(Tokenizer.tokens(in: long) == ReferenceTokenizer.tokens(in: long))
    let slice = String(long.dropFirst(3).prefix(500))
    #expect(Tokenizer.tokens(in: slice) == ReferenceTokenizer.tokens(in: slice))
  }
}
