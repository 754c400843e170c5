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

  @Test("A label too long for a value beside it at this width: each value goes under its label")
  func valuesUnderLongLabels() {
    let sessions = TextTable(
      headers: ["ID", "DATE", "REFLECTIONS"],
      rows: [["3", "2026-12-03", "entry 12 (Best), entry 14"]], maxWidth: 20)
    let text = sessions.render()
    #expect(text == "ID\n  3\nDATE\n  2026-12-03\nREFLECTIONS\n  entry 12 (Best),\n  entry 14\n", "\(text)")
    #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 20 })
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
    #expect(!text.contains("…"), "the long name wraps, it is not cut: \(text)")
    #expect(text.contains("李娜\n"), "\(text)")
  }

  @Test func aRecordsLongValueWrapsUnderTheValueColumn() {
    var limited = table
    limited.maxWidth = 40
    let text = limited.render()
    #expect(
      text.hasPrefix("DATE      2026-11-25\nCOACHEE   Alexandra\n          Konstantinopoulou-Smith 李娜\nKIND      Best\n"),
      "\(text)")
  }

  @Test("At 20 columns dates and counts stay whole in the records", arguments: [20, 24])
  func recordsInTwentyColumns(width: Int) {
    var limited = table
    limited.maxWidth = width
    let text = limited.render()
    #expect(widest(text) <= width, "\(text)")
    #expect(!text.contains("…"), "\(text)")
    #expect(text.contains("DATE      2026-11-25\n") && text.contains("ANSWERED  16/16\n"), "\(text)")
    let name = text.split(separator: "\n").drop { !$0.hasPrefix("COACHEE   Alexandra") }
      .prefix { $0 == "COACHEE   Alexandra" || $0.hasPrefix("          ") }
    #expect(name.count >= 2, "continuation lines under the value column: \(text)")
    let pieces = name.map { $0.dropFirst(10) }
    #expect(pieces.joined().filter { $0 != " " } == "AlexandraKonstantinopoulou-Smith李娜", "\(text)")
  }

  @Test func aWholeColumnIsNeverCut() {
    #expect(TextTable.fitted([10, 40, 16, 2], to: 44, whole: [2]) == [10, 10, 16, 2])
    #expect(TextTable.fitted([30, 20], to: 42, whole: [0]) == [30, 10])
    #expect(TextTable.fitted([30, 20], to: 41, whole: [0]) == nil)
    #expect(TextTable.fitted([30, 20], to: 41) == [19, 20])
  }

  @Test func anIdTooWideForTheTerminalMakesRecordsNotACutId() {
    let rules = TextTable(
      headers: ["ID", "WHERE", "PRIORITY"],
      rows: [["depth.concrete-example", "every answer", "50"], ["questions.open", "q1–q16", "40"]],
      rightAligned: [2], wholeColumns: [0, 2], maxWidth: 44)
    let fits = rules.render()
    #expect(fits.contains("depth.concrete-example  every ans…        50"), "\(fits)")
    let cutTable = TextTable(headers: rules.headers, rows: rules.rows, rightAligned: [2], maxWidth: 44)
    #expect(cutTable.render().contains("depth.concrete-exam…"), "without wholeColumns the id is cut")

    var narrow = rules
    narrow.maxWidth = 32
    let text = narrow.render()
    #expect(widest(text) <= 32, "\(text)")
    #expect(!text.contains("…"), "\(text)")
    #expect(text.hasPrefix("ID        depth.concrete-example\nWHERE     every answer\n"), "\(text)")

    narrow.maxWidth = 20
    let tiny = narrow.render()
    #expect(widest(tiny) <= 20, "\(tiny)")
    #expect(tiny.hasPrefix("ID        depth.conc\n          rete-examp\n          le\n"), "\(tiny)")
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

  @Test func aHeadingOnATerminalWrapsUnderTwoSpacesInsteadOfBeingCut() {
    let heading = "entry 1 · 2026-11-22 · Alexandra Konstantinopoulou-Smith 李娜 · Most Challenging · "
      + "Q1 What did I do well (leadership actions)?"
    #expect(SearchHitText.heading(heading, width: nil) == [heading])
    #expect(SearchHitText.heading(heading, width: 200) == [heading])
    for width in [20, 40, 60] {
      let lines = SearchHitText.heading(heading, width: width)
      #expect(lines.count > 1, "\(lines)")
      for line in lines { #expect(DisplayWidth.of(line) <= width, "\(width): \(line)") }
      #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }, "\(lines)")
      #expect(!lines.joined().contains("…"), "\(lines)")
      #expect(lines.joined().filter { $0 != " " } == heading.filter { $0 != " " }, "nothing is lost: \(lines)")
    }
    #expect(
      SearchHitText.heading(heading, width: 60) == [
        "entry 1 · 2026-11-22 · Alexandra Konstantinopoulou-Smith 李",
        "  娜 · Most Challenging · Q1 What did I do well (leadership",
        "  actions)?",
      ])
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
