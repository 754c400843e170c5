import Foundation
import Testing

/// Very large input works: a 1 MB answer through a pipe, a big jrnl import, and 10,000 entries
/// in `prepare` and `review`. (Peak memory is measured on a release build; see the closing notes
/// of issue 6. These tests check that it works and is stored whole.)
@Suite("Faults: large input", .serialized)
struct LargeInputTests {
  @Test("A 1 MB answer through a pipe is stored whole")
  func megabyteAnswer() throws {
    let sandbox = try FaultSandbox()
    let words = ["listen", "ask", "plan", "coach", "quiet", "team", "聞く", "질문"]
    var answer = ""
    var index = 0
    while answer.utf8.count < 1_000_000 {
      answer += words[index % words.count] + " "
      index += 1
    }
    answer += "zqv7kbig"
    let result = try sandbox.run(["reflect"], input: Faults.input(Faults.context() + [answer, "Short reality zqv7kafter"]))
    sandbox.keepSecret(["zqv7kbig", "Short reality zqv7kafter"])
    sandbox.expectNoSecrets(in: result)
    #expect(result.status == 0, "\(result.err)")
    let stored = try Faults.storedAnswers(1, in: sandbox)
    #expect(stored.count == 2)
    #expect(stored.first == answer)
  }

  @Test("A 20,000-entry jrnl import and 10,000 entries in prepare and review")
  func bigImportsAndReports() throws {
    let sandbox = try FaultSandbox()
    var journal = ""
    for index in 0..<20_000 {
      journal += "[2025-\(String(format: "%02d", index % 12 + 1))-\(String(format: "%02d", index % 28 + 1)) 09:00] Note \(index)\n"
      journal += "What I noticed when coaching today, number \(index).\n\n"
    }
    let journalPath = sandbox.path("journal.txt")
    try journal.write(toFile: journalPath, atomically: true, encoding: .utf8)
    let imported = try sandbox.run(["import", "--format", "jrnl", journalPath], timeout: 600)
    #expect(imported.status == 0, "\(imported.description)")
    #expect(imported.out.contains("Imported 20000 jrnl entries"), "\(imported.out)")

    // One complete entry of each kind, exported, then copied 5,000 times each.
    for kind in ["best", "challenging"] {
      let answers = (1...21).map { Faults.answer($0, tag: kind) }
      let reflected = try sandbox.run(
        ["reflect"], input: Faults.input(["2026-11-28", "Ravi", kind] + answers))
      #expect(reflected.status == 0, "\(reflected.description)")
    }
    let export = try sandbox.run(["export"])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout)) as? [String: Any])
    let entries = try #require(document["entries"] as? [[String: Any]])
    try #require(entries.count == 2)
    var many: [[String: Any]] = []
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    for copy in 0..<5_000 {
      for (offset, entry) in entries.enumerated() {
        var entry = entry
        // A distinct creation time, or the import takes the copies for one entry imported twice.
        let created = formatter.string(from: Date(timeIntervalSince1970: 1_700_000_000 + Double(copy * 2 + offset)))
        entry["coachee"] = "Coachee \(copy % 40)"
        entry["createdAt"] = created
        entry["updatedAt"] = created
        many.append(entry)
      }
    }
    let big = ["learnlog": 1, "entries": many, "notes": [Any]()] as [String: Any]
    let bigPath = sandbox.path("big.json")
    try JSONSerialization.data(withJSONObject: big).write(to: URL(fileURLWithPath: bigPath))
    let bigImport = try sandbox.run(["import", "--format", "json", bigPath], timeout: 900)
    #expect(bigImport.status == 0, "\(bigImport.description)")
    #expect(bigImport.out.contains("Imported 10000 entries"), "\(bigImport.out)")
    for arguments in [["prepare"], ["review"], ["prepare", "--format", "json"], ["log", "-n", "5"]] {
      let result = try sandbox.run(arguments, timeout: 300)
      #expect(result.status == 0, "\(arguments): \(result.description)")
      #expect(!result.out.isEmpty)
    }
  }
}
