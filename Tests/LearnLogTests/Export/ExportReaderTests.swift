import Foundation
import Testing

@testable import LearnLog

@Suite("JSON export read in chunks")
struct ExportReaderTests {
  static let entry = """
    {"id": 7, "kind": "best", "status": "complete", "coachee": "Li \\"Wei\\" {x} [y]",
     "sessionDate": "2026-11-28",
     "grow": {"goal": "a ] b } c [ d {", "reality": null, "options": "\\\\", "will": null, "questions": "\\u005b"},
     "answers": [{"question": 1, "text": "brackets ]]] and braces }}} and a quote \\" and 振り返り"}],
     "skipped": ["q3"], "followUps": [], "transcript": [], "source": "conversation",
     "currentStep": null, "createdAt": "2026-11-28T09:00:00.000Z",
     "updatedAt": "2026-11-28T09:00:01.250Z", "session": 3}
    """
  static let session = """
    {"id": 3, "date": "2026-11-28", "coachee": "Li", "topic": "t", "durationMinutes": null,
     "format": "group", "groupSize": 4, "payment": "pro_bono", "createdAt": "2026-11-27T08:00:00.000Z"}
    """
  static let note = """
    {"id": 1, "date": "2026-11-20", "time": null, "title": "", "text": "[not] {json}",
     "source": "note", "createdAt": "2026-11-20T07:05:00.000Z"}
    """

  /// Everything the reader hands over, in order, as the places it names.
  static func read(_ text: String, chunk size: Int) throws -> (items: [ExportItem], version: Int) {
    let bytes = Array(text.utf8)
    var reader = ExportReader()
    var items: [ExportItem] = []
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + size)
      try Array(bytes[start..<end]).withUnsafeBufferPointer { try reader.feed($0) { items.append($0) } }
      start = end
    }
    return (items, try reader.finish())
  }

  static func places(_ items: [ExportItem]) -> [String] {
    items.map {
      switch $0 {
      case .session(_, let place), .entry(_, let place), .note(_, let place): place
      }
    }
  }

  @Test func findsEveryElementWhereverTheChunksAreCut() throws {
    let text = """
      { "learnlog" : 1 ,
        "sessions": [ \(Self.session) ],
        "entries" :[\(Self.entry),\t\(Self.entry)\r\n],
        "notes": [\(Self.note)] }
      """
    let whole = try ExportDocument.decode(Array(text.utf8))
    #expect(whole.sessions.count == 1 && whole.entries.count == 2 && whole.notes.count == 1)
    #expect(whole.entries[0].coachee == "Li \"Wei\" {x} [y]")
    #expect(whole.entries[0].grow.goal == "a ] b } c [ d {")
    #expect(whole.entries[0].grow.options == "\\" && whole.entries[0].grow.questions == "[")
    #expect(whole.entries[0].session == 3)
    #expect(whole.sessions[0].groupSize == 4 && whole.notes[0].text == "[not] {json}")
    for size in 1...40 {
      let read = try Self.read(text, chunk: size)
      #expect(read.version == 1)
      #expect(Self.places(read.items) == ["sessions[0]", "entries[0]", "entries[1]", "notes[0]"])
      #expect(read.items[1] == .entry(whole.entries[0], place: "entries[0]"), "chunks of \(size)")
    }
  }

  @Test func skipsUnknownKeysAndReadsAVersionAfterTheArrays() throws {
    let text = """
      {"comment": "a \\" ] } [ {", "extra": {"nested": [1, [2, {"x": "]"}]], "n": null},
       "entries": [\(Self.entry)], "notes": [], "flag": true, "count": -1.5e3,
       "learnlog": 1}
      """
    for size in [1, 2, 3, 5, 8, 13, 1000] {
      let read = try Self.read(text, chunk: size)
      #expect(read.version == 1)
      #expect(Self.places(read.items) == ["entries[0]"])
    }
    // No sessions key at all: an export written before the register was carried.
    #expect(try ExportDocument.decode(Array(text.utf8)).sessions.isEmpty)
  }

  @Test func aVersionAfterTheArraysIsStillChecked() throws {
    let newer = "{\"entries\": [\(Self.entry)], \"notes\": [], \"learnlog\": 2}"
    #expect(throws: ImportError.newerExport(found: 2, supported: 1)) {
      try Self.read(newer, chunk: 7)
    }
    let none = "{\"entries\": [\(Self.entry)], \"notes\": []}"
    #expect(throws: ImportError.notAnExport) { try Self.read(none, chunk: 7) }
    // Something else's JSON with an `entries` key: "not an export", not a complaint about it.
    let other = "{\"entries\": [{\"title\": \"x\"}], \"notes\": []}"
    #expect(throws: ImportError.notAnExport) { try Self.read(other, chunk: 5) }
    // A newer version first stops the reading before any element.
    var reader = ExportReader()
    var items = 0
    #expect(throws: ImportError.newerExport(found: 3, supported: 1)) {
      try reader.feed(Array("{\"learnlog\": 3, \"entries\": [\(Self.entry)".utf8)) { _ in items += 1 }
    }
    #expect(items == 0)
  }

  @Test func errorsNameThePlaceAndNeverTheText() throws {
    let missing = Self.entry.replacingOccurrences(of: "\"answers\"", with: "\"answerz\"")
    let text = "{\"learnlog\": 1, \"entries\": [\(Self.entry), \(Self.entry), \(Self.entry), \(missing)], \"notes\": []}"
    #expect(throws: ImportError.invalidExport(reason: "entries[3].answers is missing")) {
      try Self.read(text, chunk: 64)
    }
    let wrongType = "{\"learnlog\": 1, \"entries\": [], \"notes\": [{\"id\": \"one\"}]}"
    #expect(throws: ImportError.invalidExport(reason: "notes[0].id is not a number")) {
      try Self.read(wrongType, chunk: 3)
    }
    let notAnObject = "{\"learnlog\": 1, \"entries\": [42], \"notes\": []}"
    #expect(throws: ImportError.invalidExport(reason: "entries[0] is not an object")) {
      try Self.read(notAnObject, chunk: 3)
    }
    let badJSON = "{\"learnlog\": 1, \"entries\": [{\"id\": secret}], \"notes\": []}"
    do {
      _ = try Self.read(badJSON, chunk: 4)
      Issue.record("read invalid JSON")
    } catch let error as ImportError {
      #expect(error == .invalidExport(reason: "entries[0] is not valid JSON"))
      #expect(!error.message.contains("secret"))
    }
  }

  @Test func aFileCutShortIsOneClearError() throws {
    let text = "{\"learnlog\": 1, \"entries\": [\(Self.entry), \(Self.entry)], \"notes\": []}"
    let bytes = Array(text.utf8)
    let cutShort = ImportError.invalidExport(
      reason: "the file ends before the export does (is it cut short?)")
    for end in [1, 20, 40, bytes.count / 2, bytes.count - 1] {
      let prefix = String(decoding: bytes[..<end], as: UTF8.self)
      #expect(throws: cutShort, "cut at \(end)") { try Self.read(prefix, chunk: 16) }
    }
    #expect(throws: ImportError.empty) { try Self.read(" \n\t", chunk: 1) }
    #expect(throws: ImportError.invalidExport(reason: "it is not a JSON object")) {
      try Self.read("[1, 2]", chunk: 1)
    }
    #expect(throws: ImportError.invalidExport(reason: "more follows the end of the export")) {
      try Self.read("{\"learnlog\": 1, \"entries\": [], \"notes\": []} {}", chunk: 4)
    }
    #expect(throws: ImportError.invalidExport(reason: "entries is not a list")) {
      try Self.read("{\"learnlog\": 1, \"entries\": null, \"notes\": []}", chunk: 4)
    }
    #expect(throws: ImportError.invalidExport(reason: "notes is missing")) {
      try Self.read("{\"learnlog\": 1, \"entries\": []}", chunk: 4)
    }
  }

  @Test func sessionsAreCheckedAsTheyAreRead() throws {
    let document = try JSONDecoder().decode(SessionDocument.self, from: Data(Self.session.utf8))
    let session = try CoachingSession(document: document, at: "sessions[0]")
    #expect(session.id == 3 && session.groupSize == 4 && session.payment == .proBono)
    #expect(SessionDocument(session) == document)
    var individual = document
    individual.format = .individual
    #expect(throws: ImportError.invalidExport(
      reason: "sessions[0].groupSize must be null for an individual session")) {
      try CoachingSession(document: individual, at: "sessions[0]")
    }
    var zero = document
    zero.durationMinutes = 0
    #expect(throws: ImportError.self) { try CoachingSession(document: zero, at: "sessions[0]") }
  }
}
