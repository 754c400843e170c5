import Foundation
import LearnLog
import Testing

@Suite("Entry JSON document")
struct EntryDocumentTests {
  let entry: Entry = {
    var entry = Entry(
      id: 14, kind: .best, status: .complete, coachee: "陈伟",
      sessionDate: CalendarDate(year: 2026, month: 12, day: 1)!, answers: [9: "Closed the renewal 🎉", 1: "I listened"],
      createdAt: Date(timeIntervalSince1970: 1_796_202_000.125))
    entry.grow.goal = "A plan"
    entry.transcript = [Turn(speaker: .coach, text: "I listened", step: .question(1), at: Date(timeIntervalSince1970: 1_796_202_030))]
    return entry
  }()

  @Test func everyDocumentedKeyIsPresentEvenWhenEmpty() throws {
    let data = try EntryDocument.encoder().encode(EntryDocument(entry))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    for key in ["id", "kind", "status", "coachee", "sessionDate", "grow", "answers", "transcript", "followUps", "skipped"] {
      #expect(object[key] != nil, "missing \(key)")
    }
    let grow = try #require(object["grow"] as? [String: Any])
    #expect(Set(grow.keys) == ["goal", "reality", "options", "will", "questions"])
    #expect(grow["goal"] as? String == "A plan")
    #expect(grow["will"] is NSNull)
    #expect(object["sessionDate"] as? String == "2026-12-01")
    #expect(object["kind"] as? String == "best")
    let answers = try #require(object["answers"] as? [[String: Any]])
    #expect(answers.map { $0["question"] as? Int } == [1, 9])
    #expect(answers.last?["text"] as? String == "Closed the renewal 🎉")
    let turn = try #require((object["transcript"] as? [[String: Any]])?.first)
    #expect(turn["speaker"] as? String == "coach")
    #expect(turn["step"] as? String == "q1")
    #expect(turn["at"] as? String == "2026-12-02T09:00:30.000Z")
  }

  @Test func timestampsRoundTripToTheMillisecond() {
    for seconds in [0.0, 1_796_202_000.125, 1_796_202_000.999, -86_400.5, 4_102_444_800.001] {
      let date = Date(timeIntervalSince1970: seconds)
      let text = Timestamp.format(date)
      #expect(Timestamp.parse(text).map { abs($0.timeIntervalSince1970 - seconds) < 0.0005 } == true, "\(text)")
    }
    #expect(Timestamp.format(Date(timeIntervalSince1970: 1_796_202_000.125)) == "2026-12-02T09:00:00.125Z")
    #expect(Timestamp.parse("2026-12-02T09:00:00Z") == Date(timeIntervalSince1970: 1_796_202_000))
    #expect(Timestamp.parse("2026-12-02 09:00:00") == nil)
  }
}
