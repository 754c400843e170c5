/// The line that starts a jrnl entry: `[2026-11-28 09:00] Title` (jrnl 2 and later, optionally
/// with seconds, or on the 12-hour clock as jrnl's default `%r` writes it:
/// `[2026-11-28 09:00:00 AM] Title`) or `2026-11-28 09:00 Title` (jrnl 1.x, no brackets, 24-hour
/// only: there a title starting `AM` could not be told from the time). Read straight from UTF-8
/// bytes because a journal can have a hundred thousand of them.
struct JrnlHeader {
  enum Style: Equatable { case bracketed, legacy }

  var date: CalendarDate
  var time: JournalTime
  /// Byte offset where the title starts (the line's end for an empty title).
  var titleStart: Int
  var style: Style

  enum Reading {
    case header(JrnlHeader)
    /// Shaped like a header, but not one: the date or time does not exist (`2026-02-30`,
    /// `25:00`, `13:00 PM`), or the time is not written in a form learnlog reads
    /// (`[2026-01-05 9:00]`). `reason` is one phrase quoting only the date or the time, never
    /// the title.
    case unreadable(style: Style, reason: String)
    case none
  }

  private static let bracketOpen = UInt8(ascii: "[")
  private static let bracketClose = UInt8(ascii: "]")
  private static let dash = UInt8(ascii: "-")
  private static let space = UInt8(ascii: " ")
  /// The longest time part looked at: `12:00:00 PM` and a little more, so that a mistyped time
  /// is reported while a bracketed note (`[2026-01-05 budget review]`) is left alone.
  private static let longestTime = 14

  /// Reads the line `bytes[start..<end]` (no newline).
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Reading {
    var position = start
    func number(_ width: Int) -> Int? {
      guard position + width <= end else { return nil }
      var value = 0
      for offset in 0..<width {
        let byte = bytes[position + offset]
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      position += width
      return value
    }
    func expect(_ byte: UInt8) -> Bool {
      guard position < end, bytes[position] == byte else { return false }
      position += 1
      return true
    }
    func text(_ from: Int, _ to: Int) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    let bracketed = expect(bracketOpen)
    let style: Style = bracketed ? .bracketed : .legacy
    let dateStart = position
    guard let year = number(4), expect(dash), let month = number(2), expect(dash),
      let day = number(2)
    else { return .none }
    let dateEnd = position
    guard expect(space) else { return .none }
    // Where the time ends: at the closing bracket, or (jrnl 1.x) at the space before the title.
    let timeStart = position
    let limit = min(end, timeStart + longestTime + 1)
    var timeEnd = timeStart
    while timeEnd < limit && bytes[timeEnd] != (bracketed ? bracketClose : space) { timeEnd += 1 }
    if bracketed {
      guard timeEnd < limit else { return .none }
      position = timeEnd + 1
    } else {
      position = timeEnd
    }
    // The title is separated by one space; anything else glued on is not a header.
    let titleStart: Int
    if position == end {
      titleStart = end
    } else if bytes[position] == space {
      titleStart = position + 1
    } else {
      return .none
    }

    let time = JournalTime.read(bytes, from: timeStart, to: timeEnd, twelveHour: bracketed)
    if case .none = time, !(bracketed && looksLikeTime(bytes, timeStart, timeEnd)) {
      return .none
    }
    guard let date = CalendarDate(year: year, month: month, day: day) else {
      return .unreadable(style: style, reason: "\(text(dateStart, dateEnd)) is not a date")
    }
    switch time {
    case .time(let time):
      return .header(JrnlHeader(date: date, time: time, titleStart: titleStart, style: style))
    case .impossible(let reason):
      return .unreadable(style: style, reason: reason)
    case .none:
      return .unreadable(
        style: style,
        reason: "\(text(timeStart, timeEnd)) is not a time like 09:00, 09:00:00 or 09:00:00 AM")
    }
  }

  /// True for a bracketed time part learnlog does not read but a person meant as a time
  /// (`9:00`, `09.00`, `9 am`): it starts with a digit and holds only digits, `:`, `.`, spaces
  /// and the letters of AM and PM, so quoting it in a warning shows nothing of the title.
  private static func looksLikeTime(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> Bool {
    guard start < end, bytes[start] >= 0x30 && bytes[start] <= 0x39 else { return false }
    return bytes[start..<end].allSatisfy { byte in
      (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
        || byte == space || "AaPpMm".utf8.contains(byte)
    }
  }

  /// Reads a line given as a string (for the writer's checks).
  static func read(_ line: Substring) -> Reading {
    var copy = String(line)
    return copy.withUTF8 { read($0, from: 0, to: $0.count) }
  }
}
