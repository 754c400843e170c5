import Testing

@testable import LearnLog

/// Hostile and huge input: never a crash, always valid text or a clean error.
@Suite("Import robustness")
struct ImportRobustnessTests {
  /// SplitMix64: a seeded generator so failures reproduce.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Fragments that exercise the recognisers, glued at random with random bytes between.
  static let fragments: [String] = [
    "Q", "Q7", "Q17:", "Question ", "## ", "**", "7.", "7:30", "1. What did I do?", "\n", "\n\n",
    "\r\n", "\r", "Sam. ", "Goal:", "Will (", "[2026-11-28 09:00] ", "2026-02-30 ", "[", "]",
    "你好。", "🙂", "\u{FEFF}", "\u{0}", "\t", "---", "# Best ", " with ", "Date: ", "Kind:",
    "What will I do differently next time?", "？", "…",
  ]

  static func randomDocument(_ generator: inout Seeded) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<Int.random(in: 0..<60, using: &generator) {
      if Int.random(in: 0..<4, using: &generator) == 0 {
        bytes.append(UInt8.random(in: 0...255, using: &generator))
      } else {
        bytes += Array(fragments.randomElement(using: &generator).map { Array($0.utf8) } ?? [])
      }
    }
    return bytes
  }

  @Test func randomDocumentsNeverCrash() {
    var generator = Seeded(state: 2026)
    var parsed = 0
    for _ in 0..<3000 {
      let bytes = Self.randomDocument(&generator)
      if let reflection = try? ReflectionDocument.parse(bytes) {
        parsed += 1
        for answer in reflection.answers.values {
          #expect(!answer.isEmpty)
          #expect(!answer.unicodeScalars.contains { $0.value == 0 || $0 == "\r" })
        }
        #expect((1...16).contains(reflection.answers.keys.min() ?? 1))
      }
      if let journal = try? JrnlJournal.parse(bytes) {
        // A journal read has entries, or says it left out the empty ones it had.
        #expect(
          !journal.entries.isEmpty
            || journal.warnings.contains { $0.contains("with no title and no text") })
      }
    }
    #expect(parsed > 0)
  }

  @Test func aNumberedListItemRepeatingAQuestionIsNotADuplicate() throws {
    let text = """
      1. What did I do?
      Listened.
      14. How can I use this to plan for the future?
      Next time I will check three things:
      1. What did I do well?
      2. How do I think it landed?
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.answers.count == 2)
    #expect(
      reflection.answers[14]?.hasSuffix("1. What did I do well?\n2. How do I think it landed?")
        == true)
  }

  @Test func dashAndBoldForms() throws {
    let text = """
      Question 1 — What did I do? Listened.
      **Question 2. How do I think/feel about this?**
      Calm.
      Q3 – Forgot to agree a date.
      *Q4.* Asked for feedback.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.answers[1] == "Listened.")
    #expect(reflection.answers[2] == "Calm.")
    #expect(reflection.answers[3] == "Forgot to agree a date.")
    #expect(reflection.answers[4] == "Asked for feedback.")
  }

  @Test func oneMegabyteAnswer() throws {
    let paragraph = String(repeating: "I asked how, then waited. 我等了一会儿。", count: 20)
    var answer = ""
    while answer.utf8.count < 1_000_000 { answer += paragraph + "\n\n" }
    answer = answer.trimmed
    let reflection = try ReflectionDocument.parse("Q1: " + answer + "\nQ2: Calm.")
    #expect(reflection.answers[1] == answer)
    #expect(reflection.answers[2] == "Calm.")
    // A single 1 MB line too.
    let line = String(repeating: "word ", count: 200_000)
    let single = try ReflectionDocument.parse("Q6: " + line)
    #expect(single.answers[6]?.utf8.count == line.utf8.count - 1)
  }
}
