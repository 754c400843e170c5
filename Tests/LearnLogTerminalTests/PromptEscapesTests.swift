import Testing

@testable import LearnLogTerminal

@Suite("Prompt escapes")
struct PromptEscapesTests {
  @Test(
    "wraps escape sequences for readline",
    arguments: [
      ("plain › ", "plain › "),
      ("\u{1B}[36mQ\u{1B}[0m › ", "\u{01}\u{1B}[36m\u{02}Q\u{01}\u{1B}[0m\u{02} › "),
      ("\u{1B}[1;36m\u{1B}[0m", "\u{01}\u{1B}[1;36m\u{02}\u{01}\u{1B}[0m\u{02}"),
      // Already wrapped: left alone, not wrapped twice.
      ("\u{01}\u{1B}[2m\u{02}dim", "\u{01}\u{1B}[2m\u{02}dim"),
      // OSC ended by ESC backslash.
      ("\u{1B}]0;title\u{1B}\\x", "\u{01}\u{1B}]0;title\u{1B}\\\u{02}x"),
      // Multi-line prompt: only the escapes change.
      (
        "Which questions?\n\u{1B}[1m›\u{1B}[0m ",
        "Which questions?\n\u{01}\u{1B}[1m\u{02}›\u{01}\u{1B}[0m\u{02} "
      ),
    ] as [(String, String)])
  func wraps(prompt: String, expected: String) {
    #expect(PromptEscapes.wrappedForReadline(prompt) == expected)
  }

  @Test("strips escapes and markers")
  func strips() {
    #expect(PromptEscapes.stripped("\u{01}\u{1B}[36m\u{02}Q\u{1B}[0m › ") == "Q › ")
    #expect(PromptEscapes.stripped("no escapes 你好") == "no escapes 你好")
    // A truncated CSI takes nothing printable with it.
    #expect(PromptEscapes.stripped("a\u{1B}[3\nb") == "a\nb")
    #expect(PromptEscapes.stripped("a\u{1B}") == "a")
  }
}
