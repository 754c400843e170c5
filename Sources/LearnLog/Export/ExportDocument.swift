/// The whole log as one versioned JSON document: `{ "learnlog": 1, "entries": […], "notes": […] }`.
///
/// `learnlog export --format json` writes it (entry by entry, so a large log is never in memory
/// twice) and `learnlog import --format json` reads it back. Entries keep their fields, order and
/// timestamps to the millisecond; ids are reassigned by the log that imports them.
public struct ExportDocument: Codable, Equatable, Sendable {
  /// The format version this build writes and the newest it reads.
  public static let currentVersion = 1

  public var learnlog: Int
  public var entries: [EntryDocument]
  public var notes: [NoteDocument]

  public init(entries: [EntryDocument], notes: [NoteDocument]) {
    learnlog = Self.currentVersion
    self.entries = entries
    self.notes = notes
  }

  /// Reads an export, refusing a file that is not one or is of a newer version before looking
  /// at anything else in it.
  public static func decode(_ bytes: [UInt8]) throws(ImportError) -> ExportDocument {
    struct Header: Decodable { var learnlog: Int? }
    let data = Data(bytes)
    let decoder = JSONDecoder()
    let header: Header
    do {
      header = try decoder.decode(Header.self, from: data)
    } catch {
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
        throw .empty
      }
      throw .invalidExport(reason: "it is not a JSON object")
    }
    guard let version = header.learnlog else { throw .notAnExport }
    guard version <= currentVersion else {
      throw .newerExport(found: version, supported: currentVersion)
    }
    guard version >= 1 else { throw .invalidExport(reason: "version \(version) does not exist") }
    do {
      return try decoder.decode(ExportDocument.self, from: data)
    } catch let error as DecodingError {
      throw .invalidExport(reason: describe(error))
    } catch {
      throw .invalidExport(reason: "it cannot be read as JSON")
    }
  }

  /// Where a decoding error happened and what kind of problem it is, never the value found
  /// there (it may be the coach's text).
  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      var text = ""
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
      return context.codingPath.isEmpty
        ? "it is not valid JSON" : "\(path(context.codingPath)) has a value learnlog does not know"
    @unknown default:
      return "it cannot be read"
    }
  }

  private static func typeName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Int.Type, is Int64.Type, is Double.Type: "a number"
    case is Bool.Type: "true or false"
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
