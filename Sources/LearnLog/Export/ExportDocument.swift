/// The whole log as one versioned JSON document:
/// `{ "learnlog": 1, "sessions": […], "entries": […], "notes": […] }`.
///
/// `learnlog export --format json` writes it (element by element, so a large log is never in
/// memory at once) and `learnlog import --format json` reads it back the same way
/// (`ExportReader`). Entries keep their fields, order and timestamps to the millisecond; ids
/// are reassigned by the log that imports them, and an entry's `session` and a follow-up's
/// related entry follow their targets to the new ids.
///
/// `sessions` (the session register) and the entries' `session` keys came later within
/// version 1: they only add keys, which readers ignore when they do not know them, so the
/// version stays 1. A file without them (written before) reads as having no sessions.
public struct ExportDocument: Codable, Equatable, Sendable {
  /// The format version this build writes and the newest it reads.
  public static let currentVersion = 1

  public var learnlog: Int
  public var sessions: [SessionDocument]
  public var entries: [EntryDocument]
  public var notes: [NoteDocument]

  public init(
    sessions: [SessionDocument] = [], entries: [EntryDocument], notes: [NoteDocument]
  ) {
    learnlog = Self.currentVersion
    self.sessions = sessions
    self.entries = entries
    self.notes = notes
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    learnlog = try container.decode(Int.self, forKey: .learnlog)
    sessions = try container.decodeIfPresent([SessionDocument].self, forKey: .sessions) ?? []
    entries = try container.decode([EntryDocument].self, forKey: .entries)
    notes = try container.decode([NoteDocument].self, forKey: .notes)
  }

  /// Reads a whole export held in memory (tests, recovery files), with the checks and messages
  /// of `ExportReader`.
  public static func decode(_ bytes: [UInt8]) throws(ImportError) -> ExportDocument {
    var reader = ExportReader()
    var document = ExportDocument(entries: [], notes: [])
    do {
      try reader.feed(bytes) { item in
        switch item {
        case .session(let session, _): document.sessions.append(session)
        case .entry(let entry, _): document.entries.append(entry)
        case .note(let note, _): document.notes.append(note)
        }
      }
      document.learnlog = try reader.finish()
    } catch let error as ImportError {
      throw error
    } catch {
      throw .invalidExport(reason: "it cannot be read")
    }
    return document
  }

  /// Where a decoding error happened and what kind of problem it is, never the value found
  /// there (it may be the coach's text).
  static func describe(_ error: DecodingError, in place: String = "") -> String {
    func path(_ keys: [any CodingKey]) -> String {
      var text = place
      for key in keys {
        if let index = key.intValue {
          text += "[\(index)]"
        } else {
          text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
        }
      }
      return text.isEmpty ? "the document" : text
    }
    switch error {
    case .keyNotFound(let key, let context):
      let parent = path(context.codingPath)
      return "\(parent == "the document" ? "" : parent + ".")\(key.stringValue) is missing"
    case .typeMismatch(let type, let context):
      return "\(path(context.codingPath)) is not \(typeName(type))"
    case .valueNotFound(let type, let context):
      return "\(path(context.codingPath)) is null where \(typeName(type)) belongs"
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return place.isEmpty ? "it is not valid JSON" : "\(place) is not valid JSON"
      }
      return "\(path(context.codingPath)) has a value learnlog does not know"
    @unknown default:
      return "it cannot be read"
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Int.Type, is Int64.Type, is Double.Type: "a number"
    case is Bool.Type: "true or false"
    case is [String: Any].Type: "an object"
    case is [Any].Type: "a list"
    default: "the expected value"
    }
  }

  /// A timestamp as `Timestamp.format` writes it.
  static func timestamp(_ text: String, at place: String) throws(ImportError) -> Date {
    guard let date = Timestamp.parse(text) else {
      throw .invalidExport(reason: "\(place) is not a timestamp like 2026-12-02T09:00:30.125Z")
    }
    return date
  }
}
