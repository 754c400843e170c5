import LearnLog
import LearnLogStore
import Testing

@Suite("Drafts written turn by turn")
struct DraftTests {
  /// Plays a short conversation against the store and the same changes against a value, so the
  /// value is what the store must give back.
  @Test func aDraftReadsBackEqualAfterReopeningTheFile() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    var expected = Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(0))
    let id: Int64
    do {
      let store = try LogStore(path: path)
      id = try store.createEntry(expected)
      expected.id = id

      let other = try #require(CalendarDate(year: 2026, month: 11, day: 30))
      try store.updateContext(entryID: id, kind: .challenging, coachee: "王芳", sessionDate: other)
      expected.kind = .challenging
      expected.coachee = "王芳"
      expected.sessionDate = other

      let question = Turn(
        speaker: .assistant, text: "What was the goal?", step: .grow(.goal),
        at: Fixtures.date(5))
      try store.appendTurn(entryID: id, question)
      let reply = Turn(
        speaker: .coach, text: "Renewal by March", step: .grow(.goal),
        at: Fixtures.date(9))
      try store.appendTurn(entryID: id, reply)
      try store.saveAnswer(entryID: id, step: .grow(.goal), text: reply.text, at: reply.at)
      expected.transcript = [question, reply]
      expected.grow.goal = reply.text

      try store.saveAnswer(
        entryID: id, step: .question(1), text: "first try", at: Fixtures.date(11))
      try store.saveAnswer(entryID: id, step: .question(1), text: "I asked.", at: Fixtures.date(12))
      try store.saveAnswer(entryID: id, step: .question(5), text: "gone", at: Fixtures.date(13))
      try store.saveAnswer(entryID: id, step: .question(5), text: nil, at: Fixtures.date(14))
      expected.answers = [1: "I asked."]

      var followUp = Fixtures.followUp("feeling-missing", step: .question(1), at: 15)
      try store.recordFollowUp(entryID: id, followUp)
      try store.recordFollowUp(entryID: id, Fixtures.followUp("we-not-i", at: 16))
      try store.updateFollowUp(
        entryID: id, ruleID: "feeling-missing", response: .answered, reply: "Nervous, then glad.")
      followUp.response = .answered
      followUp.reply = "Nervous, then glad."
      expected.followUps = [followUp, Fixtures.followUp("we-not-i", at: 16)]

      try store.setSkipped(entryID: id, step: .question(2), isSkipped: true)
      try store.setSkipped(entryID: id, step: .question(3), isSkipped: true)
      try store.setSkipped(entryID: id, step: .question(3), isSkipped: false)
      try store.setSkipped(entryID: id, step: .question(2), isSkipped: true)
      expected.skipped = [.question(2)]

      try store.setCurrentStep(entryID: id, step: .question(4))
      expected.currentStep = .question(4)
      expected.updatedAt = Fixtures.date(16)
    }

    let read = try #require(try LogStore(path: path).entry(id: id))
    #expect(read.id == expected.id)
    #expect(read.kind == expected.kind)
    #expect(read.status == .draft)
    #expect(read.coachee == expected.coachee)
    #expect(read.sessionDate == expected.sessionDate)
    #expect(read.grow == expected.grow)
    #expect(read.answers == expected.answers)
    #expect(read.skipped == expected.skipped)
    #expect(read.followUps == expected.followUps)
    #expect(read.transcript == expected.transcript)
    #expect(read.currentStep == expected.currentStep)
    #expect(read.source == .conversation)
    #expect(read.createdAt == expected.createdAt)
    #expect(read.updatedAt == expected.updatedAt)
    #expect(read == expected)
  }

  @Test func createEntryStoresEverythingAnEntryHolds() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    var entry = Fixtures.importedEntry()
    entry.currentStep = .question(9)
    entry.id = 77  // ignored: the store assigns ids
    let id = try store.createEntry(entry)
    entry.id = id
    #expect(id != 77)
    #expect(try store.entry(id: id) == entry)
    #expect(try store.entry(id: id + 100) == nil)
  }

  @Test func theNewestDraftIsTheOneTouchedLast() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    #expect(try store.newestDraft() == nil)
    let first = try store.createEntry(
      Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(0)))
    let second = try store.createEntry(
      Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(1)))
    #expect(try store.newestDraft()?.id == second)
    try store.saveAnswer(entryID: first, step: .question(1), text: "more", at: Fixtures.date(2))
    #expect(try store.newestDraft()?.id == first)
    #expect(try store.drafts().map(\.id) == [first, second])

    try store.complete(entryID: first, at: Fixtures.date(3))
    #expect(try store.newestDraft()?.id == second)
    let done = try #require(try store.entry(id: first))
    #expect(done.status == .complete)
    #expect(done.currentStep == nil)
    #expect(done.updatedAt == Fixtures.date(3))
    #expect(try store.entries(status: .complete).map(\.id) == [first])
    #expect(try store.drafts().map(\.id) == [second])
  }

  @Test func updatedAtNeverMovesBackwards() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.createEntry(
      Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(100)))
    try store.saveAnswer(entryID: id, step: .grow(.will), text: "Call", at: Fixtures.date(50))
    #expect(try store.entry(id: id)?.updatedAt == Fixtures.date(100))
  }

  @Test func pendingInputIsKeptReplacedAndCleared() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.createEntry(
      Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(0)))
    #expect(try store.pendingInput(entryID: id) == nil)
    try store.savePendingInput(
      entryID: id, step: .question(6), text: "I learnt th", at: Fixtures.date(1))
    try store.savePendingInput(entryID: id, step: .question(7), text: "停止 🛑", at: Fixtures.date(2))
    let pending = try #require(try store.pendingInput(entryID: id))
    #expect(pending.step == .question(7))
    #expect(Array(pending.text.utf8) == Array("停止 🛑".utf8))
    try store.clearPendingInput(entryID: id)
    #expect(try store.pendingInput(entryID: id) == nil)

    try store.savePendingInput(entryID: id, step: .question(8), text: "half", at: Fixtures.date(3))
    try store.complete(entryID: id, at: Fixtures.date(4))
    #expect(try store.pendingInput(entryID: id) == nil)
  }

  @Test func writingToAMissingEntryNamesTheEntry() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let missing: Int64 = 42
    let notFound = StoreError.entryNotFound(id: missing)
    #expect(throws: notFound) {
      try store.saveAnswer(entryID: missing, step: .question(1), text: "x", at: Fixtures.date(0))
    }
    #expect(throws: notFound) {
      try store.appendTurn(
        entryID: missing, Turn(speaker: .coach, text: "x", step: nil, at: Fixtures.date(0)))
    }
    #expect(throws: notFound) {
      try store.recordFollowUp(entryID: missing, Fixtures.followUp("r"))
    }
    #expect(throws: notFound) {
      try store.updateContext(
        entryID: missing, kind: .best, coachee: "x", sessionDate: Fixtures.sessionDate)
    }
    #expect(throws: notFound) {
      try store.setSkipped(entryID: missing, step: .kind, isSkipped: true)
    }
    #expect(throws: notFound) { try store.setCurrentStep(entryID: missing, step: nil) }
    #expect(throws: notFound) {
      try store.savePendingInput(
        entryID: missing, step: .question(1), text: "x", at: Fixtures.date(0))
    }
    #expect(throws: notFound) { try store.complete(entryID: missing, at: Fixtures.date(0)) }
    #expect(throws: notFound) { try store.deleteEntry(id: missing) }
    #expect(throws: notFound) {
      try store.updateFollowUp(entryID: missing, ruleID: "r", response: .skipped, reply: nil)
    }
  }

  @Test func followUpMistakesAreReportedClearly() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let id = try store.createEntry(
      Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(0)))
    #expect(throws: StoreError.followUpNotFound(entryID: id, ruleID: "nope")) {
      try store.updateFollowUp(entryID: id, ruleID: "nope", response: .dismissed, reply: nil)
    }
    try store.recordFollowUp(entryID: id, Fixtures.followUp("once"))
    // A rule offers one follow-up per entry; the second is refused, the first kept.
    #expect(throws: StoreError.self) {
      try store.recordFollowUp(entryID: id, Fixtures.followUp("once", at: 99))
    }
    #expect(try store.entry(id: id)?.followUps == [Fixtures.followUp("once")])
    #expect(throws: StoreError.notAnAnswerStep(step: "coachee")) {
      try store.saveAnswer(entryID: id, step: .coachee, text: "x", at: Fixtures.date(1))
    }
  }
}
