import LearnLogTerminal

/// A plain-text table whose columns line up by display width, so CJK names and emoji do not
/// push the columns out of line. When `maxWidth` is given, the widest column is cut to fit.
struct TextTable {
  let headers: [String]
  let rows: [[String]]
  var rightAligned: Set<Int> = []
  var maxWidth: Int?

  func render(header: (String) -> String = { $0 }) -> String {
    // Names stored before learnlog cleaned them may hold escapes or tabs: never print them raw.
    let rows = rows.map { $0.map(\.singleLine) }
    var widths = headers.map(DisplayWidth.of)
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    if let maxWidth, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
      let total = widths.reduce(0, +) + 2 * (widths.count - 1)
      if total > maxWidth { widths[widest] = max(6, widths[widest] - (total - maxWidth)) }
    }
    var lines = [line(headers, widths: widths).map(header).joined(separator: "  ")]
    lines += rows.map { line($0, widths: widths).joined(separator: "  ") }
    return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
  }

  private func line(_ cells: [String], widths: [Int]) -> [String] {
    cells.enumerated().map { column, cell in
      let width = widths[column]
      let fitted = DisplayWidth.of(cell) > width ? truncate(cell, to: width) : cell
      return rightAligned.contains(column)
        ? String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
        : DisplayWidth.pad(fitted, to: width)
    }
  }

  /// Cuts `text` to `width` columns, ending in an ellipsis, never splitting a character.
  private func truncate(_ text: String, to width: Int) -> String {
    var result = ""
    var used = 0
    for character in text {
      let next = DisplayWidth.of(character)
      if used + next > width - 1 { break }
      result.append(character)
      used += next
    }
    return result + "…"
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
