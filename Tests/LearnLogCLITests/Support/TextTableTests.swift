import LearnLogTerminal
import Testing

@testable import LearnLogCLI

/// Tables fit the terminal: wide columns are cut first, dates and counts stay whole, and when
/// six columns cannot fit (40 columns) each row becomes a record.
@Suite("Tables that fit the terminal")
struct TextTableTests {
  let table = TextTable(
    headers: ["DATE", "COACHEE", "KIND", "STATUS", "ANSWERED", "ID"],
    rows: [
      ["2026-11-25", "Alexandra Konstantinopoulou-Smith 李娜", "Best", "complete", "2/16", "2"],
      ["2026-11-22", "Ravi", "Most Challenging", "draft", "16/16", "13"],
    ],
    rightAligned: [4, 5])

  private func widest(_ text: String) -> Int {
    text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
  }

  @Test func withoutALimitEveryCellIsWhole() {
    let text = table.render()
    #expect(text.contains("Alexandra Konstantinopoulou-Smith 李娜  Best"))
    #expect(text.contains("Most Challenging"))
  }

  @Test("Cut to fit: the widest column gives way first, never a date or a count", arguments: [60, 72, 80])
  func cutToFit(width: Int) {
    var limited = table
    limited.maxWidth = width
    let text = limited.render()
    #expect(widest(text) <= width, "\(text)")
    #expect(text.contains("2026-11-25") && text.contains("16/16") && text.contains("Ravi"), "\(text)")
    #expect(text.contains("Alexandra"), "\(text)")
    #expect(text.split(separator: "\n").count == 3, "a header and two rows: \(text)")
  }

  @Test func theWidestColumnsShareTheCut() {
    #expect(TextTable.fitted([10, 40, 16, 2], to: 60) == [10, 26, 16, 2])
    #expect(TextTable.fitted([10, 40, 16, 2], to: 44) == [10, 13, 13, 2])
    #expect(TextTable.fitted([10, 40, 16, 2], to: 38) == [10, 10, 10, 2])
    #expect(TextTable.fitted([10, 40, 16, 2], to: 37) == nil)
  }

  @Test("Too narrow for the columns: a record per row, a line per column", arguments: [40, 30])
  func records(width: Int) {
    var limited = table
    limited.maxWidth = width
    let text = limited.render()
    #expect(widest(text) <= width, "\(text)")
    let blocks = text.split(separator: "\n\n", omittingEmptySubsequences: false)
    #expect(blocks.count == 2, "\(text)")
    #expect(blocks[1].hasPrefix("DATE      2026-11-22\nCOACHEE   Ravi\nKIND      Most Challenging\n"), "\(text)")
    #expect(text.contains("COACHEE   Alexandra"), "\(text)")
    #expect(text.contains("…"), "the long name is cut: \(text)")
  }
}

/// Search snippets on a terminal wrap under their indent, and a highlight cut by a line break
/// never spills into the indent.
@Suite("Search snippets on a terminal")
struct SearchSnippetWrapTests {
  let on = "\u{1B}[1;7m"
  let off = "\u{1B}[0m"

  @Test func aPipeGetsOneLine() {
    #expect(SearchHitText.indented("one two three", width: nil) == "  one two three")
  }

  @Test func wrappedUnderTheIndent() {
    let text = SearchHitText.indented("alpha beta gamma delta epsilon", width: 14)
    #expect(text == "  alpha beta\n  gamma delta\n  epsilon")
  }

  @Test func aHighlightCutByABreakIsClosedAndOpenedAgain() {
    let marked = "the \(on)hard conversation\(off) went well"
    let lines = SearchHitText.indented(marked, width: 12).split(separator: "\n").map(String.init)
    #expect(lines == ["  the \(on)hard\(off)", "  \(on)conversati\(off)", "  \(on)on\(off) went", "  well"], "\(lines)")
    for line in lines {
      #expect(DisplayWidth.of(line) <= 12, "\(line)")
      #expect(line.components(separatedBy: on).count == line.components(separatedBy: off).count, "\(line)")
    }
  }
}
