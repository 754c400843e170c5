import Foundation
import Testing

/// `learnlog import` runs the rules over the imported answers, through the built binary.
@Suite(.enabled(if: LearnlogBinary.isBuilt, "needs the built learnlog binary"))
final class ImportFollowUpCommandTests {
  let sandbox: LearnlogBinary

  init() throws {
    sandbox = try LearnlogBinary()
  }

  deinit {
    sandbox.remove()
  }

  static let notes = """
    # Reflection: Best session

    Q1: We discussed the numbers and we agreed on next steps.
    Q2: It was a useful session.
    Q3: I didn't check his commitment at the end.
    Q7: Maybe I will try to listen more.
    Q8: Try to improve.
    """

  func followUps(of id: Int) throws -> [[String: Any]] {
    let shown = try sandbox.run(["show", String(id), "--json"])
    let document = try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any]
    return try #require(document?["followUps"] as? [[String: Any]])
  }

  @Test func recordsTheFollowUpsTheRulesWouldHaveAsked() throws {
    let path = try sandbox.write(Self.notes, to: "notes.md")
    let result = try sandbox.run(["import", path, "--coachee", "Ravi", "--date", "2026-11-28"])
    #expect(result.status == 0)
    #expect(
      result.outputLines.last
        == "Recorded 5 follow-ups the rules would have asked; `learnlog show 1` lists them.")
    let followUps = try followUps(of: 1)
    #expect(
      followUps.map { $0["rule"] as? String } == [
        "ownership.i-not-we", "feelings.name-it", "plan.what-stopped-you", "hedging.commit",
        "depth.too-short",
      ])
    #expect(followUps.map { $0["step"] as? String } == ["q1", "q2", "q3", "q7", "q8"])
    #expect(followUps.allSatisfy { $0["response"] as? String == "pending" })
    #expect(followUps.allSatisfy { $0["fromImport"] as? Bool == true })

    let text = try sandbox.run(["show", "1"])
    #expect(text.output.contains("[feelings.name-it]\n      (suggested on import)"))
  }

  @Test func theUserFileApplies() throws {
    try sandbox.write("{ disable: [\"feelings.name-it\", \"hedging.commit\"] }")
    let path = try sandbox.write(Self.notes, to: "notes.md")
    let result = try sandbox.run(["import", path])
    #expect(result.status == 0)
    #expect(
      try followUps(of: 1).map { $0["rule"] as? String } == [
        "ownership.i-not-we", "plan.what-stopped-you", "actions.stop-start-continue",
        "depth.too-short",
      ])
  }

  @Test func importedFollowUpsCountInTheCoachsHistory() throws {
    // The same notes imported a second time: the earlier import is history now.
    let path = try sandbox.write(Self.notes, to: "notes.md")
    _ = try sandbox.run(["import", path, "--date", "2026-11-20"])
    let second = try sandbox.run(["import", path, "--date", "2026-11-27"])
    #expect(second.status == 0)
    let rules = try followUps(of: 2).compactMap { $0["rule"] as? String }
    #expect(rules.contains("history.repeated-answer"))
    let repeated = try #require(
      try followUps(of: 2).first { $0["rule"] as? String == "history.repeated-answer" })
    let evidence = repeated["evidence"] as? [String: Any]
    #expect((evidence?["relatedEntryID"] as? Int) == 1)
  }

  @Test func nothingFiresOnAFullReflection() throws {
    let path = try sandbox.write(
      "Q2: I felt uneasy when he went quiet, then relieved when he named the risk.\n", to: "n.md")
    let result = try sandbox.run(["import", path])
    #expect(result.status == 0)
    #expect(result.outputLines.last == "No follow-up rule fired on the imported answers.")
  }

  @Test func theSameReflectionImportedTwiceIsRefusedNamingTheEntry() throws {
    let path = try sandbox.write(Self.notes, to: "notes.md")
    let first = try sandbox.run(["import", path, "--coachee", "Ana", "--date", "2026-11-28"])
    #expect(first.status == 0)
    let refusal =
      "refused to import \(path): entry 1 already has the same kind, date, coachee and answers "
      + "(`learnlog show 1`); nothing was stored"

    let dryRun = try sandbox.run(["import", path, "--coachee", "Ana", "--date", "2026-11-28", "--dry-run"])
    #expect(dryRun.status == 1)
    #expect(dryRun.output.isEmpty)
    #expect(dryRun.errorLines == ["learnlog: error: would " + refusal.replacingOccurrences(of: "refused", with: "refuse")])

    let second = try sandbox.run(["import", path, "--coachee", "Ana", "--date", "2026-11-28"])
    #expect(second.status == 1)
    #expect(second.output.isEmpty)
    #expect(second.errorLines == ["learnlog: error: " + refusal])
    let log = try sandbox.run(["log", "--json"])
    let entries = try JSONSerialization.jsonObject(with: Data(log.output.utf8)) as? [Any]
    #expect(entries?.count == 1)
    // The first import's follow-ups are untouched; no "close to last time" one was added anywhere.
    #expect(try followUps(of: 1).count == 5)

    // Another coachee, date, kind or answer is another reflection.
    #expect(try sandbox.run(["import", path, "--coachee", "Ravi", "--date", "2026-11-28"]).status == 0)
    #expect(try sandbox.run(["import", path, "--coachee", "Ana", "--date", "2026-11-29"]).status == 0)
    #expect(
      try sandbox.run(["import", path, "--coachee", "Ana", "--date", "2026-11-28", "--kind", "challenging"])
        .status == 0)
    let edited = try sandbox.write(Self.notes + "Q9: One more thing.\n", to: "edited.md")
    #expect(try sandbox.run(["import", edited, "--coachee", "Ana", "--date", "2026-11-28"]).status == 0)
  }
}
