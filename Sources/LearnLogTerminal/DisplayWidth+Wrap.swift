import LearnLog

extension DisplayWidth {
  /// Breaks `text` into lines of at most `width` columns.
  ///
  /// Breaks at spaces (dropped at the break); East Asian text without spaces may break between
  /// any two characters, except before closing punctuation such as `。` or after opening brackets
  /// such as `「`. A word wider than the line is split between grapheme clusters, never inside
  /// one. Existing line breaks are kept, leading indentation too; escape sequences take no room.
  /// Tabs count as one space.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    return text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
      .flatMap { wrapParagraph(String($0), width: width) }
  }

  /// An unbreakable piece of a line: one grapheme cluster, or one escape sequence.
  private struct Atom {
    var text: Substring
    var width: Int
    var isSpace: Bool
    var character: Character?
  }

  /// Atoms that must stay on one line, and the spaces before them.
  private struct Word {
    var leadingSpace = ""
    var leadingSpaceWidth = 0
    var atoms: [Atom] = []
    var width = 0
    var lastCharacter: Character?

    var text: String { atoms.map { String($0.text) }.joined() }

    mutating func append(_ atom: Atom) {
      atoms.append(atom)
      width += atom.width
      if let character = atom.character { lastCharacter = character }
    }
  }

  private static func atoms(of paragraph: String) -> [Atom] {
    var result: [Atom] = []
    for segment in EscapeSequence.segments(of: paragraph) {
      switch segment {
      case .escape(let sequence):
        result.append(Atom(text: sequence, width: 0, isSpace: false, character: nil))
      case .text(let run):
        var index = run.startIndex
        while index < run.endIndex {
          let next = run.index(after: index)
          let character = run[index]
          if character == "\t" {
            result.append(Atom(text: " ", width: 1, isSpace: true, character: nil))
          } else {
            result.append(
              Atom(
                text: run[index..<next], width: of(character),
                isSpace: character.isWhitespace && character != "\u{00A0}",
                character: character))
          }
          index = next
        }
      }
    }
    return result
  }

  /// Characters that must not start a line (closing punctuation, small kana marks).
  private static let noBreakBefore: Set<Character> = [
    "、", "。", "，", "．", "：", "；", "？", "！", "）", "」", "』", "】", "〉", "》", "〕", "］",
    "｝", "ー", "ゝ", "ゞ", "々", "・", "…", ",", ".", ":", ";", "?", "!", ")", "]", "}", "\"",
    "'", "”", "’", "%",
  ]
  /// Characters that must not end a line (opening brackets).
  private static let noBreakAfter: Set<Character> = [
    "（", "「", "『", "【", "〈", "《", "〔", "［", "｛", "(", "[", "{", "“", "‘",
  ]

  private static func mayBreak(between previous: Character, and next: Character) -> Bool {
    guard isEastAsianWide(previous) || isEastAsianWide(next) else { return false }
    return !noBreakBefore.contains(next) && !noBreakAfter.contains(previous)
  }

  private static func words(of paragraph: String) -> [Word] {
    var words: [Word] = []
    var current: Word?
    var pendingSpace = ""
    var pendingSpaceWidth = 0
    for atom in atoms(of: paragraph) {
      if atom.isSpace {
        if let word = current { words.append(word) }
        current = nil
        pendingSpace += atom.text
        pendingSpaceWidth += atom.width
        continue
      }
      if let word = current, let previous = word.lastCharacter, let character = atom.character,
        mayBreak(between: previous, and: character)
      {
        words.append(word)
        current = Word()
      }
      if current == nil {
        current = Word(leadingSpace: pendingSpace, leadingSpaceWidth: pendingSpaceWidth)
        pendingSpace = ""
        pendingSpaceWidth = 0
      }
      current?.append(atom)
    }
    if let word = current { words.append(word) }
    return words
  }

  private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var lineHasWord = false
    for word in words(of: paragraph) {
      // Indentation survives on the paragraph's first line; spaces at a break are dropped.
      let keepsSpace = lineHasWord || lines.isEmpty
      let spaceWidth = keepsSpace ? word.leadingSpaceWidth : 0
      if lineWidth + spaceWidth + word.width <= width {
        if keepsSpace { line += word.leadingSpace }
        line += word.text
        lineWidth += spaceWidth + word.width
        lineHasWord = true
        continue
      }
      if lineHasWord {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      lineHasWord = true
      if word.width <= width {
        line = word.text
        lineWidth = word.width
        continue
      }
      for atom in word.atoms {
        if lineWidth > 0 && lineWidth + atom.width > width {
          lines.append(line)
          line = ""
          lineWidth = 0
        }
        line += atom.text
        lineWidth += atom.width
      }
    }
    lines.append(line)
    return lines
  }
}
