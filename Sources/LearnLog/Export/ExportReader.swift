import Foundation

/// One element of an export's arrays, decoded on its own. `place` names it for error messages
/// (`entries[3]`).
public enum ExportItem: Sendable, Equatable {
  case session(SessionDocument, place: String)
  case entry(EntryDocument, place: String)
  case note(NoteDocument, place: String)
}

/// Reads a JSON export fed in chunks of bytes, handing over each element of its `sessions`,
/// `entries` and `notes` arrays as soon as the element is complete, so an import's memory is
/// one element and one chunk however large the file is.
///
/// Foundation's `JSONDecoder` needs the whole text, so this scanner walks the top-level object
/// itself: it reads the keys, tracks strings (with their escapes) and nesting depth to find
/// where each array element starts and ends, and decodes every element alone. It checks the
/// structure only as far as finding elements needs; `JSONDecoder` checks each element fully.
/// Unknown keys are skipped, whatever their values. The `learnlog` version may come anywhere
/// in the object: a newer version stops the reading as soon as it is seen, and `finish()`
/// refuses a file without one (an import is one transaction, so anything handed over before
/// is rolled back).
public struct ExportReader {
  /// The known arrays, and what their elements decode to.
  private enum Field: Equatable {
    case sessions, entries, notes
    case version
    case unknown

    init(key: String) {
      switch key {
      case "sessions": self = .sessions
      case "entries": self = .entries
      case "notes": self = .notes
      case "learnlog": self = .version
      default: self = .unknown
      }
    }

    var name: String {
      switch self {
      case .sessions: "sessions"
      case .entries: "entries"
      case .notes: "notes"
      case .version: "learnlog"
      case .unknown: "?"
      }
    }
  }

  private enum Phase {
    /// Before the opening brace.
    case start
    /// After `{` (`first`) or a `,`: a key, or `}` right after `{`.
    case beforeKey(first: Bool)
    case key
    case colon
    case beforeValue
    /// A value being skipped (an unknown key's) or captured (the version).
    case value
    /// After the `[` of a known array: an element, or `]` when `first`.
    case beforeElement(first: Bool)
    case element
    case afterElement
    /// After a value: `,` or `}`.
    case afterValue
    /// After the closing brace: only white space may follow.
    case end
  }

  /// Finds the end of one JSON value, byte by byte: a string, an object or array (by depth,
  /// outside strings), or a scalar (ended by `,`, `]`, `}` or white space, which it leaves).
  private struct ValueScan {
    enum Shape { case container, string, scalar }
    var shape = Shape.scalar
    var depth = 0
    var inString = false
    var escaped = false
  }

  private var phase = Phase.start
  private var field = Field.unknown
  private var scan = ValueScan()
  /// The key or element being read, when it is kept.
  private var buffer: [UInt8] = []
  /// Bytes of the version value or a key beyond this are not kept (no key learnlog knows is
  /// longer; a longer one is an unknown key).
  private static let shortLimit = 64
  private var counts: [Field: Int] = [:]
  private var seen: Set<String> = []
  private var sawBytes = false
  private var offset = 0
  /// The version, once its key has been read.
  public private(set) var version: Int?
  /// The first element that could not be read while the version was still unknown: reported
  /// only once the file proves to be an export of a version this build reads.
  private var deferredError: ImportError?
  private let decoder = JSONDecoder()

  public init() {}

  /// Reads the next bytes, calling `body` with each element completed in them, in file order.
  /// Throws `ImportError` for a file that is not a readable export, and whatever `body` throws.
  public mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (ExportItem) throws -> Void
  ) throws {
    var index = 0
    let count = bytes.count
    if count > 0 { sawBytes = true }
    defer { offset += count }
    while index < count {
      let byte = bytes[index]
      switch phase {
      case .start:
        if Self.isSpace(byte) { index += 1; continue }
        guard byte == Self.openBrace else {
          throw ImportError.invalidExport(reason: "it is not a JSON object")
        }
        phase = .beforeKey(first: true)
        index += 1

      case .beforeKey(let first):
        if Self.isSpace(byte) { index += 1; continue }
        if first && byte == Self.closeBrace {
          phase = .end
        } else if byte == Self.quote {
          buffer.removeAll(keepingCapacity: true)
          scan = ValueScan(shape: .string, inString: true)
          phase = .key
        } else {
          throw invalidJSON(at: index)
        }
        index += 1

      case .key:
        // Keys are short: read them byte by byte, keeping at most `shortLimit` bytes.
        index += 1
        if scan.escaped {
          scan.escaped = false
        } else if byte == Self.backslash {
          scan.escaped = true
        } else if byte == Self.quote {
          field = Field(key: keyText())
          phase = .colon
          continue
        }
        if buffer.count <= Self.shortLimit { buffer.append(byte) }

      case .colon:
        if Self.isSpace(byte) { index += 1; continue }
        guard byte == Self.colonByte else { throw invalidJSON(at: index) }
        phase = .beforeValue
        index += 1

      case .beforeValue:
        if Self.isSpace(byte) { index += 1; continue }
        switch field {
        case .sessions, .entries, .notes:
          guard byte == Self.openBracket else {
            throw ImportError.invalidExport(reason: "\(field.name) is not a list")
          }
          seen.insert(field.name)
          phase = .beforeElement(first: true)
          index += 1
        case .version, .unknown:
          buffer.removeAll(keepingCapacity: true)
          startValue(byte)
          phase = .value
          if scan.shape != .scalar {
            if field == .version { buffer.append(byte) }
            index += 1
          }
        }

      case .value:
        let start = index
        let (end, done) = advance(bytes, from: index)
        if field == .version, buffer.count <= Self.shortLimit {
          buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        index = end
        if done {
          if field == .version { try readVersion() }
          phase = .afterValue
        }

      case .beforeElement(let first):
        if Self.isSpace(byte) { index += 1; continue }
        if first && byte == Self.closeBracket {
          phase = .afterValue
          index += 1
          continue
        }
        buffer.removeAll(keepingCapacity: true)
        startValue(byte)
        phase = .element
        if scan.shape != .scalar {
          buffer.append(byte)
          index += 1
        }

      case .element:
        let start = index
        let (end, done) = advance(bytes, from: index)
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        index = end
        if done {
          try finishElement(body)
          phase = .afterElement
        }

      case .afterElement:
        if Self.isSpace(byte) { index += 1; continue }
        if byte == Self.comma {
          phase = .beforeElement(first: false)
        } else if byte == Self.closeBracket {
          phase = .afterValue
        } else {
          throw invalidJSON(at: index)
        }
        index += 1

      case .afterValue:
        if Self.isSpace(byte) { index += 1; continue }
        if byte == Self.comma {
          phase = .beforeKey(first: false)
        } else if byte == Self.closeBrace {
          phase = .end
        } else {
          throw invalidJSON(at: index)
        }
        index += 1

      case .end:
        guard Self.isSpace(byte) else {
          throw ImportError.invalidExport(reason: "more follows the end of the export")
        }
        index += 1
      }
    }
  }

  /// Reads the same bytes from an array (tests, small files).
  public mutating func feed(_ bytes: [UInt8], _ body: (ExportItem) throws -> Void) throws {
    try bytes.withUnsafeBufferPointer { try feed($0, body) }
  }

  /// Checks that the file ended where the export does and had a version this build reads;
  /// returns the version.
  public mutating func finish() throws(ImportError) -> Int {
    guard case .end = phase else {
      if !sawBytes || isStillBlank { throw .empty }
      throw .invalidExport(reason: "the file ends before the export does (is it cut short?)")
    }
    guard let version else { throw .notAnExport }
    try Self.check(version)
    if let deferredError { throw deferredError }
    for name in ["entries", "notes"] where !seen.contains(name) {
      throw .invalidExport(reason: "\(name) is missing")
    }
    return version
  }

  private var isStillBlank: Bool {
    if case .start = phase { return true }
    return false
  }

  // MARK: Values

  private mutating func startValue(_ byte: UInt8) {
    scan = ValueScan()
    switch byte {
    case Self.openBrace, Self.openBracket:
      scan.shape = .container
      scan.depth = 1
    case Self.quote:
      scan.shape = .string
      scan.inString = true
    default:
      scan.shape = .scalar
    }
  }

  /// Moves through the value from `start`; returns where it stopped and whether the value is
  /// complete (a container's or string's last byte is included, a scalar's terminator is not).
  private mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Bool)
  {
    var index = start
    let count = bytes.count
    if scan.shape == .scalar {
      while index < count {
        let byte = bytes[index]
        if byte == Self.comma || byte == Self.closeBracket || byte == Self.closeBrace
          || Self.isSpace(byte)
        {
          return (index, true)
        }
        index += 1
      }
      return (index, false)
    }
    while index < count {
      let byte = bytes[index]
      index += 1
      if scan.inString {
        if scan.escaped {
          scan.escaped = false
        } else if byte == Self.backslash {
          scan.escaped = true
        } else if byte == Self.quote {
          scan.inString = false
          if scan.shape == .string { return (index, true) }
        }
        continue
      }
      switch byte {
      case Self.quote:
        scan.inString = true
      case Self.openBrace, Self.openBracket:
        scan.depth += 1
      case Self.closeBrace, Self.closeBracket:
        scan.depth -= 1
        if scan.depth == 0 { return (index, true) }
      default:
        break
      }
    }
    return (index, false)
  }

  private func keyText() -> String {
    guard buffer.count <= Self.shortLimit else { return "" }
    guard buffer.contains(Self.backslash) else { return String(decoding: buffer, as: UTF8.self) }
    // An escaped key (`"entr\u0069es"`): let JSONDecoder undo the escapes.
    let literal = [Self.quote] + buffer + [Self.quote]
    return (try? decoder.decode(String.self, from: Data(literal))) ?? ""
  }

  private mutating func readVersion() throws(ImportError) {
    let text = String(decoding: buffer, as: UTF8.self)
    if text == "null" { return }
    guard buffer.count <= Self.shortLimit, let value = Int(text) else {
      throw .invalidExport(reason: "learnlog is not a version number")
    }
    version = value
    try Self.check(value)
    if let deferredError { throw deferredError }
  }

  private static func check(_ version: Int) throws(ImportError) {
    guard version <= ExportDocument.currentVersion else {
      throw .newerExport(found: version, supported: ExportDocument.currentVersion)
    }
    guard version >= 1 else { throw .invalidExport(reason: "version \(version) does not exist") }
  }

  private mutating func finishElement(_ body: (ExportItem) throws -> Void) throws {
    let index = counts[field, default: 0]
    counts[field] = index + 1
    guard deferredError == nil else { return }
    let place = "\(field.name)[\(index)]"
    do {
      let data = Data(buffer)
      let item: ExportItem
      do {
        switch field {
        case .sessions:
          item = .session(try decoder.decode(SessionDocument.self, from: data), place: place)
        case .entries:
          item = .entry(try decoder.decode(EntryDocument.self, from: data), place: place)
        default:
          item = .note(try decoder.decode(NoteDocument.self, from: data), place: place)
        }
      } catch let error as DecodingError {
        throw ImportError.invalidExport(reason: ExportDocument.describe(error, in: place))
      } catch {
        throw ImportError.invalidExport(reason: "\(place) cannot be read as JSON")
      }
      try body(item)
    } catch let error as ImportError {
      // Before the version is known, a file that is not an export (or is a newer one) should
      // say so rather than complain about an element: read on to find out.
      guard version == nil else { throw error }
      deferredError = error
    }
  }

  private func invalidJSON(at index: Int) -> ImportError {
    .invalidExport(reason: "it is not valid JSON (at byte \(offset + index + 1))")
  }

  // MARK: Bytes

  private static let openBrace = UInt8(ascii: "{")
  private static let closeBrace = UInt8(ascii: "}")
  private static let openBracket = UInt8(ascii: "[")
  private static let closeBracket = UInt8(ascii: "]")
  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")
  private static let comma = UInt8(ascii: ",")
  private static let colonByte = UInt8(ascii: ":")

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }
}
