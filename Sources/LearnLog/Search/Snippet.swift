/// A short piece of text around a search match, with the matching words marked. The store
/// builds it; the terminal decides how a mark looks (bold, reverse video, or `[brackets]`).
public struct Snippet: Sendable, Equatable {
  public struct Piece: Sendable, Equatable {
    public var text: String
    public var isMatch: Bool

    public init(_ text: String, isMatch: Bool = false) {
      self.text = text
      self.isMatch = isMatch
    }
  }

  public var pieces: [Piece]

  public init(pieces: [Piece]) {
    self.pieces = pieces
  }

  /// Reads text in which SQLite's `snippet()` put `open` before and `close` after each match.
  public init(marked text: String, open: Character, close: Character) {
    var pieces: [Piece] = []
    var current = ""
    var isMatch = false
    for character in text {
      if character == open || character == close {
        if !current.isEmpty { pieces.append(Piece(current, isMatch: isMatch)) }
        current = ""
        isMatch = character == open
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { pieces.append(Piece(current, isMatch: isMatch)) }
    self.pieces = pieces
  }

  /// Marks every place `terms` occur in `text` (ignoring case), showing about `context`
  /// characters on either side of the first one, with `…` where text was cut. Used where the
  /// index cannot make snippets itself (substring search in CJK text).
  public init(text: String, terms: [String], context: Int = 30) {
    let folded = Array(text.lowercased())
    let characters = Array(text)
    // lowercased() can change the length of some characters; match on the original then.
    let haystack = folded.count == characters.count ? folded : characters
    let needles = terms.map { Array($0.lowercased()) }.filter { !$0.isEmpty }
    func matches(_ needle: [Character], at index: Int) -> Bool {
      haystack[index..<index + needle.count].elementsEqual(needle)
    }
    // Where each needle first occurs; the snippet is cut around the earliest.
    var firsts: [(needle: [Character], index: Int)] = []
    for needle in needles where needle.count <= haystack.count {
      if let index = (0...haystack.count - needle.count).first(where: { matches(needle, at: $0) }) {
        firsts.append((needle, index))
      }
    }
    let anchor = firsts.map(\.index).min() ?? 0
    // Matches are marked from each needle's first one (the same places as scanning from the
    // start) to a little past the part shown only: a 1 MB text may hold 200,000 of them.
    let markLimit = characters.count <= context * 3 ? characters.count : anchor + context * 2 + 256
    var marks = [Bool](repeating: false, count: characters.count)
    for (needle, first) in firsts {
      var index = first
      while index < markLimit, index + needle.count <= haystack.count {
        if matches(needle, at: index) {
          for offset in index..<index + needle.count { marks[offset] = true }
          index += needle.count
        } else {
          index += 1
        }
      }
    }
    // A short text is shown whole; a long one from a word boundary near the first match.
    let isShort = characters.count <= context * 3
    var start = isShort ? 0 : max(0, anchor - context)
    var end = isShort ? characters.count : min(characters.count, anchor + context * 2)
    if start > 0, let space = characters[start..<anchor].firstIndex(where: \.isWhitespace),
      space - start < context / 2
    {
      start = space + 1
    }
    // Do not end in the middle of a match.
    while end < characters.count, end > 0, marks[end - 1], marks[end] { end += 1 }
    while start > 0, marks[start], marks[start - 1] { start -= 1 }
    var pieces: [Piece] = []
    if start > 0 { pieces.append(Piece("…")) }
    var index = start
    while index < end {
      let isMatch = marks[index]
      var stop = index
      while stop < end, marks[stop] == isMatch { stop += 1 }
      let piece = String(characters[index..<stop])
        .map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }
      if isMatch || pieces.last?.isMatch != false {
        pieces.append(Piece(String(piece), isMatch: isMatch))
      } else {
        pieces[pieces.count - 1].text += String(piece)
      }
      index = stop
    }
    if end < characters.count {
      if pieces.last?.isMatch == false {
        pieces[pieces.count - 1].text += "…"
      } else {
        pieces.append(Piece("…"))
      }
    }
    self.pieces = pieces
  }

  /// The text with each match between `open` and `close`.
  public func rendered(open: String, close: String) -> String {
    pieces.map { $0.isMatch ? open + $0.text + close : $0.text }.joined()
  }

  /// The text alone.
  public var text: String { pieces.map(\.text).joined() }
}
