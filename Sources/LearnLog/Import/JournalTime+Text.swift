extension JournalTime {
  /// Reads a time exactly as `text` writes it: `HH:MM`, `HH:MM:SS`, or on the 12-hour clock
  /// `hh:mm AM`, `h:mm:ss pm` (the store, the JSON export and jrnl headers all hold this text).
  public init?(text: String) {
    var copy = text
    let reading = copy.withUTF8 { Self.read($0, from: 0, to: $0.count, twelveHour: true) }
    guard case .time(let time) = reading else { return nil }
    self = time
  }

  /// What a run of bytes holds when read as a time.
  enum Reading: Equatable {
    case time(JournalTime)
    /// Written like a time, but there is no such time of day (`25:00`, `13:00 PM`, `00:30 AM`);
    /// `reason` says so in one phrase, quoting only the time.
    case impossible(reason: String)
    /// Not written like a time learnlog reads.
    case none
  }

  /// Reads all of `bytes[start..<end]` as a time: `HH:MM` or `HH:MM:SS` (two-digit hour), and,
  /// when `twelveHour` allows it, the same with a one- or two-digit hour followed by one space
  /// and `AM`, `PM`, `am` or `pm`. Those are what jrnl writes with `%H:%M[:%S]` and `%r` (or
  /// `%I:%M %p`), and what its own reader takes back.
  static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, twelveHour: Bool
  ) -> Reading {
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
    let colon = UInt8(ascii: ":")

    let hourStart = position
    guard let hour = number(2) ?? number(1) else { return .none }
    let padsHour = position - hourStart == 2
    guard expect(colon), let minute = number(2) else { return .none }
    var second: Int?
    if expect(colon) {
      guard let value = number(2) else { return .none }
      second = value
    }
    func impossible(_ hint: String = "") -> Reading {
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      return .impossible(reason: "\(text) is not a time of day\(hint)")
    }

    if position == end {
      guard padsHour else { return .none }
      return JournalTime(hour: hour, minute: minute, second: second).map { .time($0) }
        ?? impossible()
    }
    guard twelveHour, expect(UInt8(ascii: " ")), let mark = Self.meridiem(bytes, position, end)
    else { return .none }
    let style = TwelveHourStyle(padsHour: padsHour, isLowercase: mark.isLowercase)
    if let time = JournalTime(
      hour: hour, minute: minute, second: second, meridiem: mark.meridiem, style: style)
    {
      return .time(time)
    }
    return impossible(
      (1...12).contains(hour) ? "" : ", since with AM or PM the hour runs from 1 to 12")
  }

  /// `AM`, `PM`, `am` or `pm` filling `bytes[start..<end]`. Mixed case (`Am`) is not read:
  /// no jrnl configuration writes it.
  private static func meridiem(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> (meridiem: Meridiem, isLowercase: Bool)? {
    guard end - start == 2 else { return nil }
    let first = bytes[start]
    let second = bytes[start + 1]
    switch (first, second) {
    case (UInt8(ascii: "A"), UInt8(ascii: "M")): return (.am, false)
    case (UInt8(ascii: "P"), UInt8(ascii: "M")): return (.pm, false)
    case (UInt8(ascii: "a"), UInt8(ascii: "m")): return (.am, true)
    case (UInt8(ascii: "p"), UInt8(ascii: "m")): return (.pm, true)
    default: return nil
    }
  }
}
