import LearnLog
import LearnLogTestSupport
import Testing

@Suite("Coach-the-coach brief")
struct CoachBriefTests {
  static func brief(best: Int64? = 5, challenging: Int64? = 6) -> CoachBrief {
    let themes = RecurringTheme.themes(in: SampleLog.activity(filter: .everything), why: RuleReasons().why)
    return CoachBrief(
      best: best.map { .reflection(SampleLog.entry($0)) } ?? .missing(.best),
      challenging: challenging.map { .reflection(SampleLog.entry($0)) } ?? .missing(.challenging),
      themes: themes, preparedOn: SampleLog.today)
  }

  @Test func markdownMatchesTheGoldenFile() throws {
    try ReportGolden.check(CoachBriefMarkdown().render(Self.brief()), "brief.md")
  }

  @Test func htmlMatchesTheGoldenFile() throws {
    try ReportGolden.check(CoachBriefHTML().render(Self.brief()), "brief.html")
  }

  @Test func jsonMatchesTheGoldenFile() throws {
    let data = try EntryDocument.encoder().encode(CoachBriefDocument(Self.brief()))
    try ReportGolden.check(String(decoding: data, as: UTF8.self) + "\n", "brief.json")
  }

  @Test func oneSideMissingSaysHowToCreateIt() throws {
    let brief = Self.brief(challenging: nil)
    #expect(brief.missingKinds == [.challenging])
    let markdown = CoachBriefMarkdown().render(brief)
    try ReportGolden.check(markdown, "brief-best-only.md")
    #expect(markdown.contains("No complete Most Challenging reflection yet: run `learnlog reflect`"))
    #expect(!markdown.contains("**Most Challenging**"))
  }

  @Test(arguments: [(Int64?.some(5), Int64?.some(6)), (5, nil), (nil, 6)])
  func htmlIsWellFormedAndHasEverySection(best: Int64?, challenging: Int64?) throws {
    let html = CoachBriefHTML().render(Self.brief(best: best, challenging: challenging))
    let checker = HTMLChecker(html)
    #expect(checker.problems.isEmpty, "\(checker.problems)")
    #expect(checker.ids == CoachBriefHTML.sectionIDs)
    #expect(html.contains("<meta name=\"viewport\""))
    #expect(html.contains("@media print"))
    #expect(!html.contains("http://") && !html.contains("https://"), "no external assets")
  }

  @Test func coachTextIsEscapedInHTML() throws {
    var entry = SampleLog.entry(5)
    entry.answers[1] = "<script>alert(\"x\")</script> & <b>bold</b>"
    entry.coachee = "A&B <Ltd>"
    let brief = CoachBrief(best: .reflection(entry), challenging: .missing(.challenging), themes: [], preparedOn: SampleLog.today)
    let html = CoachBriefHTML().render(brief)
    #expect(!html.contains("<script>") && !html.contains("<b>bold"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;"))
    #expect(html.contains("A&amp;B &lt;Ltd&gt;"))
    #expect(HTMLChecker(html).problems.isEmpty)
  }

  @Test func questionsToBringComeFromQuestion16SkippedFollowUpsAndThemes() {
    let list = Self.brief().questionsToBring
    #expect(list.map(\.source) == [.question16, .question16, .skippedFollowUp, .skippedFollowUp, .theme, .theme])
    #expect(list[0].text == "How do I keep quiet longer when a coachee stalls?")
    #expect(list[2].kind == .best && list[2].text.contains("By when will you try it?"))
    #expect(list[3].kind == .challenging)
    #expect(list[4].text.hasPrefix("\"questions.open\" came up in 5 of your last 6 reflections."))
  }

  @Test func themesAreRulesInAtLeastThreeOfTheLastTenCompleteReflections() {
    let themes = Self.brief().themes
    #expect(themes.map(\.ruleID) == ["questions.open", "feelings.name-it"])
    #expect(themes.map(\.entries) == [5, 3])
    #expect(themes.allSatisfy { $0.of == 6 }, "the draft does not count")
    #expect(themes[0].why == RuleEngine.builtIn.rule(id: "questions.open")?.why)
  }
}
