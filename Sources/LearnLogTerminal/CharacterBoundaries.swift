/// Where the cursor keys and the deleting keys should stop in a line: between user-perceived
/// characters, never inside one.
///
/// readline moves and deletes one code point at a time, so Backspace after a family emoji
/// (👩‍👩‍👧 is five code points), a flag or a skin-toned thumb removed an invisible piece and left
/// the rest in the answer, and Left, Right and Delete put the cursor, or a typed letter, in the
/// middle of one: what was saved no longer matched the screen. Moving and deleting by grapheme
/// cluster (Swift's `Character`) keeps what is saved what the coach sees.
///
/// Offsets are bytes into the line (readline's `rl_point`). Boundaries come from the whole line,
/// so a combining mark or modifier after the cursor counts with the character it follows.
enum CharacterBoundaries {
  /// The byte offset `count` characters before `point` in `line`; nil when there is nothing
  /// before it, `count` is not positive, or the bytes are not UTF-8, where readline's own
  /// function should act. A `point` inside a character moves to that character's start first.
  static func previous(
    _ count: Int = 1, before point: Int, in line: some Collection<UInt8>
  ) -> Int? {
    guard count > 0, point > 0, let starts = characterStarts(in: line) else { return nil }
    // The first start before `point`, then `count - 1` further back.
    guard let first = starts.lastIndex(where: { $0 < point }) else { return nil }
    return starts[max(first - (count - 1), 0)]
  }

  /// The byte offset `count` characters after `point` in `line`; nil when `point` is at the
  /// end, `count` is not positive, or the bytes are not UTF-8. A `point` inside a character
  /// counts that character's end as the first step.
  static func next(_ count: Int = 1, after point: Int, in line: some Collection<UInt8>) -> Int? {
    guard count > 0, point < line.count, let starts = characterStarts(in: line) else {
      return nil
    }
    // `starts` ends with the line's length, so a point before the end always finds one.
    guard let first = starts.firstIndex(where: { $0 > point }) else { return nil }
    return starts[min(first + (count - 1), starts.count - 1)]
  }

  /// The byte offset of every character's start, then the line's length; nil for bytes that
  /// are not UTF-8.
  private static func characterStarts(in line: some Collection<UInt8>) -> [Int]? {
    guard let text = String(validating: line, as: UTF8.self) else { return nil }
    var starts: [Int] = []
    var offset = 0
    for character in text {
      starts.append(offset)
      offset += character.utf8.count
    }
    starts.append(offset)
    return starts
  }
}
