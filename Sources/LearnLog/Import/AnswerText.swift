/// Turns the raw lines of one answer into the stored text: label stripped, trailing spaces
/// dropped, runs of blank lines kept as one (paragraphs survive), section breaks and blank
/// lines at either end removed.
enum AnswerText {
  static func assemble(_ lines: [Substring], label: String?) -> String {
    var kept: [Substring] = []
    var pendingBlank = false
    for raw in lines {
      var line = raw.droppingTrailingWhitespace()
      if let label { line = AnswerLabel.strip(label, from: line) }
      if line.allSatisfy(\.isWhitespace) {
        pendingBlank = !kept.isEmpty
        continue
      }
      if pendingBlank { kept.append("") }
      pendingBlank = false
      kept.append(line)
    }
    // A `---` between questions belongs to neither answer.
    while let last = kept.last, last.isEmpty || LineShape.isThematicBreak(last) {
      kept.removeLast()
    }
    while let first = kept.first, first.isEmpty || LineShape.isThematicBreak(first) {
      kept.removeFirst()
    }
    if let first = kept.first { kept[0] = first.drop(while: \.isWhitespace) }
    return kept.joined(separator: "\n")
  }
}
