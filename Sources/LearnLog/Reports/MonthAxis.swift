/// Consecutive calendar months, `YYYY-MM`, for charts: a month with nothing in it still takes
/// its place, so a gap in the log shows as a gap.
public enum MonthAxis {
  /// Every month from the earliest to the latest of `months` (which may be unordered), inclusive.
  public static func covering(_ months: some Sequence<String>) -> [String] {
    let parsed = months.compactMap(parse)
    guard let first = parsed.min(by: <), let last = parsed.max(by: <) else { return [] }
    var result: [String] = []
    var (year, month) = first
    while (year, month) <= last {
      result.append(key(year: year, month: month))
      month += 1
      if month > 12 { (year, month) = (year + 1, 1) }
    }
    return result
  }

  /// `Dec 2026` for `2026-12`.
  public static func title(_ key: String) -> String {
    guard let (year, month) = parse(key) else { return key }
    return "\(CalendarDate.monthNames[month - 1]) \(year)"
  }

  static func parse(_ key: String) -> (Int, Int)? {
    let parts = key.split(separator: "-")
    guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
      (1...12).contains(month)
    else { return nil }
    return (year, month)
  }

  static func key(year: Int, month: Int) -> String {
    let digits = String(year)
    let padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    return month < 10 ? "\(padded)-0\(month)" : "\(padded)-\(month)"
  }
}

/// A trend as a row of block characters, one per month.
public enum Sparkline {
  public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  /// The mark for a month with no entries at all (nothing could fire).
  public static let noEntries: Character = "·"

  /// One mark per month: `·` when the month had no entries, `▁` when the rule never fired,
  /// otherwise `▂`…`█` by the share of that month's entries in which it fired.
  public static func render(counts: [Int], entries: [Int]) -> String {
    String(
      zip(counts, entries).map { count, total -> Character in
        guard total > 0 else { return noEntries }
        guard count > 0 else { return levels[0] }
        let share = min(1, Double(count) / Double(total))
        let step = Int((share * Double(levels.count - 1)).rounded(.up))
        return levels[max(1, min(levels.count - 1, step))]
      })
  }
}
