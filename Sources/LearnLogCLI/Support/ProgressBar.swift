#if canImport(Glibc)
  import Glibc
#endif
import LearnLogTerminal

/// A one-line progress bar on standard error for long imports and exports:
/// `Exporting [##########----------]  5,120/10,000`. Drawn only when standard error is a
/// terminal (never into a pipe or a log file), redrawn only when the bar visibly moves, and
/// erased when the work is done so the summary line stands alone.
final class ProgressBar {
  /// What is counted: items (`5,120/10,000`) or bytes of a file read (`12.5/110.0 MB`).
  enum Unit {
    case items
    case bytes
  }

  private let label: String
  private let total: Int
  private let unit: Unit
  private let width: Int
  private let write: (String) -> Void
  private var lastDrawn: String?
  private var lastPercent = -1

  /// A bar that draws through `write`; a disabled one does nothing at all.
  init(
    label: String, total: Int, unit: Unit = .items, width: Int = 80,
    write: @escaping (String) -> Void
  ) {
    self.label = label
    self.total = max(0, total)
    self.unit = unit
    self.width = width
    self.write = write
  }

  /// The bar for this process: on standard error when it is a terminal, else silent. Small jobs
  /// (under `threshold` items) finish before a bar would help, and get none.
  static func standardError(label: String, total: Int, threshold: Int = 500) -> ProgressBar? {
    standardError(label: label, total: total, unit: .items, threshold: threshold)
  }

  /// The bar for reading a file of `bytes` (imports read files in chunks, not items); none for
  /// a file under 1 MiB.
  static func standardError(label: String, bytes: Int) -> ProgressBar? {
    standardError(label: label, total: bytes, unit: .bytes, threshold: 1 << 20)
  }

  private static func standardError(label: String, total: Int, unit: Unit, threshold: Int)
    -> ProgressBar?
  {
    guard total >= threshold, isatty(STDERR_FILENO) == 1 else { return nil }
    let error = StandardConsole()
    return ProgressBar(label: label, total: total, unit: unit, width: TerminalSize.columns()) {
      error.writeError($0)
    }
  }

  /// Shows that `done` of the total are finished; redraws at most once per percent.
  func update(_ done: Int) {
    let percent = total == 0 ? 100 : min(100, max(0, done) * 100 / total)
    guard percent != lastPercent else { return }
    lastPercent = percent
    let line = Self.line(label: label, done: done, total: total, unit: unit, width: width)
    guard line != lastDrawn else { return }
    lastDrawn = line
    write("\r" + line)
  }

  /// Erases the bar.
  func finish() {
    guard lastDrawn != nil else { return }
    lastDrawn = nil
    lastPercent = -1
    write("\r\u{1B}[K")
  }

  /// The bar's text for `done` of `total`, fitting `width` columns.
  static func line(label: String, done: Int, total: Int, unit: Unit = .items, width: Int)
    -> String
  {
    let done = min(max(0, done), total)
    let count =
      switch unit {
      case .items: "\(grouped(done))/\(grouped(total))"
      case .bytes: "\(megabytes(done))/\(megabytes(total)) MB"
      }
    let barWidth = max(10, min(40, width - label.count - count.count - 6))
    let filled = total == 0 ? barWidth : barWidth * done / total
    return "\(label) [" + String(repeating: "#", count: filled)
      + String(repeating: "-", count: barWidth - filled) + "] \(count)"
  }

  /// `12.5` (MB of 10^6 bytes, one decimal).
  static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(grouped(tenths / 10)).\(tenths % 10)"
  }

  /// `12,345`.
  static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}
