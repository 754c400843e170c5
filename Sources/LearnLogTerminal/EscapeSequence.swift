import LearnLog

/// Finds terminal escape sequences (colours, cursor moves, hyperlinks) in text.
///
/// Shared by width measurement, prompt wrapping and stripping, so all three agree on what an
/// escape sequence is: ESC followed by a CSI (`ESC [ … final`), a string command ended by BEL or
/// `ESC \` (OSC, DCS, APC, PM, SOS), or a short `ESC intermediates final` sequence.
enum EscapeSequence {
  /// A piece of text: either printable text or one escape sequence.
  enum Segment: Equatable {
    case text(Substring)
    case escape(Substring)
  }

  static let escape: Unicode.Scalar = "\u{1B}"

  /// Splits `text` into printable runs and escape sequences, in order.
  static func segments(of text: String) -> [Segment] {
    var result: [Segment] = []
    let scalars = text.unicodeScalars
    var runStart = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if scalars[index] == escape {
        if runStart < index {
          result.append(.text(text[runStart..<index]))
        }
        let end = self.end(of: scalars, startingAt: index)
        result.append(.escape(text[index..<end]))
        index = end
        runStart = end
      } else {
        index = scalars.index(after: index)
      }
    }
    if runStart < scalars.endIndex {
      result.append(.text(text[runStart..<scalars.endIndex]))
    }
    return result
  }

  /// The index just past the escape sequence that starts (with ESC) at `start`. An unterminated
  /// sequence runs to the end of the text, so a truncated colour code never counts as printable.
  static func end(
    of scalars: String.UnicodeScalarView, startingAt start: String.UnicodeScalarView.Index
  ) -> String.UnicodeScalarView.Index {
    var index = scalars.index(after: start)
    guard index < scalars.endIndex else { return index }
    let introducer = scalars[index].value
    index = scalars.index(after: index)
    switch introducer {
    case 0x5B:  // "[": CSI, parameters and intermediates, then a final byte 0x40–0x7E.
      while index < scalars.endIndex {
        let value = scalars[index].value
        if (0x40...0x7E).contains(value) { return scalars.index(after: index) }
        // Anything else is not part of a CSI: end the sequence before it, keeping it printable.
        guard (0x20...0x3F).contains(value) else { return index }
        index = scalars.index(after: index)
      }
      return index
    case 0x5D, 0x50, 0x5F, 0x5E, 0x58:  // OSC, DCS, APC, PM, SOS: up to BEL or ESC "\".
      while index < scalars.endIndex {
        let value = scalars[index].value
        let next = scalars.index(after: index)
        if value == 0x07 { return next }
        if value == 0x1B {
          if next < scalars.endIndex && scalars[next] == "\\" {
            return scalars.index(after: next)
          }
          return index
        }
        index = next
      }
      return index
    case 0x20...0x2F:  // ESC, intermediates, final (e.g. ESC ( B to select a character set).
      while index < scalars.endIndex {
        let value = scalars[index].value
        if (0x30...0x7E).contains(value) { return scalars.index(after: index) }
        guard (0x20...0x2F).contains(value) else { return index }
        index = scalars.index(after: index)
      }
      return index
    case 0x30...0x7E:  // Two-character sequences such as ESC 7 or ESC M.
      return index
    default:  // A lone ESC before something else: only the ESC is invisible.
      return scalars.index(after: start)
    }
  }
}
