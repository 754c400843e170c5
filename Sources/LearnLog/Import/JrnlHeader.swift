/// The line that starts a jrnl entry: `[2026-11-28 09:00] Title` (jrnl 2 and later, optionally
/// with seconds) or `2026-11-28 09:00 Title` (jrnl 1.x, no brackets). Read straight from UTF-8
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
    /// Shaped like a header, but the date or time does not exist (`2026-02-30`, `25:00`).
    case impossible
    case none
  }

  private static let bracketOpen = UInt8(ascii: "[")
  private static let bracketClose = UInt8(ascii: "]")
  private static let dash = UInt8(ascii: "-")
  private static let colon = UInt8(ascii: ":")
  private static let space = UInt8(ascii: " ")

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

    let bracketed = expect(bracketOpen)
    guard let year = number(4), expect(dash), let month = number(2), expect(dash),
      let day = number(2), expect(space), let hour = number(2), expect(colon),
      let minute = number(2)
    else { return .none }
    var second: Int?
    if expect(colon) {
      guard let value = number(2) else { return .none }
      second = value
    }
    if bracketed && !expect(bracketClose) { return .none }
    // The title is separated by one space; anything else glued on is not a header.
    let titleStart: Int
    if position == end {
      titleStart = end
    } else if bytes[position] == space {
      titleStart = position + 1
    } else {
      return .none
    }
    guard let date = CalendarDate(year: year, month: month, day: day),
      let time = JournalTime(hour: hour, minute: minute, second: second)
    else { return .impossible }
    return .header(
      JrnlHeader(
        date: date, time: time, titleStart: titleStart, style: bracketed ? .bracketed : .legacy))
  }

  /// Reads a line given as a string (for the writer's checks).
  static func read(_ line: Substring) -> Reading {
    var copy = String(line)
    return copy.withUTF8 { read($0, from: 0, to: $0.count) }
  }
}
