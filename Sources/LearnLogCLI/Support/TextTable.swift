import LearnLogTerminal

/// A plain-text table whose columns line up by display width, so CJK names and emoji do not
/// push the columns out of line.
///
/// When `maxWidth` is given and the table is wider, the widest columns are cut first, each no
/// narrower than `shortestColumn` (or its own width), so dates and counts stay whole; columns in
/// `wholeColumns` (ids, dates, counts: what a coach copies or compares) are never cut. When even
/// that does not fit (a 40-column terminal and six columns), each row is printed as a record, a
/// line per column, as `psql`'s expanded display does: cutting every column to a few characters
/// would keep the shape of a table and lose what is in it. A record's long value wraps onto
/// lines under the value column instead of being cut.
struct TextTable {
  let headers: [String]
  let rows: [[String]]
  var rightAligned: Set<Int> = []
  /// Columns never cut: when they cannot fit whole, the table becomes records.
  var wholeColumns: Set<Int> = []
  var maxWidth: Int?

  /// The narrowest a column is cut to: a date, and most names' first word.
  static let shortestColumn = 10
  private static let gap = 2

  func render(header: (String) -> String = { $0 }) -> String {
    // Names stored before learnlog cleaned them may hold escapes or tabs: never print them raw.
    let rows = rows.map { $0.map(\.singleLine) }
    let natural = Self.naturalWidths(headers: headers, rows: rows)
    guard let maxWidth, Self.total(natural) > maxWidth else {
      return columns(rows, widths: natural, header: header)
    }
    guard let widths = Self.fitted(natural, to: maxWidth, whole: wholeColumns) else {
      return records(rows, maxWidth: maxWidth, header: header)
    }
    return columns(rows, widths: widths, header: header)
  }

  static func naturalWidths(headers: [String], rows: [[String]]) -> [Int] {
    var widths = headers.map(DisplayWidth.of)
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    return widths
  }

  /// `natural` with the widest columns cut, one column at a time, until the table fits in
  /// `maxWidth`; nil when it cannot fit without cutting a column below `shortestColumn`, or a
  /// column in `whole` at all.
  static func fitted(_ natural: [Int], to maxWidth: Int, whole: Set<Int> = []) -> [Int]? {
    var widths = natural
    var excess = total(widths) - maxWidth
    func minimum(_ column: Int) -> Int {
      whole.contains(column) ? natural[column] : min(natural[column], shortestColumn)
    }
    while excess > 0 {
      let cuttable = widths.indices.filter { widths[$0] > minimum($0) }
      guard let widest = cuttable.max(by: { widths[$0] < widths[$1] }) else { return nil }
      // Down to the next-widest column's width at most, so wide columns share the cut.
      let others = cuttable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
      let floor = max(minimum(widest), others, widths[widest] - excess)
      let cut = max(1, widths[widest] - floor)
      widths[widest] -= cut
      excess -= cut
    }
    return widths
  }

  private static func total(_ widths: [Int]) -> Int {
    widths.reduce(0, +) + gap * max(0, widths.count - 1)
  }

  private func columns(_ rows: [[String]], widths: [Int], header: (String) -> String) -> String {
    let separator = String(repeating: " ", count: Self.gap)
    var lines = [line(headers, widths: widths).map(header).joined(separator: separator)]
    lines += rows.map { line($0, widths: widths).joined(separator: separator) }
    return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
  }

  /// Each row as lines of `HEADER  value`, a blank line between rows. A value wider than the
  /// room left wraps (at spaces when it has them) onto lines indented under the value column,
  /// so nothing is cut; the value column is never narrower than `shortestColumn`.
  private func records(_ rows: [[String]], maxWidth: Int, header: (String) -> String) -> String {
    let labelWidth = headers.map(DisplayWidth.of).max() ?? 0
    // Too narrow for a value beside its label (a long label, 20 columns): each value goes
    // under its label, indented, so no line is wider than the terminal.
    guard maxWidth - labelWidth - Self.gap >= Self.shortestColumn else {
      let blocks = rows.map { row in
        zip(headers, row).map { label, value in
          ([header(label)] + DisplayWidth.wrap(value, width: max(1, maxWidth - 2)).map { "  " + $0 })
            .map(\.trimmingTrailingSpaces).joined(separator: "\n")
        }.joined(separator: "\n")
      }
      return blocks.joined(separator: "\n\n") + "\n"
    }
    let valueWidth = maxWidth - labelWidth - Self.gap
    let valueIndent = String(repeating: " ", count: labelWidth + Self.gap)
    let blocks = rows.map { row in
      zip(headers, row).map { label, value in
        let pieces = DisplayWidth.of(value) > valueWidth
          ? DisplayWidth.wrap(value, width: valueWidth) : [value]
        let first = header(DisplayWidth.pad(label, to: labelWidth))
          + String(repeating: " ", count: Self.gap) + (pieces.first ?? "")
        return ([first] + pieces.dropFirst().map { valueIndent + $0 })
          .map(\.trimmingTrailingSpaces).joined(separator: "\n")
      }.joined(separator: "\n")
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private func line(_ cells: [String], widths: [Int]) -> [String] {
    cells.enumerated().map { column, cell in
      let width = widths[column]
      let fitted = DisplayWidth.of(cell) > width ? Self.truncate(cell, to: width) : cell
      return rightAligned.contains(column)
        ? String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted))) + fitted
        : DisplayWidth.pad(fitted, to: width)
    }
  }

  /// Cuts `text` to `width` columns, ending in an ellipsis, never splitting a character.
  static func truncate(_ text: String, to width: Int) -> String {
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
