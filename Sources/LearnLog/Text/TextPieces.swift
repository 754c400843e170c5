/// Cuts text into pieces at single-character marks, working on Unicode scalars and slicing
/// (not copying character by character), since answers can run to thousands of words.
enum TextPieces {
  /// The pieces between marks. A mark in `kept` stays at the end of the piece it closes
  /// (a question keeps its `?`); other marks are dropped.
  static func split(
    _ text: String, at marks: Set<Unicode.Scalar>, keeping kept: Set<Unicode.Scalar> = []
  ) -> [Substring] {
    var pieces: [Substring] = []
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let next = scalars.index(after: index)
      if kept.contains(scalar) {
        pieces.append(text[start..<next])
        start = next
      } else if marks.contains(scalar) {
        pieces.append(text[start..<index])
        start = next
      }
      index = next
    }
    pieces.append(text[start..<scalars.endIndex])
    return pieces
  }
}
