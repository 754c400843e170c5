/// Why a file could not be imported. Each case reads as one line that names the line of the
/// file and the reason, and never quotes the coach's text: reflections are private, and error
/// messages end up in terminals, logs and bug reports.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file holds no text at all (or only blank lines).
  case empty
  /// The file is bigger than the importer accepts; `limit` is in bytes.
  case tooLarge(bytes: Int, limit: Int)
  /// The file is a known binary or rich-text format, not plain text or Markdown.
  case notPlainText(NonTextFormat)
  /// A file in a format learnlog imports with `--format` (an export, a jrnl journal), given as a
  /// text reflection.
  case otherImportFormat(ImportableFormat)
  /// No line starting a question was found in the `lineCount` lines of the file.
  case noQuestionFound(lineCount: Int)
  /// A question marker names a number outside the framework (`Q17:` when there are 16).
  case questionOutOfRange(number: Int, line: Int, questionCount: Int)
  /// The same question starts twice.
  case duplicateQuestion(number: Int, line: Int, firstLine: Int)
  /// A reflection whose document dates the session after today (and no `--date` replaces it).
  case futureSessionDate(CalendarDate, line: Int?)
  /// A jrnl journal with text but no line that starts an entry.
  case noJournalEntry(lineCount: Int)
  /// A jrnl journal whose only lines shaped like entry headers cannot be read as headers;
  /// `reason` names the first one's date or time (`2026-13-45 is not a date`), never its title.
  case unreadableJournalHeader(line: Int, reason: String)
  /// A JSON file that is not a learnlog export (no `"learnlog"` version field).
  case notAnExport
  /// An export written by a newer learnlog, in a format version this one does not know.
  case newerExport(found: Int, supported: Int)
  /// An export whose JSON does not have the shape of one; `reason` names the field, never text.
  case invalidExport(reason: String)

  /// The line of the file the error is about, when there is one.
  public var line: Int? {
    switch self {
    case .empty, .tooLarge, .notAnExport, .newerExport, .invalidExport: nil
    case .notPlainText, .otherImportFormat: 1
    case .noQuestionFound(let count), .noJournalEntry(let count): count
    case .futureSessionDate(_, let line): line
    case .questionOutOfRange(_, let line, _), .duplicateQuestion(_, let line, _),
      .unreadableJournalHeader(let line, _):
      line
    }
  }

  /// One line for the coach: where, what is wrong, and what to do about it when that helps.
  public var message: String {
    switch self {
    case .empty:
      "it is empty: there is nothing to import"
    case .tooLarge(let bytes, let limit):
      "the file is \(bytes) bytes, more than the \(limit) bytes a reflection may have"
    case .notPlainText(let format):
      "line 1: this looks like \(format.description), not plain text; "
        + "save it as .txt or .md and import that"
    case .otherImportFormat(let format):
      "line 1: this looks like \(format.description), not a text reflection; "
        + "import it with `learnlog import --format \(format.rawValue) FILE`"
    case .noQuestionFound(let count):
      "line \(count): reached the end without finding a question; "
        + "start each one with a line like 'Question 1.', 'Q1:' or '## 1'"
    case .questionOutOfRange(let number, let line, let count):
      "line \(line): question \(number) is not one of the \(count) questions (1-\(count))"
    case .duplicateQuestion(let number, let line, let first):
      "line \(line): question \(number) appears twice (first at line \(first))"
    case .futureSessionDate(let date, let line):
      (line.map { "line \($0): " } ?? "")
        + "the session date \(date.iso) is in the future; correct it, "
        + "or give the session's date with --date YYYY-MM-DD"
    case .noJournalEntry(let count):
      "line \(count): reached the end without finding a jrnl entry; "
        + "entries start with a line like '[2026-11-28 09:00] Title'"
    case .unreadableJournalHeader(let line, let reason):
      "line \(line): \(reason), and no other line starts a jrnl entry; correct it to read "
        + "like '[2026-11-28 09:00] Title' or '[2026-11-28 09:00:00 AM] Title'"
    case .notAnExport:
      "this is not a learnlog export (it has no \"learnlog\" version field); "
        + "make one with `learnlog export --format json`"
    case .newerExport(let found, let supported):
      "this export is version \(found), newer than the \(supported) this learnlog reads; "
        + "upgrade learnlog to import it"
    case .invalidExport(let reason):
      "this export is not valid: \(reason)"
    }
  }

  /// The same as `message`, so `"\(error)"` prints the one line.
  public var description: String { message }
}

/// Formats learnlog imports with `--format` (the raw value), recognised in a file given as a
/// text reflection so the coach is told which option to add.
public enum ImportableFormat: String, Sendable, Equatable, CaseIterable {
  /// A learnlog JSON export: it starts with `{` and has the `"learnlog"` version key.
  case json
  /// A jrnl journal: its first line is an entry header (`[2026-11-28 09:00] Title`).
  case jrnl

  /// How the format reads inside an error message: "a jrnl journal".
  public var description: String {
    switch self {
    case .json: "a learnlog JSON export"
    case .jrnl: "a jrnl journal"
    }
  }

  /// The format of `text`, which failed to read as a reflection with `failure`, when it is one
  /// of these. A journal is recognised by its first non-blank line, which a reflection's title
  /// could look like, so only when no question was found at all.
  static func recognise(_ text: String, failure: ImportError) -> ImportableFormat? {
    guard let first = text.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) })
    else { return nil }
    if first.drop(while: \.isWhitespace).hasPrefix("{"), text.contains("\"learnlog\"") {
      return .json
    }
    guard case .noQuestionFound = failure, case .header = JrnlHeader.read(first) else { return nil }
    return .jrnl
  }
}

/// Formats a coach might try to import by mistake, recognised by their first bytes.
public enum NonTextFormat: String, Sendable, Equatable, CaseIterable {
  /// A zip container: .docx, .odt, .pages and friends.
  case wordProcessor
  case pdf
  case rtf
  /// Mostly NUL bytes or otherwise not text.
  case binary

  /// How the format reads inside an error message: "a PDF file".
  public var description: String {
    switch self {
    case .wordProcessor: "a word-processor document (.docx or .odt)"
    case .pdf: "a PDF file"
    case .rtf: "a rich-text (.rtf) file"
    case .binary: "a binary file"
    }
  }
}
