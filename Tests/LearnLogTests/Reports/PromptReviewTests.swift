import LearnLog
import LearnLogTestSupport
import Testing

@Suite("Prompt history review")
struct PromptReviewTests {
  static func review(_ filter: ReportFilter = .everything) -> PromptReview {
    PromptReview(
      activity: SampleLog.activity(filter: filter), filter: filter, reasons: RuleReasons(),
      answers: filter.question.map { SampleLog.answerHistory(question: $0, filter: filter) } ?? [])
  }

  static let text = PromptReviewText(width: 80)

  @Test func textMatchesTheGoldenFile() throws {
    try ReportGolden.check(Self.text.render(Self.review()), "review.txt")
  }

  @Test func questionTextMatchesTheGoldenFile() throws {
    try ReportGolden.check(Self.text.render(Self.review(ReportFilter(question: 6))), "review-question-6.txt")
  }

  @Test func htmlMatchesTheGoldenFile() throws {
    try ReportGolden.check(PromptReviewHTML().render(Self.review()), "review.html")
  }

  @Test func jsonMatchesTheGoldenFile() throws {
    let data = try EntryDocument.encoder().encode(PromptReviewDocument(Self.review(ReportFilter(question: 2))))
    try ReportGolden.check(String(decoding: data, as: UTF8.self) + "\n", "review-question-2.json")
  }

  @Test(arguments: [ReportFilter.everything, ReportFilter(question: 6), ReportFilter(since: CalendarDate(iso: "2030-01-01"))])
  func htmlIsWellFormedAndHasEverySection(filter: ReportFilter) {
    let html = PromptReviewHTML().render(Self.review(filter))
    let checker = HTMLChecker(html)
    #expect(checker.problems.isEmpty, "\(checker.problems)")
    let sections = checker.ids
    let expected = filter.question == nil
      ? PromptReviewHTML.sectionIDs
      : ["overview", "answers", "themes", "rules"]
    #expect(sections == expected)
    #expect(html.contains("<svg") == (filter.since == nil))
  }

  @Test func recurringThemesComeFirstThenByCount() {
    let review = Self.review()
    #expect(review.rules.map(\.ruleID) == [
      "questions.open", "feelings.name-it", "results.measurable", "actions.when", "depth.too-short",
      "history.repeated-answer", "ownership.i-not-we", "telling.not-asking",
    ])
    let open = review.rules[0]
    #expect(open.offered == 6 && open.entries == 6)
    #expect(open.responses == PromptReview.Responses(answered: 3, skipped: 2, dismissed: 0, pending: 1))
    #expect(open.firstDate.iso == "2026-07-08" && open.lastDate.iso == "2026-12-02")
    #expect(review.months == ["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"])
    #expect(review.entriesByMonth == [2, 0, 1, 1, 2, 1])
    #expect(open.byMonth == [2, 0, 1, 1, 1, 1])
  }

  @Test func filtersNarrowTheFollowUps() {
    let review = Self.review(ReportFilter(since: CalendarDate(iso: "2026-10-01"), ruleID: "feelings.name-it"))
    #expect(review.rules.map(\.ruleID) == ["feelings.name-it"])
    #expect(review.rules[0].offered == 2)
    #expect(review.entryCount == 4)
    #expect(review.months.first == "2026-10")
  }

  @Test func sparklineMarksShareOfEntriesAndEmptyMonths() {
    #expect(Sparkline.render(counts: [0, 1, 2, 0, 1], entries: [2, 2, 2, 0, 8]) == "▁▅█·▂")
  }

  @Test("On a terminal the header and the month legend wrap, and indented facts get the width left", arguments: [20, 40, 80])
  func headerAndLegendWrap(width: Int) {
    let wrapByCharacters: @Sendable (String, Int) -> [String] = { text, width in
      stride(from: 0, to: text.count, by: width).map { start in
        let from = text.index(text.startIndex, offsetBy: start)
        return String(text[from..<text.index(from, offsetBy: min(width, text.distance(from: from, to: text.endIndex)))])
      }
    }
    let output = PromptReviewText(width: width, wrap: wrapByCharacters)
      .render(Self.review(ReportFilter(since: CalendarDate(iso: "2026-07-01"), question: 6)))
    let lines = output.split(separator: "\n")
    #expect(lines.first.map { $0.hasPrefix("Prompt history · ") } == true, "\(output)")
    #expect(lines.contains { $0.hasPrefix("By month, ") }, "\(output)")
    // Only a sparkline row (a rule id, never cut, and its months) may be wider.
    let ruleIDs = Set(Self.review().rules.map(\.ruleID))
    for line in lines {
      let isSparkline = line.hasPrefix("  ") && ruleIDs.contains(String(line.dropFirst(2).prefix { $0 != " " }))
      if !isSparkline { #expect(line.count <= width, "too wide at \(width): \(line)") }
    }
    #expect(Self.text.render(Self.review()).contains("By month, Jul 2026 → Dec 2026: ▂…█ the share"), "whole at 80 without a wrap")
  }

  @Test func monthAxisFillsGapsAcrossYears() {
    #expect(MonthAxis.covering(["2027-02", "2026-11"]) == ["2026-11", "2026-12", "2027-01", "2027-02"])
    #expect(MonthAxis.covering([String]()).isEmpty)
    #expect(MonthAxis.title("2026-12") == "Dec 2026")
  }

  @Test func textColumnsLineUpByDisplayWidth() {
    // A renderer that counts CJK as two columns pads a wide rule id less.
    let text = PromptReviewText(width: 80, measure: { $0.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) } })
    var activity = SampleLog.activity(filter: .everything)
    activity.tallies.append(LogActivity.Tally(ruleID: "我的.规则", month: "2026-07", response: .answered, count: 1, firstDate: SampleLog.entry(1).sessionDate, lastDate: SampleLog.entry(1).sessionDate))
    let output = text.render(PromptReview(activity: activity, filter: .everything, reasons: RuleReasons()))
    let sparkColumns = output.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("▁") && !$0.contains("By month") }
      .map { line in line.prefix { !"▁▂▃▄▅▆▇█·".contains($0) } }
      .map { text.measure(String($0)) }
    #expect(Set(sparkColumns).count == 1, "\(sparkColumns)")
  }
}
