extension Array where Element == String {
  /// The items as a sentence lists them: `a`, `a and b`, `a, b and c` (or with `or`).
  public func joinedAsProse(_ conjunction: String = "and") -> String {
    guard let last else { return "" }
    return count == 1 ? last : dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
