extension StringProtocol {
  /// The text without leading and trailing whitespace and newlines (Unicode-aware).
  /// Written here because FoundationEssentials has no CharacterSet-based trimming.
  public var trimmed: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }
}
