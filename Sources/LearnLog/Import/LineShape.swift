/// The Markdown dressing of one line, peeled off so the recognisers can look at the words:
/// indentation, a heading's `#`s, and opening bold or italic markers.
struct LineShape {
  /// 1...6 for an ATX heading (`## 7`), nil otherwise.
  let headingLevel: Int?
  /// True when the words were wrapped in `**`, `__`, `*` or `_` (`**Q7.**`).
  let emphasised: Bool
  /// The line after indentation, heading marks and opening emphasis.
  let body: Substring

  init(_ line: Substring) {
    var rest = line.drop(while: { $0 == " " || $0 == "\t" })
    var level: Int?
    let hashes = rest.prefix(while: { $0 == "#" }).count
    if (1...6).contains(hashes) {
      let after = rest.dropFirst(hashes)
      if after.isEmpty || after.first == " " || after.first == "\t" {
        level = hashes
        rest = after.drop(while: { $0 == " " || $0 == "\t" })
      }
    }
    var emphasised = false
    if rest.hasPrefix("**") || rest.hasPrefix("__") {
      emphasised = true
      rest = rest.dropFirst(2)
    } else if let first = rest.first, first == "*" || first == "_",
      let second = rest.dropFirst().first, second.isLetter || second.isNumber
    {
      // A single `*` before a letter is italic; `* ` is a bullet and stays.
      emphasised = true
      rest = rest.dropFirst()
    }
    self.headingLevel = level
    self.emphasised = emphasised
    self.body = rest
  }

  /// True for a line with no words.
  var isBlank: Bool { body.allSatisfy(\.isWhitespace) && headingLevel == nil }

  /// True for a Markdown thematic break (`---`, `***`, `___`), which separates sections.
  static func isThematicBreak(_ line: Substring) -> Bool {
    let marks = line.filter { !$0.isWhitespace }
    guard marks.count >= 3, let mark = marks.first, mark == "-" || mark == "*" || mark == "_"
    else { return false }
    return marks.allSatisfy { $0 == mark }
  }
}

extension Substring {
  /// Drops leading closing-emphasis marks, separators and spaces: what sits between a marker
  /// (`Q7.**`, `Goal:`) and the text that follows it.
  func droppingMarkerPunctuation() -> Substring {
    drop(while: { $0.isWhitespace || "*_:：-–—.)".contains($0) })
  }

  /// The text without trailing spaces and tabs.
  func droppingTrailingWhitespace() -> Substring {
    var end = endIndex
    while end > startIndex {
      let before = index(before: end)
      guard self[before].isWhitespace else { break }
      end = before
    }
    return self[startIndex..<end]
  }
}
