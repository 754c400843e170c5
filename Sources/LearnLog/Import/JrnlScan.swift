/// One pass over a journal's UTF-8 bytes: finds line ends, recognises headers, and cuts each
/// entry's title and body straight out of the buffer (one String per field, no per-line
/// strings, no concatenation), so 100,000 entries take one linear scan.
struct JrnlScan {
  private(set) var entries: [JournalEntry] = []
  private(set) var lineCount = 0
  /// Lines with something other than spaces and tabs.
  private(set) var textLines = 0
  private var preface: (count: Int, first: Int)?
  private var glued: (count: Int, first: Int)?
  private var impossible: (count: Int, first: Int)?

  /// The entry being read.
  private struct Open {
    var header: JrnlHeader
    var titleEnd: Int
    var bodyStart: Int
    /// End of the last line with text, nil while the body is empty.
    var bodyEnd: Int?
  }

  init(bytes: UnsafeBufferPointer<UInt8>) {
    let newline = UInt8(ascii: "\n")
    let count = bytes.count
    var open: Open?
    var style: JrnlHeader.Style?
    var previousBlank = true
    var lineStart = 0
    var line = 0
    while lineStart < count {
      line += 1
      var lineEnd = lineStart
      var blank = true
      while lineEnd < count {
        let byte = bytes[lineEnd]
        if byte == newline { break }
        if byte != 0x20 && byte != 0x09 { blank = false }
        lineEnd += 1
      }
      defer {
        previousBlank = blank
        lineStart = lineEnd + 1
      }
      if !blank { textLines += 1 }

      let first = bytes[lineStart]
      if !blank && (first == UInt8(ascii: "[") || (first >= 0x30 && first <= 0x39)) {
        switch JrnlHeader.read(bytes, from: lineStart, to: lineEnd) {
        case .header(let header) where style == nil || style == header.style:
          if open == nil || previousBlank {
            if let finished = open { entries.append(Self.entry(finished, bytes)) }
            style = header.style
            open = Open(header: header, titleEnd: lineEnd, bodyStart: lineEnd + 1, bodyEnd: nil)
            continue
          }
          glued = Self.note(glued, line)
        case .impossible where open == nil || previousBlank:
          impossible = Self.note(impossible, line)
        default:
          break
        }
      }
      if open != nil {
        if !blank { open?.bodyEnd = lineEnd }
      } else if !blank {
        preface = Self.note(preface, line)
      }
    }
    if let finished = open { entries.append(Self.entry(finished, bytes)) }
    lineCount = line
  }

  private static func note(_ tally: (count: Int, first: Int)?, _ line: Int) -> (
    count: Int, first: Int
  ) {
    (count: (tally?.count ?? 0) + 1, first: tally?.first ?? line)
  }

  private static func entry(_ open: Open, _ bytes: UnsafeBufferPointer<UInt8>) -> JournalEntry {
    func text(_ start: Int, _ end: Int) -> String {
      guard start < end else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
    return JournalEntry(
      date: open.header.date, time: open.header.time,
      title: text(open.header.titleStart, open.titleEnd),
      body: open.bodyEnd.map { text(open.bodyStart, $0) } ?? "")
  }

  var warnings: [String] {
    var notes: [String] = []
    if let preface {
      notes.append(
        "left out \(DecodedText.count(preface.count, "line")) before the first entry "
          + "(first at line \(preface.first))")
    }
    if let glued {
      notes.append(
        "kept \(DecodedText.count(glued.count, "date-looking line")) inside the entry above, "
          + "because no blank line comes before \(glued.count == 1 ? "it" : "them") "
          + "(first at line \(glued.first))")
    }
    if let impossible {
      notes.append(
        "kept \(DecodedText.count(impossible.count, "line")) shaped like an entry start as text, "
          + "because the date or time does not exist (first at line \(impossible.first))")
    }
    return notes
  }
}
