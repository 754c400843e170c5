/// One pass over a journal's UTF-8 bytes, fed in chunks: finds line ends, recognises headers,
/// and cuts each entry's title and body straight out of the buffer (one String per field, no
/// per-line strings), handing each entry over as soon as the next header shows it is complete.
/// It keeps only the entry being read and the unfinished last line, so a journal of any size
/// takes one linear scan and the memory of its longest entry.
struct JrnlScan {
  private(set) var entryCount = 0
  private(set) var lineCount = 0
  /// Lines with something other than spaces and tabs.
  private(set) var textLines = 0
  private var preface: (count: Int, first: Int)?
  private var glued: (count: Int, first: Int)?
  /// Lines shaped like a header in a header's place that could not be read as one.
  private var unreadable: (count: Int, first: Int)?
  /// Why the first of them could not be read (`2026-13-45 is not a date`).
  private var firstUnreadableReason = ""
  /// Entries dated after `today`, when a today is given: kept (jrnl allows them), and counted
  /// so the coach hears of a mistyped year.
  private let today: CalendarDate?
  private var future: (count: Int, first: Int)?
  /// Headers with no title and no text under them: nothing to keep, so left out (`note ""` is
  /// refused for the same reason).
  private var empty: (count: Int, first: Int)?

  /// The entry being read; offsets are into `buffer`.
  private struct Open {
    var header: JrnlHeader
    /// The header's line number, for warnings.
    var line: Int
    var start: Int
    var titleEnd: Int
    var bodyStart: Int
    /// End of the last line with text, nil while the body is empty.
    var bodyEnd: Int?

    mutating func shift(by amount: Int) {
      header.titleStart -= amount
      start -= amount
      titleEnd -= amount
      bodyStart -= amount
      bodyEnd? -= amount
    }
  }

  /// The open entry's bytes and what follows, up to the end of the last chunk.
  private var buffer: [UInt8] = []
  /// Where the first line not yet read starts in `buffer`.
  private var lineStart = 0
  /// How far the line at `lineStart` has been searched for its end, and whether it is blank so
  /// far: a line longer than a chunk is not searched again from its start.
  private var searched = 0
  private var blankSoFar = true
  private var open: Open?
  private var style: JrnlHeader.Style?
  private var previousBlank = true

  init(today: CalendarDate? = nil) {
    self.today = today
  }

  /// Reads every entry of a whole text (the journal already in memory).
  init(bytes: UnsafeBufferPointer<UInt8>, _ emit: (JournalEntry) -> Void) {
    today = nil
    feed(bytes, emit)
    finish(emit)
  }

  /// Reads the next bytes (whole UTF-8 characters, `\n` line ends), passing on each entry
  /// completed by them.
  mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, _ emit: (JournalEntry) throws -> Void
  ) rethrows {
    buffer.append(contentsOf: bytes)
    try readLines(isLast: false, emit)
    // Drop what is read and no longer needed, once that is at least half the buffer, so the
    // copying stays linear even for one very long entry.
    let keep = open?.start ?? lineStart
    if keep > 0 && keep * 2 >= buffer.count {
      buffer.removeFirst(keep)
      lineStart -= keep
      searched -= keep
      open?.shift(by: keep)
    }
  }

  /// Reads the last line (which may have no line end) and passes on the last entry.
  mutating func finish(_ emit: (JournalEntry) throws -> Void) rethrows {
    try readLines(isLast: true, emit)
    if let finished = open {
      open = nil
      try hand(finished, emit)
    }
    buffer = []
    lineStart = 0
    searched = 0
  }

  private mutating func readLines(isLast: Bool, _ emit: (JournalEntry) throws -> Void) rethrows {
    let newline = UInt8(ascii: "\n")
    let count = buffer.count
    while lineStart < count {
      var lineEnd = max(lineStart, searched)
      var blank = blankSoFar
      buffer.withUnsafeBufferPointer { bytes in
        while lineEnd < count {
          let byte = bytes[lineEnd]
          if byte == newline { break }
          if byte != 0x20 && byte != 0x09 { blank = false }
          lineEnd += 1
        }
      }
      if lineEnd == count && !isLast {
        searched = lineEnd
        blankSoFar = blank
        return
      }
      try readLine(end: lineEnd, blank: blank, emit)
      previousBlank = blank
      lineStart = lineEnd + 1
      searched = lineStart
      blankSoFar = true
    }
  }

  private mutating func readLine(
    end lineEnd: Int, blank: Bool, _ emit: (JournalEntry) throws -> Void
  ) rethrows {
    lineCount += 1
    let line = lineCount
    if !blank { textLines += 1 }
    if !blank {
      let first = buffer[lineStart]
      if first == UInt8(ascii: "[") || (first >= 0x30 && first <= 0x39) {
        let start = lineStart
        let reading = buffer.withUnsafeBufferPointer {
          JrnlHeader.read($0, from: start, to: lineEnd)
        }
        switch reading {
        case .header(let header) where style == nil || style == header.style:
          if open == nil || previousBlank {
            if let finished = open {
              open = nil
              try hand(finished, emit)
            }
            style = header.style
            if let today, header.date > today { future = Self.note(future, line) }
            open = Open(
              header: header, line: line, start: lineStart, titleEnd: lineEnd, bodyStart: lineEnd + 1,
              bodyEnd: nil)
            return
          }
          glued = Self.note(glued, line)
        // Only where a header could start, and in the journal's style: a line of the other
        // style would be text even if it were readable, so it is no mistyped header.
        case .unreadable(let lineStyle, let reason)
        where (open == nil || previousBlank) && (style == nil || style == lineStyle):
          if unreadable == nil { firstUnreadableReason = reason }
          unreadable = Self.note(unreadable, line)
        default:
          break
        }
      }
    }
    if open != nil {
      if !blank { open?.bodyEnd = lineEnd }
    } else if !blank {
      preface = Self.note(preface, line)
    }
  }

  private static func note(_ tally: (count: Int, first: Int)?, _ line: Int) -> (
    count: Int, first: Int
  ) {
    (count: (tally?.count ?? 0) + 1, first: tally?.first ?? line)
  }

  /// Passes on a finished entry, unless it holds nothing at all.
  private mutating func hand(_ finished: Open, _ emit: (JournalEntry) throws -> Void) rethrows {
    let hasTitle = buffer[finished.header.titleStart..<max(finished.header.titleStart, finished.titleEnd)]
      .contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
    guard hasTitle || finished.bodyEnd != nil else {
      empty = Self.note(empty, finished.line)
      return
    }
    try emit(entry(finished))
  }

  private mutating func entry(_ open: Open) -> JournalEntry {
    entryCount += 1
    return buffer.withUnsafeBufferPointer { bytes in
      func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
      return JournalEntry(
        date: open.header.date, time: open.header.time,
        title: text(open.header.titleStart, open.titleEnd),
        body: open.bodyEnd.map { text(open.bodyStart, $0) } ?? "")
    }
  }

  /// How many headers had no title and no text (left out).
  var emptyEntryCount: Int { empty?.count ?? 0 }

  /// The first line shaped like a header that could not be read as one, and why.
  var firstUnreadable: (line: Int, reason: String)? {
    unreadable.map { (line: $0.first, reason: firstUnreadableReason) }
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
    if let unreadable {
      // Only the first reason is given: one line, and the coach fixes them one by one anyway.
      let one = unreadable.count == 1
      notes.append(
        "kept \(DecodedText.count(unreadable.count, "line")) shaped like an entry start as text "
          + "(\(one ? "" : "first at ")line \(unreadable.first): \(firstUnreadableReason)); "
          + "correct \(one ? "its date or time" : "their dates or times") "
          + "to import \(one ? "it as an entry" : "them as entries")")
    }
    if let empty {
      notes.append(
        "left out \(empty.count == 1 ? "1 entry" : "\(empty.count) entries") with no title and no text "
          + "(\(empty.count == 1 ? "" : "first at ")line \(empty.first))")
    }
    if let future {
      // How many and where, never a title: the coach finds the line in the journal.
      notes.append(
        future.count == 1
          ? "1 entry is dated after today (line \(future.first)); it is kept with that date, "
            + "as jrnl allows"
          : "\(future.count) entries are dated after today (first at line \(future.first)); "
            + "they are kept with those dates, as jrnl allows")
    }
    return notes
  }
}
