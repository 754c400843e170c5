import LearnLog

@testable import LearnLogStore

/// Values shared by the store tests.
enum Fixtures {
  /// An instant with a fractional part that a lossy date encoding would not keep.
  static let start = Date(timeIntervalSinceReferenceDate: 815_000_000.123_456_7)

  static func date(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

  static let sessionDate = CalendarDate(year: 2026, month: 12, day: 1)!

  static func evidence(_ summary: String = "no feeling word") -> Evidence {
    Evidence(
      summary: summary, matches: ["we", "我们"], counts: ["we": 5, "i": 1], relatedEntryID: 3)
  }

  static func followUp(_ ruleID: String, step: Step = .question(2), at seconds: Double = 10)
    -> FollowUp
  {
    FollowUp(
      ruleID: ruleID, step: step, ask: "How did you feel?", why: "Feelings show what mattered.",
      evidence: evidence(), offeredAt: date(seconds))
  }

  /// A full entry, as an import would produce it.
  static func importedEntry(coachee: String = "Li Wei") -> Entry {
    Entry(
      kind: .best, status: .complete, coachee: coachee, sessionDate: sessionDate,
      grow: GrowRecall(goal: "Close the renewal", reality: "Two tenders lost", will: "Call Friday"),
      answers: [1: "I asked her which moves worked.", 9: "She closed the renewal alone."],
      skipped: [.question(3), .grow(.options)],
      followUps: [followUp("feeling-missing"), followUp("we-not-i", step: .question(1), at: 20)],
      transcript: [
        Turn(speaker: .assistant, text: "What did I do?", step: .question(1), at: date(1)),
        Turn(speaker: .coach, text: "I asked her.", step: .question(1), at: date(2)),
        Turn(speaker: .assistant, text: "Thanks.", step: nil, at: date(3)),
      ],
      source: .import, createdAt: date(0), updatedAt: date(30))
  }
}

extension Database {
  /// A log as an older learnlog left it: the migrations up to `version` applied, each recorded
  /// in `user_version` as `Schema.migrate` records it.
  static func atSchema(_ version: Int, path: String) throws -> Database {
    let db = try Database(path: path)
    for migration in Schema.migrations where migration.version <= version {
      try db.transaction {
        try migration.apply(db)
        try db.execute("PRAGMA user_version = \(migration.version)")
      }
    }
    return db
  }
}
