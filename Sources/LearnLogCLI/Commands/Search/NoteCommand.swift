#if canImport(Glibc)
  import Glibc
#endif
import LearnLog
import LearnLogStore

/// `learnlog note [TEXT…] [--date D]`: a dated free-form note; from standard input without TEXT.
struct NoteCommand {
  let words: [String]
  let date: CalendarDate?

  init(_ command: ParsedCommand) throws {
    words = command.positionals("text")
    // `note ''` is a command line with nothing to note: a usage error, as a missing value is.
    if !words.isEmpty && words.allSatisfy({ $0.trimmed.isEmpty }) {
      throw command.usageError(
        .unusableOptions("the note is empty; give its text, or leave it out and pipe the note in"))
    }
    let today = CalendarDate(Date())
    date = try DateBounds.date(command, "date", today: today)
    if let date, date > today {
      throw command.usageError(
        .unusableOptions("--date \(date.iso) is in the future; a note records what has happened"))
    }
  }

  func run(_ app: App) throws {
    let text: String
    if words.isEmpty {
      if app.isInputTerminal {
        app.errorLine("Type your note; end it with Ctrl-D on a line of its own.")
      }
      text = try Self.readStandardInput()
    } else {
      text = words.joined(separator: " ")
    }
    // NUL and terminal codes never reach the log: shown again by `search`, an escape sequence
    // would act on the terminal.
    var cleaning = InputCleaning()
    let body = Self.withoutSurroundingBlankLines(cleaning.clean(text))
    if let summary = cleaning.summary(of: "the note") { app.errorLine("learnlog: " + summary) }
    guard !body.trimmed.isEmpty else {
      throw CLIError.other("the note is empty; give its text, or pipe it in")
    }
    let now = app.now
    let day = date ?? app.today
    // A note written today keeps the time it was written; a backdated one has no time.
    let time = date == nil || date == app.today ? Self.localTime(now) : nil
    let note = Note(date: day, time: time, text: body, source: .note, createdAt: now)
    let id = try app.store().addNote(note)
    app.out("Noted (note \(id), \(day.iso)). Find it again with `learnlog search`.\n")
  }

  /// All of standard input, decoded as UTF-8.
  static func readStandardInput() throws -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CLIError.cannotReadFile(
          path: "standard input", reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Drops blank lines at the start and the end (a heredoc's last newline), keeping the
  /// indentation and inner blank lines of the text itself.
  static func withoutSurroundingBlankLines(_ text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    while let first = lines.first, first.trimmed.isEmpty { lines.removeFirst() }
    while let last = lines.last, last.trimmed.isEmpty { lines.removeLast() }
    return lines.joined(separator: "\n")
  }

  /// The wall-clock time of `date` here, to the minute.
  static func localTime(_ date: Date) -> JournalTime? {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return nil }
    return JournalTime(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
  }
}
