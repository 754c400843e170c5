import LearnLog
import Testing

@testable import LearnLogStore

@Suite("Search")
struct SearchTests {
  private let folder: TemporaryFolder
  private let store: LogStore

  init() throws {
    folder = try TemporaryFolder()
    store = try LogStore(path: folder.file("log.sqlite3"))
  }

  private func entry(
    _ kind: EntryKind, _ date: String, coachee: String = "Ravi", answers: [Int: String] = [:],
    grow: GrowRecall = GrowRecall()
  ) throws -> Int64 {
    try store.createEntry(
      Entry(
        kind: kind, status: .complete, coachee: coachee, sessionDate: CalendarDate(iso: date)!,
        grow: grow, answers: answers, createdAt: Fixtures.date(0)))
  }

  private func search(_ text: String, _ filter: SearchFilter = SearchFilter()) throws
    -> [SearchHit]
  {
    try store.search(SearchQuery(text), filter: filter)
  }

  @Test func findsAnswersGrowRecallRepliesAndNotesWithMarkedSnippets() throws {
    let first = try entry(
      .best, "2026-11-02", answers: [7: "Next time I will give feedback sooner."],
      grow: GrowRecall(goal: "Agree how feedback flows in the team"))
    try store.recordFollowUp(entryID: first, Fixtures.followUp("r", step: .question(7)))
    try store.updateFollowUp(
      entryID: first, ruleID: "r", response: .answered, reply: "Feedback on Fridays, then.")
    let note = try store.addNote(
      Note(date: CalendarDate(iso: "2026-11-05")!, text: "Ask my coach about feedback.",
        createdAt: Fixtures.date(5)))

    let hits = try search("feedback")
    #expect(hits.count == 4)
    #expect(Set(hits.map(\.origin)) == [.answer, .reply, .note])
    #expect(hits.contains { $0.step == .grow(.goal) && $0.entryID == first && $0.kind == .best })
    #expect(hits.contains { $0.origin == .reply && $0.step == .question(7) })
    let noteHit = try #require(hits.first { $0.origin == .note })
    #expect(noteHit.noteID == note && noteHit.entryID == nil && noteHit.noteSource == .note)
    #expect(noteHit.date == CalendarDate(iso: "2026-11-05"))
    #expect(noteHit.snippet.rendered(open: "[", close: "]") == "Ask my coach about [feedback].")
    for hit in hits {
      #expect(hit.snippet.pieces.contains { $0.isMatch && $0.text.lowercased() == "feedback" })
    }
  }

  @Test func ranksTheDensestMatchFirst() throws {
    let sparse = try entry(
      .other, "2026-11-01",
      answers: [1: "We talked about the roadmap, the budget, hiring plans and, briefly, delegation."])
    let dense = try entry(
      .other, "2026-10-01", answers: [1: "Delegation. Delegation again: my delegation habits."])
    let hits = try search("delegation")
    #expect(hits.map(\.entryID) == [dense, sparse])
    #expect(hits[0].score < hits[1].score)
  }

  @Test func wordsAreAndedAndPhrasesMustBeExact() throws {
    let both = try entry(.other, "2026-11-01", answers: [1: "The deadline slipped; trust suffered."])
    _ = try entry(.other, "2026-11-02", answers: [1: "The deadline held."])
    let phrase = try entry(.other, "2026-11-03", answers: [1: "Trust suffered after the deadline."])
    #expect(Set(try search("deadline trust").map(\.entryID)) == [both, phrase])
    #expect(try search("\"trust suffered after\"").map(\.entryID) == [phrase])
    #expect(Set(try search("dead*").map(\.entryID)).count == 3)
  }

  @Test(arguments: [
    "AND", "OR NOT", "NEAR(a b)", "\"unclosed phrase", "text:deadline", "deadline^", "(", ")",
    "-deadline", "+", "*", "dead\"line", "a OR b", "'", "{text}: x", "^", "NOT deadline", "\"\"",
    "deadline AND", "“curly”", "%", "_", "\\",
  ])
  func operatorsAndPunctuationInUserInputNeverFail(input: String) throws {
    _ = try entry(.other, "2026-11-01", answers: [1: "Text OR deadline AND near not."])
    _ = try search(input)
  }

  @Test func operatorWordsAreSearchedAsWords() throws {
    let id = try entry(.other, "2026-11-01", answers: [1: "Either this OR that, NOT both."])
    _ = try entry(.other, "2026-11-02", answers: [1: "This and that."])
    #expect(try search("OR").map(\.entryID) == [id])
    #expect(try search("not both").map(\.entryID) == [id])
    #expect(try search("\"***\"").isEmpty)
  }

  @Test func filtersByDateKindAndQuestion() throws {
    let october = try entry(.best, "2026-10-15", answers: [6: "I learnt to listen."])
    let november = try entry(
      .challenging, "2026-11-15", answers: [6: "I learnt patience.", 7: "I will listen more."])
    try store.addNote(
      Note(date: CalendarDate(iso: "2026-11-20")!, text: "Listen first.", createdAt: Fixtures.date(1)))
    func ids(_ filter: SearchFilter) throws -> Set<Int64?> {
      Set(try search("listen", filter).map { $0.entryID ?? -($0.noteID ?? 0) })
    }
    let nov1 = CalendarDate(iso: "2026-11-01")!
    #expect(try ids(SearchFilter(since: nov1)) == [november, -1])
    #expect(try ids(SearchFilter(until: CalendarDate(iso: "2026-10-31")!)) == [october])
    #expect(try ids(SearchFilter(since: nov1, until: CalendarDate(iso: "2026-11-15")!)) == [november])
    #expect(try ids(SearchFilter(kind: .best)) == [october])
    #expect(try ids(SearchFilter(question: 7)) == [november])
    #expect(try ids(SearchFilter(question: 6)) == [october])
    #expect(try search("learnt", SearchFilter(limit: 1)).count == 1)
  }

  @Test func matchesIgnoreCaseAndDiacritics() throws {
    let id = try entry(.other, "2026-11-01", answers: [1: "A naïve plan at the Café."])
    #expect(try search("NAIVE cafe").map(\.entryID) == [id])
  }

  @Test func cjkSearchFindsWordsInsideRunsOfCharacters() throws {
    let meeting = try entry(
      .best, "2026-11-01", coachee: "李伟", answers: [1: "今日は会議でフィードバックを伝えた。"])
    let chinese = try entry(.other, "2026-11-02", answers: [6: "我学会了倾听团队的反馈。"])
    _ = try entry(.other, "2026-11-03", answers: [1: "No CJK here at all."])
    #expect(try search("会議").map(\.entryID) == [meeting])  // two characters: LIKE
    #expect(try search("フィードバック").map(\.entryID) == [meeting])  // trigram MATCH
    #expect(try search("听").map(\.entryID) == [chinese])  // one character
    #expect(try search("团队 反馈").map(\.entryID) == [chinese])
    #expect(try search("会議 反馈").isEmpty)
    let hit = try #require(try search("会議").first)
    #expect(hit.snippet.rendered(open: "[", close: "]") == "今日は[会議]でフィードバックを伝えた。")
    #expect(try search("会議", SearchFilter(kind: .other)).isEmpty)
    // Mixed text: the Latin word is matched as a substring of the CJK texts only.
    let mixed = try entry(.other, "2026-11-04", answers: [2: "Feedback について話した"])
    #expect(try search("feedback について").map(\.entryID) == [mixed])
  }

  @Test("A withdrawn follow-up leaves the entry and the search index; removing it twice is harmless")
  func removingAFollowUp() throws {
    let id = try entry(.other, "2026-11-01", answers: [1: "Plain text."])
    try store.recordFollowUp(entryID: id, Fixtures.followUp("r", step: .question(1)))
    try store.updateFollowUp(entryID: id, ruleID: "r", response: .answered, reply: "zebra crossing")
    #expect(try search("zebra").count == 1)
    try store.removeFollowUp(entryID: id, ruleID: "r")
    try store.removeFollowUp(entryID: id, ruleID: "r")
    #expect(try store.entry(id: id)?.followUps.isEmpty == true)
    #expect(try search("zebra").isEmpty)
  }

  @Test func cjkTextInNotesAndRepliesIsIndexed() throws {
    let id = try entry(.other, "2026-11-01", answers: [1: "Plain text."])
    try store.recordFollowUp(entryID: id, Fixtures.followUp("r", step: .question(1)))
    try store.updateFollowUp(entryID: id, ruleID: "r", response: .answered, reply: "我觉得很紧张")
    let note = try store.addNote(
      Note(date: CalendarDate(iso: "2026-11-02")!, title: "振り返り", text: "コーチに相談する",
        source: .jrnl, createdAt: Fixtures.date(2)))
    #expect(try search("紧张").map(\.origin) == [.reply])
    #expect(try search("振り返り").map(\.noteID) == [note])
    #expect(try search("相談").map(\.noteID) == [note])
    try store.deleteNote(id: note)
    #expect(try search("相談").isEmpty)
    try store.updateFollowUp(entryID: id, ruleID: "r", response: .answered, reply: "Calm now")
    #expect(try search("紧张").isEmpty)
  }

  @Test func aDeletedEntryOrNoteDisappearsFromBothIndexes() throws {
    let gone = try entry(.other, "2026-11-01", answers: [1: "Quarterly review 四半期"])
    let kept = try entry(.other, "2026-11-02", answers: [1: "Quarterly plan 四半期"])
    let note = try store.addNote(
      Note(date: CalendarDate(iso: "2026-11-03")!, text: "Quarterly 四半期 notes",
        createdAt: Fixtures.date(3)))
    #expect(try search("quarterly").count == 3)
    try store.deleteEntry(id: gone)
    try store.deleteNote(id: note)
    #expect(try search("quarterly").map(\.entryID) == [kept])
    #expect(try search("四半期").map(\.entryID) == [kept])
    try store.database.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    try store.database.execute("INSERT INTO search_cjk (search_cjk) VALUES ('integrity-check')")
  }

  @Test func anEditedAnswerIsFoundByItsNewWordsOnly() throws {
    let id = try entry(.other, "2026-11-01", answers: [1: "打ち合わせ before"])
    try store.saveAnswer(entryID: id, step: .question(1), text: "after only", at: Fixtures.date(9))
    #expect(try search("before").isEmpty)
    #expect(try search("打ち合わせ").isEmpty)
    #expect(try search("after").map(\.entryID) == [id])
  }

  @Test func anEmptyQueryFindsNothing() throws {
    _ = try entry(.other, "2026-11-01", answers: [1: "Anything"])
    #expect(try search("").isEmpty)
    #expect(try search("  \" \" ").isEmpty)
  }

  @Test func theCJKCharacterClassOfMigrationTwoMatchesTheQueryRouting() {
    #expect(Schema.cjkClass == CJK.globClass)
  }

  /// FTS5's snippet() takes time in the square of a text's matches: this 1 MB answer of 200,000
  /// took minutes. Past `SearchSQL.longText` characters the snippet is cut in Swift instead,
  /// with 30 characters of context (fewer than FTS5's 16 tokens: that tells the paths apart).
  @Test func aLongTextWithVeryManyMatchesIsCutInSwift() throws {
    let long = try entry(
      .other, "2026-11-01", answers: [1: "Intro. " + String(repeating: "word ", count: 200_000)])
    let short = try entry(
      .other, "2026-10-01",
      answers: [1: String(repeating: "word ", count: SearchSQL.longText / 5)])
    for filter in [SearchFilter(), SearchFilter(kind: .other)] {
      let hits = try search("word", filter)
      #expect(Set(hits.map(\.entryID)) == [long, short])
      let longHit = try #require(hits.first { $0.entryID == long })
      #expect(longHit.snippet.text.count < 100)
      #expect(longHit.snippet.text.hasPrefix("Intro. word"))
      #expect((1..<16).contains(longHit.snippet.pieces.filter(\.isMatch).count))
      let shortHit = try #require(hits.first { $0.entryID == short })
      #expect(shortHit.snippet.pieces.filter(\.isMatch).count == 16)
    }
  }

  @Test func aLongCJKTextWithVeryManyMatchesIsSearchedQuickly() throws {
    let id = try entry(
      .other, "2026-11-01", answers: [1: String(repeating: "学习 word ", count: 100_000)])
    for query in ["学习", "学习 word"] {
      let hits = try search(query)
      #expect(hits.map(\.entryID) == [id])
      #expect(hits.first.map { $0.snippet.text.count < 100 } == true)
      #expect(hits.first?.snippet.pieces.first == .init("学习", isMatch: true))
    }
  }
}
