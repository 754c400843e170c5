import Testing

@testable import LearnLogTerminal

@Suite("Terminal style")
struct TerminalStyleTests {
  @Test(
    "colour decision",
    arguments: [
      ([:], true, true),
      (["TERM": "xterm-256color"], true, true),
      ([:], false, false),  // not a terminal
      (["NO_COLOR": "1"], true, false),
      (["NO_COLOR": ""], true, false),  // present but empty still disables (no-color.org)
      (["TERM": "dumb"], true, false),
      (["TERM": "dumb", "NO_COLOR": "1"], false, false),
    ] as [([String: String], Bool, Bool)])
  func decision(environment: [String: String], isTTY: Bool, expected: Bool) {
    #expect(TerminalStyle.colourEnabled(environment: environment, isTTY: isTTY) == expected)
  }

  @Test("plain text when colour is off")
  func plain() {
    let style = TerminalStyle(isColourEnabled: false)
    for styled in [
      style.assistant("a"), style.prompt("a"), style.dim("a"), style.emphasis("a"),
      style.warning("a"),
    ] {
      #expect(styled == "a")
    }
  }

  @Test("coloured text resets and measures as plain")
  func coloured() {
    let style = TerminalStyle(isColourEnabled: true)
    let styled = style.warning("保存できません")
    #expect(styled.hasPrefix("\u{1B}["))
    #expect(styled.hasSuffix("\u{1B}[0m"))
    #expect(DisplayWidth.of(styled) == 14)
    #expect(PromptEscapes.stripped(styled) == "保存できません")
    #expect(style.dim("") == "")
  }
}
