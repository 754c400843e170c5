import Foundation
import LearnLog
import Testing

@Suite("EntryText fits its width")
struct EntryTextWidthTests {
  /// Breaks every `width` characters: enough to see which lines the renderer hands to `wrap`.
  private static let wrapByCharacters: @Sendable (String, Int) -> [String] = { text, width in
    stride(from: 0, to: text.count, by: width).map { start in
      let from = text.index(text.startIndex, offsetBy: start)
      let to = text.index(from, offsetBy: min(width, text.distance(from: from, to: text.endIndex)))
      return String(text[from..<to])
    }
  }

  private func entry() -> Entry {
    var entry = Entry(
      sessionDate: CalendarDate(year: 2026, month: 12, day: 1)!,
      createdAt: Date(timeIntervalSince1970: 0))
    entry.id = 7
    entry.coachee = "A coachee with a rather long alias indeed"
    entry.answers[3] = String(repeating: "long answer ", count: 20)
    entry.transcript = [
      Turn(
        speaker: .assistant, text: "A question that is much wider than thirty columns",
        step: .question(3), at: Date(timeIntervalSince1970: 0)),
      Turn(
        speaker: .coach,
        text: "first line of a long reply\nsecond line of the same reply, also long",
        step: .question(3), at: Date(timeIntervalSince1970: 0)),
    ]
    return entry
  }

  @Test func everyLineFitsIncludingTitlesHeaderAndTranscript() {
    let text = EntryText(width: 30, wrap: Self.wrapByCharacters).render(
      entry(), includeTranscript: true)
    for line in text.split(separator: "\n") {
      #expect(line.count <= 30, "too wide: \(line)")
    }
    #expect(text.contains("Entry 7 · "))
    // Continuation lines keep their indent: the transcript's second reply line is indented.
    #expect(text.contains("\n    second line of the same"))
  }

  @Test("Below 25 columns lines still fit: titles wrap, and answers get the width left, not 20", arguments: [14, 16, 20, 24])
  func aVeryNarrowTerminalStillFits(width: Int) {
    var entry = entry()
    entry.grow[.goal] = "a goal that is long enough to wrap several times"
    let text = EntryText(width: width, wrap: Self.wrapByCharacters).render(entry, includeTranscript: true)
    for line in text.split(separator: "\n") {
      #expect(line.count <= width, "too wide at \(width): \(line)")
    }
    #expect(!text.contains("The session, through GROW\n"), "the section title wraps too")
  }

  @Test func aWideWidthLeavesLinesWhole() {
    let text = EntryText(width: 100_000, wrap: Self.wrapByCharacters).render(
      entry(), includeTranscript: true)
    #expect(text.contains("\n 3. What did I plan to do but did not do (leadership actions)?\n"))
    #expect(
      text.contains(
        "you [q3]: first line of a long reply\n    second line of the same reply, also long\n"))
  }

  @Test("Question numbers are right-aligned and every answer starts under its question's text")
  func answersAlignUnderTheirQuestions() {
    var entry = entry()
    entry.answers[9] = "nine"
    entry.answers[10] = "ten"
    let text = EntryText(width: 100_000, wrap: Self.wrapByCharacters).render(
      entry, includeTranscript: false)
    #expect(text.contains("\n 9. What have I achieved – business results?\n    nine\n"))
    #expect(text.contains("\n10. What have I achieved – my leadership development?\n    ten\n"))
    #expect(text.contains("\n    (not answered)\n"))
  }

  @Test func anEntryWithoutACoacheeSaysSoInItsHeader() {
    let entry = Entry(
      id: 1, sessionDate: CalendarDate(year: 2026, month: 12, day: 4)!,
      createdAt: Date(timeIntervalSince1970: 0))
    let header = EntryText().render(entry, includeTranscript: false).split(separator: "\n").first
    #expect(header == "Entry 1 · Other · no coachee · 2026-12-04 · draft")
  }

  @Test("An imported reflection's transcript section says why it is empty")
  func anImportedEntryHasNoConversation() {
    var entry = Entry(
      id: 2, sessionDate: CalendarDate(year: 2026, month: 12, day: 4)!,
      createdAt: Date(timeIntervalSince1970: 0))
    entry.source = .import
    let text = EntryText().render(entry, includeTranscript: true)
    #expect(text.hasSuffix("Conversation\n    (none: this reflection was imported)\n"), "\(text)")
  }
}
