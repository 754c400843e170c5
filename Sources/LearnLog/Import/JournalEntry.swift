/// One entry of a jrnl journal, with its date, time and text exactly as the file had them.
public struct JournalEntry: Sendable, Hashable {
  public var date: CalendarDate
  public var time: JournalTime
  /// The rest of the header line after `] `, unchanged (a starred entry keeps its ` *`).
  public var title: String
  /// The lines after the header up to the next entry, unchanged, without the blank lines that
  /// separate entries. Empty when the entry is only a title.
  public var body: String

  /// An entry with the given fields, kept exactly.
  public init(date: CalendarDate, time: JournalTime, title: String, body: String = "") {
    self.date = date
    self.time = time
    self.title = title
    self.body = body
  }

  /// jrnl marks a starred entry with ` *` at the end of its title.
  public var isStarred: Bool { title == "*" || title.hasSuffix(" *") }
}
