import Testing

@testable import LearnLogTerminal

@Suite("Terminal size and reader choice")
struct TerminalSizeTests {
  @Test(
    "columns",
    arguments: [
      ("120", 100, 120),  // COLUMNS wins
      (" 90 ", nil, 90),
      ("0", 100, 100),  // not positive: ignored
      ("-5", nil, 80),
      ("wide", 70, 70),
      (nil, 70, 70),
      (nil, nil, 80),
      (nil, 0, 80),
    ] as [(String?, Int?, Int)])
  func columns(variable: String?, window: Int?, expected: Int) {
    #expect(TerminalSize.columns(columnsVariable: variable, windowColumns: window) == expected)
  }

  @Test("readline only when both input and output are terminals")
  func readerChoice() {
    #expect(LineReaderFactory.shouldUseReadline(isInputTTY: true, isOutputTTY: true))
    #expect(!LineReaderFactory.shouldUseReadline(isInputTTY: true, isOutputTTY: false))
    #expect(!LineReaderFactory.shouldUseReadline(isInputTTY: false, isOutputTTY: true))
    #expect(!LineReaderFactory.shouldUseReadline(isInputTTY: false, isOutputTTY: false))
  }

  @Test("locale ends up UTF-8")
  func locale() {
    let name = TerminalLocale.configure()
    #expect(TerminalLocale.isUTF8, "LC_CTYPE is \(name)")
  }
}
