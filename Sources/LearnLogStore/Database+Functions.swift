import CSQLite
import LearnLog

/// SQL functions learnlog's schema calls, registered on every connection before anything runs.
///
/// `cjk_runs(text)` is `CJK.runs(in:)`: the text's runs of Chinese, Japanese or Korean characters
/// that the trigram index holds, or NULL when there are none. The triggers of migration 5 call it
/// for every text written, so a file at version 5 can only be written by a connection that has
/// it: an older learnlog refuses the newer schema before writing (`Schema.validate`), and the
/// `sqlite3` shell fails with "no such function: cjk_runs" rather than leave the index behind.
extension Database {
  func registerFunctions() throws {
    let flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS
    try check(
      sqlite3_create_function_v2(handle, "cjk_runs", 1, flags, nil, cjkRunsFunction, nil, nil, nil))
  }
}

/// The C side of `cjk_runs`: reads the argument's UTF-8 bytes in place and returns a copy of the
/// runs (SQLITE_TRANSIENT), NULL for NULL or for text without CJK.
private func cjkRunsFunction(
  _ context: OpaquePointer?, _ count: Int32, _ arguments: UnsafeMutablePointer<OpaquePointer?>?
) {
  guard count == 1, let argument = arguments?[0], sqlite3_value_type(argument) != SQLITE_NULL,
    let text = sqlite3_value_text(argument)
  else {
    sqlite3_result_null(context)
    return
  }
  let length = Int(sqlite3_value_bytes(argument))
  guard let runs = CJK.runs(in: UnsafeBufferPointer(start: text, count: length)) else {
    sqlite3_result_null(context)
    return
  }
  runs.withUnsafeBufferPointer { bytes in
    bytes.baseAddress?.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
      sqlite3_result_text(context, characters, Int32(bytes.count), learnlog_sqlite_transient())
    }
    // An empty array may have no storage; a NULL pointer would return SQL NULL, not ''.
    if bytes.isEmpty || bytes.baseAddress == nil {
      sqlite3_result_text(context, "", 0, learnlog_sqlite_transient())
    }
  }
}
