import Foundation
import LearnLogTestSupport
import Testing

/// Shared scripts and readers for the end-to-end tests.
enum EndToEnd {
  /// A whole reflection, answered richly enough that no built-in follow-up rule fires (each
  /// answer is chosen from the rules' own "quiet" side: Sources/LearnLog/Rules/Pack), so one
  /// line of input is one step. If a rule changes and starts firing, the pipe tests say which
  /// follow-up appeared.
  static let context = ["2026-11-28", "Ravi", "best"]

  static let grow = [
    "goal": "A plan to win back the spring volume from a key client.",
    "reality": "Volume down 30%; the client's new buyer prefers a rival.",
    "options": "Meet the new buyer; offer a trial lane; ask his manager to join.",
    "will": "Book the buyer meeting by Friday.",
    "questions": "What would success look like? How could you find out what the buyer values?",
  ]
  static let growOrder = ["goal", "reality", "options", "will", "questions"]

  static let answers = [
    "I let Ravi lay out the numbers first, then asked what had changed.",
    "Relieved, and a bit impatient when he went quiet.",
    "I planned to ask for a number but we ran out of time because the call started late.",
    "I asked about the buyer before the figures, and I held back my own view.",
    "Halfway through he went quiet for a minute, and I waited.",
    "When he said the buyer had changed, I stayed with it for a minute.",
    "Stop telling, start asking, continue preparing.",
    "I will pause for five seconds before I answer.",
    "Ravi booked the buyer meeting for Friday and the client agreed to a trial order.",
    "I am better at waiting; I let silence work for me now.",
    "I tend to jump in too soon when a coachee stalls.",
    "I used GROW and kept the questions open.",
    "Listening better means my reps find client needs earlier, so fewer lost deals.",
    "I will plan each session around one quarterly sales target.",
    "I will ask for a role play with my buddy next week.",
    "Ask how to keep quiet longer when a coachee stalls.",
  ]

  /// Every line of the whole reflection, in order.
  static var wholeReflection: [String] {
    context + growOrder.compactMap { grow[$0] } + answers
  }

  /// Lines joined as piped input, each ending in a line break.
  static func input(_ lines: [String]) -> String {
    lines.map { $0 + "\n" }.joined()
  }

  /// Every answer text the tests type, which must never show up on standard error.
  static var answerTexts: [String] { Array(grow.values) + answers }

  /// Decodes `learnlog show ID --json`.
  static func decodeEntry(_ result: RunResult) throws -> ShownEntry {
    try JSONDecoder().decode(ShownEntry.self, from: Data(result.standardOutput))
  }

  /// `show ID --json` in the sandbox's default database.
  static func show(_ id: Int64, in sandbox: Sandbox, arguments: [String] = []) throws -> ShownEntry {
    let result = try BinaryRunner.learnlog(
      ["show", "\(id)", "--json"] + arguments, environment: sandbox.environment())
    try #require(result.status == 0, "\(result.description)")
    return try decodeEntry(result)
  }

  /// A sandbox whose log holds the whole reflection (no follow-ups), for commands that print it.
  static func sandboxWithAReflection() throws -> Sandbox {
    let sandbox = try Sandbox()
    try sandbox.disableBuiltInFollowUps()
    let created = try BinaryRunner.learnlog(
      ["reflect"], input: input(wholeReflection), environment: sandbox.environment())
    try #require(created.status == 0, "\(created.description)")
    return sandbox
  }

  /// Runs `learnlog arguments…` in the sandbox through `/bin/sh`, from the sandbox's folder,
  /// with `redirection` (`>/dev/full`, `>&-`…) applied to it.
  static func learnlogThroughShell(
    _ arguments: [String], redirecting redirection: String = "", in sandbox: Sandbox
  ) throws -> RunResult {
    try BinaryRunner.run(
      "/bin/sh",
      [
        "-c", "cd \"$1\" && shift && exec \"$0\" \"$@\" \(redirection)",
        BinaryRunner.learnlogPath(), sandbox.root,
      ] + arguments,
      environment: sandbox.environment())
  }

  /// `log --json` in the sandbox's default database.
  static func log(in sandbox: Sandbox, arguments: [String] = []) throws -> [ShownEntry] {
    let result = try BinaryRunner.learnlog(
      ["log", "--json"] + arguments, environment: sandbox.environment())
    try #require(result.status == 0, "\(result.description)")
    return try JSONDecoder().decode([ShownEntry].self, from: Data(result.standardOutput))
  }
}

/// The fields of `show --json` the product promises (issue 2, "The log").
struct ShownEntry: Decodable, Equatable {
  struct Grow: Decodable, Equatable {
    var goal: String?
    var reality: String?
    var options: String?
    var will: String?
    var questions: String?

    subscript(stage: String) -> String? {
      switch stage {
      case "goal": goal
      case "reality": reality
      case "options": options
      case "will": will
      case "questions": questions
      default: nil
      }
    }
  }

  struct Answer: Decodable, Equatable {
    var question: Int
    var text: String
  }

  struct TranscriptTurn: Decodable, Equatable {
    var speaker: String
    var text: String
    var step: String?
    var at: String
  }

  var id: Int64
  var kind: String
  var status: String
  var coachee: String
  var sessionDate: String
  var grow: Grow
  var answers: [Answer]
  var transcript: [TranscriptTurn]?
  var skipped: [String]?

  func answer(_ number: Int) -> String? {
    answers.first { $0.question == number }?.text
  }

  /// What the coach typed, in order.
  var coachTurns: [String] {
    (transcript ?? []).filter { $0.speaker == "coach" }.map(\.text)
  }
}

extension RunResult {
  /// True when no byte is ESC: plain mode promises no escape codes.
  var hasNoEscapeBytes: Bool {
    !standardOutput.contains(0x1B) && !standardError.contains(0x1B)
  }
}

/// Fails the test when any of `texts` appears on standard error.
func expectNoAnswers(
  onStandardErrorOf result: RunResult, _ texts: [String] = EndToEnd.answerTexts,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  for text in texts where result.stderr.contains(text) {
    Issue.record("answer text on stderr: \(text)\n\(result.stderr)", sourceLocation: sourceLocation)
  }
}
