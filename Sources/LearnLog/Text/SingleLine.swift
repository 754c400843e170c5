extension StringProtocol {
  /// The text as one clean line, for names and topics: control characters (escape sequences,
  /// tabs, line breaks, NUL) become spaces, runs of spaces shrink to one, and the ends are
  /// trimmed. A coachee called `A\u{1B}[31mRED` would otherwise repaint the coach's terminal
  /// wherever the name is printed, and a tab or newline would break every table.
  public var singleLine: String {
    var result = ""
    var pendingSpace = false
    for scalar in unicodeScalars {
      if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace {
        result.append(" ")
        pendingSpace = false
      }
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
