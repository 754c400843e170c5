import LearnLog
import LearnLogStore
import Testing

@Suite("Text round trips byte for byte")
struct TextRoundTripTests {
  static let samples: [String] = [
    "",
    "plain ASCII",
    "她在续约会议上独立完成了谈判。",
    "チームの目標を確認した",
    "목표를 다시 물었다",
    "👩🏽‍💼 led the meeting 🎉🇨🇳",
    // NFC and NFD spellings are equal as Swift Strings but must keep their own bytes.
    "caf\u{E9}",
    "cafe\u{301}",
    "tabs\tand\nnew lines\r\nkept",
    "right-to-left: שלום مرحبا",
  ]

  @Test(arguments: samples)
  func answerCoacheeTurnAndReplyKeepTheirBytes(text: String) throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    let id: Int64
    do {
      let store = try LogStore(path: path)
      id = try store.createEntry(
        Entry(coachee: text, sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(0)))
      try store.saveAnswer(entryID: id, step: .question(2), text: text, at: Fixtures.date(1))
      try store.appendTurn(
        entryID: id, Turn(speaker: .coach, text: text, step: .question(2), at: Fixtures.date(1)))
      try store.recordFollowUp(entryID: id, Fixtures.followUp("r"))
      try store.updateFollowUp(entryID: id, ruleID: "r", response: .answered, reply: text)
    }
    let entry = try #require(try LogStore(path: path).entry(id: id))
    let bytes = Array(text.utf8)
    #expect(Array(entry.coachee.utf8) == bytes)
    #expect(entry.answers[2].map { Array($0.utf8) } == bytes)
    #expect(entry.transcript.first.map { Array($0.text.utf8) } == bytes)
    #expect(entry.followUps.first?.reply.map { Array($0.utf8) } == bytes)
  }

  @Test func aOneMegabyteAnswerKeepsItsBytes() throws {
    let folder = try TemporaryFolder()
    let path = folder.file("log.sqlite3")
    let unit = "学习 learning 🌱 "  // mixed 1-, 3- and 4-byte characters
    let text = String(repeating: unit, count: 1_048_576 / unit.utf8.count + 1)
    #expect(text.utf8.count > 1_048_576)
    let id: Int64
    do {
      let store = try LogStore(path: path)
      id = try store.createEntry(
        Entry(sessionDate: Fixtures.sessionDate, createdAt: Fixtures.date(0)))
      try store.saveAnswer(entryID: id, step: .question(6), text: text, at: Fixtures.date(1))
    }
    let read = try #require(try LogStore(path: path).entry(id: id)?.answers[6])
    #expect(read.utf8.count == text.utf8.count)
    #expect(read.utf8.elementsEqual(text.utf8))
  }

  @Test func datesReadBackExactly() throws {
    let folder = try TemporaryFolder()
    let store = try LogStore(path: folder.file("log.sqlite3"))
    let instants = [
      Date(timeIntervalSinceReferenceDate: 0.1),
      Date(timeIntervalSinceReferenceDate: -12_345.678_901_234),
      Date(timeIntervalSince1970: 1_796_202_000.000_001),
      Date(timeIntervalSinceReferenceDate: 815_000_000.123_456_789),
    ]
    for instant in instants {
      let entry = Entry(sessionDate: Fixtures.sessionDate, createdAt: instant)
      let id = try store.createEntry(entry)
      let read = try #require(try store.entry(id: id))
      #expect(read.createdAt == instant)
      #expect(read.updatedAt == instant)
    }
  }
}
