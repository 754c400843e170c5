import Glibc
import LearnLog

/// The size of the terminal the program writes to.
public enum TerminalSize {
  /// Columns available on standard output: `COLUMNS` when it is a positive integer (lets scripts
  /// and tests choose), else the terminal's own size, else 80.
  public static func columns() -> Int {
    columns(columnsVariable: environmentValue("COLUMNS"), windowColumns: windowColumns())
  }

  /// The decision behind `columns()`, separated so it can be tested without a terminal.
  public static func columns(columnsVariable: String?, windowColumns: Int?) -> Int {
    if let text = columnsVariable?.trimmed, let value = Int(text), value > 0 {
      return value
    }
    if let value = windowColumns, value > 0 {
      return value
    }
    return 80
  }

  /// The width the kernel reports for standard output, or nil when it is not a terminal.
  static func windowColumns() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  static func environmentValue(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
  }
}
