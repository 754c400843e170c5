import Foundation
import LearnLogTestSupport
import Testing

/// `learnlog import FILE`: a made-up reflection written elsewhere, then read back as JSON.
@Suite("Import a document")
struct ImportEndToEndTests {
  static let answers = [
    "I asked Ravi what he wanted from the hour.",
    "Uneasy at first, then calmer.",
    "I planned to ask for a number but ran out of time.",
    "Check the contract terms before the call.",
    "Badly at first; better once I stopped talking.",
    "Silence works better than a clever question.",
    "Stop telling, start asking, continue preparing.",
    "Count to five before I speak.",
    "He booked the buyer meeting for Friday.",
    "I am calmer when a coachee stalls.",
    "I rush to fill silences.",
    "I used GROW and kept the questions open.",
    "Listening better means fewer lost deals.",
    "I will plan each session around one target.",
    "A role play with my buddy next week.",
    "Ask my coach how to stay quiet longer. 我们讨论了目标 😊",
  ]

  /// The document in one of the question styles the importer reads; odd answers carry the
  /// writer's "Sam." label, which is not part of the answer.
  static func document(heading: (Int) -> String) -> String {
    var lines = ["# Learning Log — my Most Challenging session of November", ""]
    for (index, answer) in answers.enumerated() {
      let number = index + 1
      lines.append(heading(number))
      lines.append(number.isMultiple(of: 2) ? answer : "Sam. " + answer)
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  static let styles: [(name: String, heading: @Sendable (Int) -> String)] = [
    ("markdown headings", { "## \($0)" }),
    ("Q lines", { "Q\($0):" }),
  ]

  @Test(arguments: 0..<2)
  func sixteenQuestionDocumentIsImported(style: Int) throws {
    let sandbox = try Sandbox()
    let file = try sandbox.write(
      Self.document(heading: Self.styles[style].heading), to: "reflection.md")
    let run = try BinaryRunner.learnlog(
      ["import", file, "--coachee", "Ravi"], environment: sandbox.environment())
    #expect(run.status == 0, "\(Self.styles[style].name): \(run.description)")
    #expect(run.stdout.contains("found 16 of 16"), "\(run.stdout)")
    #expect(run.stdout.contains("entry 1"))
    #expect(run.hasNoEscapeBytes)
    expectNoAnswers(onStandardErrorOf: run, Self.answers)

    let entry = try EndToEnd.show(1, in: sandbox)
    #expect(entry.id == 1)
    #expect(entry.kind == "challenging", "the title names the Most Challenging session")
    #expect(entry.status == "complete")
    #expect(entry.coachee == "Ravi")
    #expect(entry.sessionDate.count == 10)
    #expect(entry.answers.map(\.question) == Array(1...16))
    #expect(entry.answers.map(\.text) == Self.answers, "the Sam. label is not part of the answer")
    #expect(Array(entry.answer(16)?.utf8 ?? "".utf8) == Array(Self.answers[15].utf8))
  }

  @Test func brokenDocumentStoresNothing() throws {
    let sandbox = try Sandbox()
    // Question 4 twice: each question takes three lines after the title, so the second "## 4"
    // (where question 5 belongs) is on line 15.
    let text = Self.document(heading: { "## \($0 == 5 ? 4 : $0)" })
    let file = try sandbox.write(text, to: "broken.md")
    let run = try BinaryRunner.learnlog(["import", file], environment: sandbox.environment())
    #expect(run.status == 1, "\(run.description)")
    #expect(run.stdout.isEmpty)
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1, "one line: \(run.stderr)")
    #expect(run.stderr.hasPrefix("learnlog: error:"))
    #expect(run.stderr.contains("line 15:"), "\(run.stderr)")
    #expect(run.stderr.contains(file))
    expectNoAnswers(onStandardErrorOf: run, Self.answers)
    #expect(try EndToEnd.log(in: sandbox).isEmpty)
  }
}
