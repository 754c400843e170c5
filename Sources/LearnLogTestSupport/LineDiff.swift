/// A small line diff for golden-file tests: the first differing lines, with line numbers.
public enum LineDiff {
  /// nil when the texts are equal; otherwise a few lines describing where they differ.
  public static func describe(expected: String, actual: String, context: Int = 3) -> String? {
    guard expected != actual else { return nil }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    for index in 0..<max(want.count, got.count) {
      let left = index < want.count ? String(want[index]) : "<missing>"
      let right = index < got.count ? String(got[index]) : "<missing>"
      guard left != right else { continue }
      report.append("line \(index + 1):\n  expected: \(left)\n  actual:   \(right)")
      if report.count == context { break }
    }
    return "golden file differs (set LEARNLOG_RECORD_GOLDEN=1 to re-record):\n"
      + report.joined(separator: "\n")
  }
}
