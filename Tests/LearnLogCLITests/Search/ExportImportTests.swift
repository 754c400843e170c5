import Foundation
import LearnLog
import LearnLogStore
import Testing

@testable import LearnLogCLI

/// A fresh folder for one test, removed afterwards.
final class ScratchFolder {
  let path: String

  init() throws {
    path = NSTemporaryDirectory() + "learnlog-cli-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ name: String) -> String { path + "/" + name }

  func write(_ text: String, to name: String) throws -> String {
    let path = file(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  func read(_ name: String) throws -> String {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: file(name))), as: UTF8.self)
  }
}

@Suite("Export and import")
struct ExportImportTests {
  static let start = Date(timeIntervalSinceReferenceDate: 815_000_000.123_456_7)
  static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

  /// A log with every kind of thing an export must carry: complete and draft entries, GROW
  /// recall, skipped steps, follow-ups in every state with evidence pointing at another entry,
  /// transcripts, CJK and multi-line text, typed and jrnl notes, a gap in the ids, and a
  /// session register (individual and group, paid and pro bono, a length not known yet, a gap
  /// in its ids too) with entries attached to it.
  static func makeLog(at path: String) throws {
    let store = try LogStore(path: path)
    let removed = try store.addSession(
      CoachingSession(date: CalendarDate(iso: "2026-09-01")!, coachee: "Gone", createdAt: at(-50)))
    let individual = try store.addSession(
      CoachingSession(
        date: CalendarDate(iso: "2026-10-01")!, coachee: "Li Wei", topic: "续约 \"renewal\"",
        durationMinutes: 45, createdAt: at(-40.0015)))
    let group = try store.addSession(
      CoachingSession(
        date: CalendarDate(iso: "2026-11-15")!, coachee: "Team A", groupSize: 5,
        payment: .proBono, createdAt: at(-30)))
    try store.removeSession(id: removed)
    let first = try store.createEntry(
      Entry(
        kind: .best, status: .complete, coachee: "Li Wei", sessionDate: CalendarDate(iso: "2026-10-01")!,
        grow: GrowRecall(goal: "Close the renewal", reality: "Two tenders lost\nand a third at risk",
          options: "三つの案", will: "Call Friday", questions: "What would success look like?"),
        answers: [1: "I asked which moves worked.", 7: "Start: ask first. Stop: rescuing.", 16: "How do I stay quiet?"],
        skipped: [.question(3), .grow(.options)],
        followUps: [
          FollowUp(ruleID: "feeling-missing", step: .question(1), ask: "How did you feel?",
            why: "Feelings show what mattered.",
            evidence: Evidence(summary: "no feeling word", matches: ["we"], counts: ["we": 5, "i": 1]),
            response: .answered, reply: "Nervous, then relieved.", offeredAt: at(10)),
          FollowUp(ruleID: "vague-plan", step: .question(7), ask: "What exactly?", why: "Plans need a when.",
            evidence: Evidence(summary: "no date"), response: .skipped, offeredAt: at(20)),
        ],
        transcript: [
          Turn(speaker: .assistant, text: "What did you do?", step: .question(1), at: at(1)),
          Turn(speaker: .coach, text: "I asked which moves worked.", step: .question(1), at: at(2.5)),
          Turn(speaker: .assistant, text: "Thanks — that's all.", step: nil, at: at(30.999)),
        ],
        source: .conversation, createdAt: at(0), updatedAt: at(31)))
    let gone = try store.createEntry(
      Entry(sessionDate: CalendarDate(iso: "2026-10-02")!, createdAt: at(40)))
    try store.createEntry(
      Entry(
        kind: .challenging, status: .draft, coachee: "Ana", sessionDate: CalendarDate(iso: "2026-11-15")!,
        answers: [5: "It went badly.\n\nThen better."],
        followUps: [
          FollowUp(ruleID: "same-as-before", step: .question(5), ask: "Seen this before?", why: "Patterns.",
            evidence: Evidence(summary: "like entry \(first)", relatedEntryID: first),
            response: .pending, offeredAt: at(100), isFromImport: true)
        ],
        currentStep: .question(6), source: .import, createdAt: at(90), updatedAt: at(100.001)))
    try store.deleteEntry(id: gone)
    try store.attach(entryID: first, toSession: individual)
    try store.attach(entryID: first + 2, toSession: group)
    try store.addNote(
      Note(date: CalendarDate(iso: "2026-11-20")!, time: JournalTime(hour: 7, minute: 5),
        text: "Ask my coach about silence.", createdAt: at(200)))
    try store.addNote(
      Note(date: CalendarDate(iso: "2024-02-29")!, time: JournalTime(hour: 23, minute: 59, second: 59),
        title: "振り返り *", text: "行一\n\n  indented\n[2024-03-01 10:00] not a header",
        source: .jrnl, createdAt: at(300)))
  }

  @Test func exportThenImportIntoAnEmptyLogThenExportGivesTheSameLogFieldByField() throws {
    let folder = try ScratchFolder()
    let source = folder.file("source.sqlite3")
    try Self.makeLog(at: source)
    _ = try runCommand(["export", "-o", folder.file("first.json")], db: source)

    let target = folder.file("target.sqlite3")
    let imported = try runCommand(["import", "--format", "json", folder.file("first.json")], db: target)
    #expect(imported.output.hasPrefix("Imported 2 sessions, 2 entries and 2 notes from "))
    _ = try runCommand(["export", "-o", folder.file("second.json")], db: target)

    let first = try ExportDocument.decode(Array(try folder.read("first.json").utf8))
    let second = try ExportDocument.decode(Array(try folder.read("second.json").utf8))
    #expect(first.learnlog == 1 && second.learnlog == 1)
    // The register comes back field by field, renumbered (the source had a gap: 2 and 3
    // become 1 and 2), and each entry is attached to its session's new id.
    try #require(first.sessions.count == 2 && second.sessions.count == 2)
    #expect(first.sessions.map(\.id) == [2, 3])
    #expect(second.sessions.map(\.id) == [1, 2])
    for (before, after) in zip(first.sessions, second.sessions) {
      #expect(after.date == before.date)
      #expect(after.coachee == before.coachee)
      #expect(after.topic == before.topic)
      #expect(after.durationMinutes == before.durationMinutes)
      #expect(after.format == before.format)
      #expect(after.groupSize == before.groupSize)
      #expect(after.payment == before.payment)
      #expect(after.createdAt == before.createdAt)
    }
    #expect(first.sessions[0].topic == "续约 \"renewal\"" && first.sessions[0].durationMinutes == 45)
    #expect(first.sessions[1].groupSize == 5 && first.sessions[1].payment == .proBono)
    #expect(first.sessions[1].durationMinutes == nil)
    let newSessionID = Dictionary(
      uniqueKeysWithValues: zip(first.sessions.map(\.id), second.sessions.map(\.id)))
    #expect(first.entries.map(\.session) == [2, 3])
    #expect(second.entries.map(\.session) == first.entries.map { $0.session.flatMap { newSessionID[$0] } })
    let targetStore = try LogStore(path: target)
    #expect(try targetStore.sessionID(ofEntry: 1) == 1 && targetStore.sessionID(ofEntry: 2) == 2)
    try #require(first.entries.count == 2 && second.entries.count == 2)
    // Ids are reassigned (the source had a gap: 1 and 3 become 1 and 2).
    #expect(first.entries.map(\.id) == [1, 3])
    #expect(second.entries.map(\.id) == [1, 2])
    let newID = Dictionary(uniqueKeysWithValues: zip(first.entries.map(\.id), second.entries.map(\.id)))
    for (before, after) in zip(first.entries, second.entries) {
      #expect(after.kind == before.kind)
      #expect(after.status == before.status)
      #expect(after.coachee == before.coachee)
      #expect(after.sessionDate == before.sessionDate)
      #expect(after.grow == before.grow)
      #expect(after.answers == before.answers)
      #expect(after.skipped == before.skipped)
      #expect(after.transcript == before.transcript)
      #expect(after.source == before.source)
      #expect(after.currentStep == before.currentStep)
      #expect(after.createdAt == before.createdAt)
      #expect(after.updatedAt == before.updatedAt)
      try #require(after.followUps.count == before.followUps.count)
      for (old, new) in zip(before.followUps, after.followUps) {
        #expect(new.rule == old.rule)
        #expect(new.step == old.step)
        #expect(new.ask == old.ask)
        #expect(new.why == old.why)
        #expect(new.response == old.response)
        #expect(new.reply == old.reply)
        #expect(new.at == old.at)
        #expect(new.fromImport == old.fromImport)
        #expect(new.evidence.summary == old.evidence.summary)
        #expect(new.evidence.matches == old.evidence.matches)
        #expect(new.evidence.counts == old.evidence.counts)
        #expect(new.evidence.relatedEntryID == old.evidence.relatedEntryID.flatMap { newID[$0] })
      }
    }
    #expect(second.entries[1].followUps[0].evidence.relatedEntryID == second.entries[0].id)
    try #require(first.notes.count == 2 && second.notes.count == 2)
    for (before, after) in zip(first.notes, second.notes) {
      #expect(after.date == before.date)
      #expect(after.time == before.time)
      #expect(after.title == before.title)
      #expect(after.text == before.text)
      #expect(after.source == before.source)
      #expect(after.createdAt == before.createdAt)
    }
    // Timestamps carry milliseconds, and those survive.
    #expect(first.entries[0].transcript[2].at.hasSuffix(".122Z") || first.entries[0].transcript[2].at.hasSuffix(".123Z"))
    #expect(second.entries[1].updatedAt == first.entries[1].updatedAt)

    // Importing the same export again stores nothing new.
    let again = try runCommand(["import", "--format", "json", folder.file("first.json")], db: target)
    #expect(again.output.contains("Imported 0 sessions, 0 entries and 0 notes"))
    #expect(again.output.contains("skipped 6 items already in the log"))
    #expect(try targetStore.sessions().count == 2)
  }

  @Test func theExportFileIsPrivateAndStreamsValidJSON() throws {
    let folder = try ScratchFolder()
    let db = folder.file("log.sqlite3")
    try Self.makeLog(at: db)
    let path = folder.file("out.json")
    let console = try runCommand(["export", "--format", "json", "-o", path], db: db)
    #expect(console.errors == "Exported 2 sessions, 2 entries and 2 notes to \(path).\n")
    #expect(console.output.isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    _ = try JSONSerialization.jsonObject(with: Data(try folder.read("out.json").utf8))
    // An empty log is a valid export too.
    let empty = try runCommand(["export"], db: folder.file("empty.sqlite3"))
    let document = try ExportDocument.decode(Array(empty.output.utf8))
    #expect(document.entries.isEmpty && document.notes.isEmpty)
  }

  @Test func exportsByDateAndAsMarkdown() throws {
    let folder = try ScratchFolder()
    let db = folder.file("log.sqlite3")
    try Self.makeLog(at: db)
    let november = try runCommand(["export", "--since", "2026-11-01"], db: db)
    let document = try ExportDocument.decode(Array(november.output.utf8))
    #expect(document.entries.map(\.coachee) == ["Ana"])
    #expect(document.notes.map(\.date) == ["2026-11-20"])
    let markdown = try runCommand(["export", "--format", "md"], db: db).output
    for piece in [
      "# learnlog export", "## 2026-10-01 · Best · Li Wei", "**Goal**", "Close the renewal",
      "**7. What will I do differently next time (stop, start, continue)?**",
      "> Follow-up (feeling-missing): How did you feel?", "> Nervous, then relieved.",
      "### Conversation", "## Notes", "### 2024-02-29 23:59:59 · 振り返り *", "Ask my coach about silence.",
    ] {
      #expect(markdown.contains(piece), "missing \(piece)")
    }
  }

  @Test func refusesANewerExportWithOneLine() throws {
    let folder = try ScratchFolder()
    let file = try folder.write("{\"learnlog\": 2, \"entries\": [], \"notes\": []}", to: "new.json")
    #expect(throws: CLIError.importFailed(
      path: file,
      reason: ImportError.newerExport(found: 2, supported: 1).message)) {
      try runCommand(["import", "--format", "json", file], db: folder.file("log.sqlite3"))
    }
    #expect(!ImportError.newerExport(found: 2, supported: 1).message.contains("\n"))
    let notOurs = try folder.write("{\"entries\": []}", to: "other.json")
    #expect(throws: CLIError.importFailed(path: notOurs, reason: ImportError.notAnExport.message)) {
      try runCommand(["import", "--format", "json", notOurs], db: folder.file("log.sqlite3"))
    }
    let broken = try folder.write(
      "{\"learnlog\": 1, \"entries\": [{\"id\": 1}], \"notes\": []}", to: "broken.json")
    #expect(throws: CLIError.self) {
      try runCommand(["import", "--format", "json", broken], db: folder.file("log.sqlite3"))
    }
  }

  @Test func controlCharactersInAnExportAreRemovedAndCounted() throws {
    let folder = try ScratchFolder()
    // Written by hand or another tool: a NUL in an answer, escape codes in a coachee's name and
    // a note, a bell in a session's topic.
    let file = try folder.write(
      """
      {"learnlog": 1,
       "sessions": [{"id": 4, "date": "2026-11-02", "coachee": "Mei", "topic": "plan\\u0007",
         "durationMinutes": 30, "format": "individual", "groupSize": null, "payment": "paid",
         "createdAt": "2026-11-02T09:00:00Z"}],
       "entries": [{"id": 9, "kind": "other", "status": "complete",
         "coachee": "x\\u001b[2J", "sessionDate": "2026-11-02",
         "grow": {"goal": "a\\u0000b"}, "answers": [{"question": 1, "text": "ok\\u001b]0;t\\u0007"}],
         "skipped": [], "followUps": [], "transcript": [], "source": "conversation",
         "createdAt": "2026-11-02T10:00:00Z", "updatedAt": "2026-11-02T10:00:00Z"}],
       "notes": [{"id": 1, "date": "2026-11-03", "title": "t", "text": "esc \\u001b[2J here",
         "source": "note", "createdAt": "2026-11-03T08:00:00Z"}]}
      """, to: "export.json")
    let db = folder.file("log.sqlite3")
    let console = try runCommand(["import", "--format", "json", file], db: db)
    #expect(console.errors.contains("6 control characters were removed from the imported text"))
    let store = try LogStore(path: db)
    let entry = try #require(try store.entries().first)
    #expect(entry.coachee == "x[2J" && entry.grow.goal == "ab" && entry.answers[1] == "ok]0;t")
    #expect(try store.notes().first?.text == "esc [2J here")
    #expect(try store.sessions().first?.topic == "plan")
  }

  @Test(arguments: [
    ("\"id\": -5", "entries[0].id must be a whole number above 0"),
    ("\"answers\": [{\"question\": 99, \"text\": \"a\"}]", "has a question number that is repeated or not 1 to 16"),
    ("\"skipped\": [\"q17\"]", "entries[0].skipped[0] is question 17; the Leadership Learning Log has questions 1 to 16"),
  ])
  func anExportWithAnImpossibleIdOrQuestionIsRefused(field: String, reason: String) throws {
    let folder = try ScratchFolder()
    var entry: [String: String] = [
      "\"id\"": "9", "\"answers\"": "[]", "\"skipped\"": "[]",
    ]
    let key = String(field.prefix { $0 != ":" })
    entry[key] = String(field.dropFirst(key.count + 2))
    let fields = entry.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    let file = try folder.write(
      """
      {"learnlog": 1, "entries": [{\(fields), "kind": "other", "status": "complete",
         "coachee": "Mei", "sessionDate": "2026-11-02", "grow": {}, "followUps": [],
         "transcript": [], "source": "conversation",
         "createdAt": "2026-11-02T10:00:00Z", "updatedAt": "2026-11-02T10:00:00Z"}], "notes": []}
      """, to: "export.json")
    let db = folder.file("log.sqlite3")
    #expect {
      try runCommand(["import", "--format", "json", file], db: db)
    } throws: { error in
      guard case .importFailed(_, let message) = error as? CLIError else { return false }
      return message.contains(reason)
    }
    #expect(try LogStore(path: db).entryCount() == 0)
  }

  @Test func aJSONDryRunStoresNothing() throws {
    let folder = try ScratchFolder()
    let source = folder.file("source.sqlite3")
    try Self.makeLog(at: source)
    _ = try runCommand(["export", "-o", folder.file("export.json")], db: source)
    let target = folder.file("target.sqlite3")
    let console = try runCommand(
      ["import", "--format", "json", "--dry-run", folder.file("export.json")], db: target)
    #expect(console.output.hasPrefix("Would import 2 sessions, 2 entries and 2 notes"))
    #expect(console.output.hasSuffix("Nothing was stored.\n"))
    #expect(!FileManager.default.fileExists(atPath: target))

    // Into a log that exists, the dry run runs there and is rolled back.
    let store = try LogStore(path: target)
    _ = try runCommand(
      ["import", "--format", "json", "--dry-run", folder.file("export.json")], db: target)
    #expect(try store.entryCount() == 0 && store.noteCount() == 0 && store.sessions().isEmpty)
  }

  @Test func anExportWrittenBeforeTheRegisterWasCarriedStillImports() throws {
    let folder = try ScratchFolder()
    let source = folder.file("source.sqlite3")
    try Self.makeLog(at: source)
    _ = try runCommand(["export", "-o", folder.file("new.json")], db: source)
    // The same file as an older learnlog wrote it: no sessions array, no session keys.
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(try folder.read("new.json").utf8)) as? [String: Any])
    object["sessions"] = nil
    object["entries"] = (object["entries"] as? [[String: Any]])?.map { entry in
      var entry = entry
      entry["session"] = nil
      return entry
    }
    let old = folder.file("old.json")
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: old))
    let target = folder.file("target.sqlite3")
    let console = try runCommand(["import", "--format", "json", old], db: target)
    #expect(console.output.hasPrefix("Imported 2 entries and 2 notes"))
    let store = try LogStore(path: target)
    #expect(try store.sessions().isEmpty && store.sessionID(ofEntry: 1) == nil)
  }

  @Test func aFileCutShortOrBrokenLateStoresNothing() throws {
    let folder = try ScratchFolder()
    let source = folder.file("source.sqlite3")
    try Self.makeLog(at: source)
    _ = try runCommand(["export", "-o", folder.file("export.json")], db: source)
    let text = try folder.read("export.json")
    let target = folder.file("target.sqlite3")
    // Cut inside the notes: the sessions and entries before the cut were read and stored in
    // the transaction, and are rolled back with it.
    let cut = try folder.write(
      String(text[..<text.range(of: "\"notes\"")!.upperBound]) + " : [ {\"id\": 1", to: "cut.json")
    #expect(throws: CLIError.importFailed(
      path: cut,
      reason: ImportError.invalidExport(
        reason: "the file ends before the export does (is it cut short?)").message)) {
      try runCommand(["import", "--format", "json", cut], db: target)
    }
    // A version the build does not read, written after the arrays.
    let late = try folder.write(
      text.replacingOccurrences(of: "\"learnlog\" : 1,", with: "")
        .replacingOccurrences(of: "\n}\n", with: ",\n  \"learnlog\" : 9\n}\n"), to: "late.json")
    #expect(throws: CLIError.importFailed(
      path: late, reason: ImportError.newerExport(found: 9, supported: 1).message)) {
      try runCommand(["import", "--format", "json", late], db: target)
    }
    let store = try LogStore(path: target)
    #expect(try store.entryCount() == 0 && store.noteCount() == 0 && store.sessions().isEmpty)
    // With the version at the end and one this build reads, the same file imports.
    let fine = try folder.write(
      text.replacingOccurrences(of: "\"learnlog\" : 1,", with: "")
        .replacingOccurrences(of: "\n}\n", with: ",\n  \"learnlog\" : 1\n}\n"), to: "fine.json")
    let console = try runCommand(["import", "--format", "json", fine], db: target)
    #expect(console.output.hasPrefix("Imported 2 sessions, 2 entries and 2 notes"))
  }
}
