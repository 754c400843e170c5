import Foundation
import Testing

@testable import LearnLog

/// `export --format md` keeps the coach's words as words, as the brief does: a name or an answer
/// holding `<script>` or starting with `#` renders as text in any Markdown preview.
@Suite("Markdown export escapes the coach's words")
struct LogMarkdownEscapeTests {
  @Test func tagsAndHeadingsInNamesAnswersAndNotesAreEscaped() {
    var entry = Entry(
      id: 3, kind: .best, status: .complete, coachee: "<i>Ravi</i> & Co",
      sessionDate: CalendarDate(year: 2026, month: 11, day: 20)!,
      answers: [1: "<script>alert(1)</script>\n# not a heading"],
      createdAt: Date(timeIntervalSince1970: 1_796_202_000))
    entry.transcript = [
      Turn(speaker: .coach, text: "<b>typed</b>", step: .question(1), at: Date(timeIntervalSince1970: 1_796_202_030))
    ]
    let markdown = LogMarkdown().entry(entry)
    #expect(markdown.contains("## 2026-11-20 · Best · \\<i>Ravi\\</i> & Co"), "\(markdown)")
    #expect(markdown.contains("\\<script>alert(1)\\</script>\n\\# not a heading"), "\(markdown)")
    #expect(markdown.contains("\\<b>typed\\</b>"), "\(markdown)")

    let note = LogMarkdown().note(
      Note(id: 1, date: CalendarDate(year: 2026, month: 11, day: 21)!, title: "<u>t</u>", text: "#1 <x>",
        createdAt: Date(timeIntervalSince1970: 0)))
    #expect(note.contains("· \\<u>t\\</u>") && note.contains("\\#1 \\<x>"), "\(note)")
  }
}
