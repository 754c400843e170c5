import CSQLite
import LearnLog

/// A prepared statement, cached by its SQL text in `Database` and reused.
///
/// Only `Database` creates and finalizes statements; it finalizes them all before it closes the
/// connection.
final class Statement {
  let handle: OpaquePointer
  /// True between the first step and the reset; a running statement cannot be reused.
  var isRunning = false

  init(handle: OpaquePointer) {
    self.handle = handle
  }

  /// Clears the previous run's state and bindings so the statement can run again.
  func reset() {
    // sqlite3_reset repeats the last step's error, which was already reported; ignore it here.
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  func finalize() {
    sqlite3_finalize(handle)
  }

  /// Binds `values` to parameters 1…n; returns the first failing result code, or SQLITE_OK.
  func bind(_ values: [SQLValue]) -> Int32 {
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .null:
        code = sqlite3_bind_null(handle, index)
      case .integer(let number):
        code = sqlite3_bind_int64(handle, index, number)
      case .real(let number):
        code = sqlite3_bind_double(handle, index, number)
      case .text(let text):
        code = Statement.bindText(text, to: handle, at: index)
      }
      if code != SQLITE_OK { return code }
    }
    return SQLITE_OK
  }

  /// Binds text by its UTF-8 bytes and length, copied by SQLite (SQLITE_TRANSIENT), so it
  /// round-trips byte for byte whatever it contains.
  private static func bindText(_ text: String, to handle: OpaquePointer, at index: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count <= Int(Int32.max) else { return SQLITE_TOOBIG }
      // An empty buffer may have no base address, and a NULL pointer would bind SQL NULL.
      guard let base = bytes.baseAddress, !bytes.isEmpty else {
        return sqlite3_bind_text(handle, index, "", 0, learnlog_sqlite_transient())
      }
      return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
        sqlite3_bind_text(
          handle, index, characters, Int32(bytes.count), learnlog_sqlite_transient())
      }
    }
  }
}

/// The current row of a running statement. Valid only inside the closure it is passed to.
public struct Row {
  let handle: OpaquePointer

  /// True when the column holds SQL NULL.
  public func isNull(_ column: Int32) -> Bool {
    sqlite3_column_type(handle, column) == SQLITE_NULL
  }

  public func int64(_ column: Int32) -> Int64 {
    sqlite3_column_int64(handle, column)
  }

  public func int(_ column: Int32) -> Int {
    Int(sqlite3_column_int64(handle, column))
  }

  public func double(_ column: Int32) -> Double {
    sqlite3_column_double(handle, column)
  }

  /// A date stored by `SQLValue.date`.
  public func date(_ column: Int32) -> Date {
    Date(timeIntervalSinceReferenceDate: sqlite3_column_double(handle, column))
  }

  /// The text in the column, read by byte count so nothing is cut short; nil for NULL.
  public func text(_ column: Int32) -> String? {
    guard let bytes = sqlite3_column_text(handle, column) else { return nil }
    // column_bytes must come after column_text: it reports the length of that conversion.
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }
}
