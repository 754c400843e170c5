import Foundation
import LearnLog
import LearnLogStore
import Testing

@testable import LearnLogCLI

/// Date options read dates the way the chat does, and a note cannot be dated in the future.
@Suite("Date options")
struct DateOptionTests {
  @Test("--date yesterday and --date '3 days ago' date a note relative to today")
  func relativeNoteDates() throws {
    let folder = try ScratchFolder()
    let db = folder.file("log.sqlite3")
    let today = CalendarDate(Date())
    _ = try runCommand(["note", "--date", "yesterday", "Walked", "the", "floor"], db: db)
    _ = try runCommand(["note", "--date", "3 days ago", "Read", "a", "book"], db: db)
    _ = try runCommand(["note", "--date", "today", "Wrote", "this"], db: db)
    let dates = try LogStore(path: db).notes().map(\.date).sorted()
    #expect(dates == [today.adding(days: -3), today.adding(days: -1), today])
  }

  @Test("A note dated in the future is refused, and nothing is stored")
  func futureNote() throws {
    let folder = try ScratchFolder()
    let db = folder.file("log.sqlite3")
    let tomorrow = CalendarDate(Date()).adding(days: 1)
    #expect {
      _ = try runCommand(["note", "--date", tomorrow.iso, "Not", "yet"], db: db)
    } throws: { error in
      (error as? UsageError)?.message.contains("is in the future") == true
    }
    if FileManager.default.fileExists(atPath: db) {
      #expect(try LogStore(path: db).notes().isEmpty)
    }
  }

  @Test("--since and --until take relative dates; a date that cannot be read is a usage error")
  func bounds() throws {
    let folder = try ScratchFolder()
    let db = folder.file("log.sqlite3")
    _ = try runCommand(["note", "--date", "10 days ago", "Old", "floor", "walk"], db: db)
    _ = try runCommand(["note", "Fresh", "floor", "walk"], db: db)
    let recent = try runCommand(["search", "--json", "--since", "2 days ago", "floor"], db: db)
    let hits = try JSONSerialization.jsonObject(with: Data(recent.output.utf8)) as? [Any]
    #expect(hits?.count == 1, "\(recent.output)")
    #expect {
      _ = try runCommand(["search", "--until", "next week", "floor"], db: db)
    } throws: { error in
      (error as? UsageError)?.reason == .invalidDate(name: "--until", value: "next week")
    }
  }
}
