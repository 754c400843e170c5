import Foundation
import LearnLog
import LearnLogStore
import LearnLogTerminal
import LearnLogTestSupport
import Testing

@testable import LearnLogCLI

/// Half-typed text kept when the terminal went is put back on the line on resume; once the
/// coach gives that line (whatever it holds) or erases it, the kept copy goes, so text the coach
/// removed never comes back.
@Suite("Half-typed text put back on the line")
struct HalfTypedTextTests {
  private static let today = CalendarDate(year: 2026, month: 11, day: 28)!
  private static let secret = "stale secret zqv7k"

  /// A log whose one draft stopped at the Goal with `secret` half typed there, kept the way a
  /// closed terminal keeps it.
  private static func logWithHalfTypedGoal(_ folder: String) throws -> LogStore {
    let store = try LogStore(path: folder + "/log.sqlite3")
    let id = try store.createEntry(Entry(sessionDate: today, createdAt: Date()))
    let reader = InputSequenceReader([
      .line("2026-11-28"), .line("Ravi"), .line("best"), .hangup(partial: secret),
    ])
    _ = try session(store, folder, entry: #require(try store.entry(id: id)), reader: reader).run()
    let pending = try #require(try store.pendingInput(entryID: id))
    #expect(pending.step == .grow(.goal) && pending.text == secret)
    return store
  }

  private static func session(
    _ store: LogStore, _ folder: String, entry: Entry, reader: any LineReader
  ) -> ReflectSession {
    ReflectSession(
      reflection: Reflection(entry: entry, today: today), store: store, reader: reader,
      console: CapturingConsole(),
      chat: ChatPrinter(
        console: CapturingConsole(), style: TerminalStyle(isColourEnabled: false), width: 80,
        isInteractive: reader.isInteractive),
      editor: ExternalEditor(environment: [:], isAvailable: false),
      databasePath: folder + "/log.sqlite3", clock: { Date() })
  }

  /// Resumes the draft, reading `inputs`, and returns what is kept afterwards and what was put
  /// back on the line.
  private static func resume(_ inputs: [LineInput], isInteractive: Bool = true) throws
    -> (kept: String?, preloaded: [String])
  {
    let folder = NSTemporaryDirectory() + "learnlog-half-typed-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = try logWithHalfTypedGoal(folder)
    let draft = try #require(try store.newestDraft())
    let reader = InputSequenceReader(inputs, isInteractive: isInteractive)
    _ = session(store, folder, entry: draft, reader: reader).run()
    return (try store.pendingInput(entryID: draft.id)?.text, reader.preloaded)
  }

  @Test(
    "a line given after the text was put back drops it: a command, or a cancelled /edit",
    arguments: [
      [LineInput.line("/pause")],
      [.line("/help"), .line("/pause")],
      [.line("/edit"), .line("/pause")],  // the editor cannot open: nothing was edited
      [.line("/skip"), .line("/back"), .line("/pause")],
      [.paste("/pause"), .line("/pause")],  // a pasted line is an answer
    ])
  func aLineGivenDropsIt(inputs: [LineInput]) throws {
    let (kept, preloaded) = try Self.resume(inputs)
    #expect(preloaded.first == Self.secret)
    #expect(kept == nil)
  }

  @Test func erasedAndThenHungUpDropsIt() throws {
    #expect(try Self.resume([.hangup(partial: "")]).kept == nil)
  }

  @Test func newTextWhenHungUpReplacesIt() throws {
    #expect(try Self.resume([.hangup(partial: "new words")]).kept == "new words")
  }

  @Test func aPipeNeverShowedItSoItIsKept() throws {
    #expect(try Self.resume([.line("/pause")], isInteractive: false).kept == Self.secret)
  }
}
