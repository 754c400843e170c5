/// Where Backspace should cut the line: before the last user-perceived character.
///
/// readline deletes one code point at a time, so Backspace after a family emoji (👩‍👩‍👧 is five
/// code points), a flag or a skin-toned thumb removed an invisible piece and left the rest in the
/// answer, saved though it was no longer on the screen. Deleting grapheme clusters (Swift's
/// `Character`) keeps what is saved what the coach sees.
enum CharacterRubout {
  /// The byte offset at which the last `count` characters of `bytes` (the line before the
  /// cursor) start; nil when there is nothing to delete or the bytes are not UTF-8, where
  /// readline's own rubout should act.
  static func start(ofLast count: Int, in bytes: some Collection<UInt8>) -> Int? {
    guard count > 0, !bytes.isEmpty, let text = String(validating: bytes, as: UTF8.self) else {
      return nil
    }
    var index = text.endIndex
    for _ in 0..<count where index > text.startIndex {
      index = text.index(before: index)
    }
    return text.utf8.distance(from: text.utf8.startIndex, to: index)
  }
}
