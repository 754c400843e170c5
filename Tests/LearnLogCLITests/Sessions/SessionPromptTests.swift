import LearnLogTestSupport
import Foundation
import LearnLog
import LearnLogStore
import LearnLogTerminal
import Testing

@testable import LearnLogCLI

/// A reader that answers from a script and records the prompts it was shown.
final class ScriptedReader: LineReader {
  let isInteractive = true
  var answers: [String]
  var prompts: [String] = []

  init(_ answers: [String]) { self.answers = answers }

  func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    return answers.isEmpty ? .endOfInput : .line(answers.removeFirst())
  }

  func rememberAnswer(_ text: String) {}
  func preload(_ text: String) {}
}

/// A reader that hands out the inputs it was given, then `.endOfInput`, and records the prompts
/// shown and the text put back on the line.
final class InputSequenceReader: LineReader {
  let isInteractive: Bool
  var inputs: [LineInput]
  var prompts: [String] = []
  var preloaded: [String] = []

  init(_ inputs: [LineInput], isInteractive: Bool = true) {
    self.inputs = inputs
    self.isInteractive = isInteractive
  }

  func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
  }

  func rememberAnswer(_ text: String) {}
  func preload(_ text: String) { preloaded.append(text) }
}

/// Asking for missing values one by one, as on a terminal.
@Suite("Prompts for missing session values")
struct SessionPromptTests {
  static func app(_ folder: String) -> (App, CapturingConsole) {
    let console = CapturingConsole()
    let app = App(
      environment: ["HOME": folder, "LEARNLOG_DB": folder + "/log.sqlite3", "XDG_CONFIG_HOME": folder],
      stdout: console)
    return (app, console)
  }

  static func folder() throws -> String {
    let path = NSTemporaryDirectory() + "learnlog-prompt-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func parse(_ arguments: [String]) throws -> ParsedCommand {
    guard case .run(let command) = try ArgumentParser.parse(arguments, root: CommandTree.root) else {
      throw CLIError.other("not a command")
    }
    return command
  }

  @Test func asksForWhatIsMissingOneByOneAndRepeatsAfterAMistake() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (app, console) = Self.app(folder)
    let reader = ScriptedReader(["last week", "2 days ago", "", "Ravi", "", "forty", "45"])
    let command = try SessionsAddCommand(Self.parse(["sessions", "add", "--pro-bono"]), today: app.today)
    try command.run(app, prompter: FieldPrompter(reader: reader, console: console, style: TerminalStyle(isColourEnabled: false)))
    let datePrompt = "Date (Enter for today, \(app.today.iso)): "
    #expect(reader.prompts == [
      datePrompt, datePrompt,
      "Coachee (a name or alias): ", "Coachee (a name or alias): ", "Topic (Enter to leave out): ",
      "Length in minutes (Enter if not known yet): ", "Length in minutes (Enter if not known yet): ",
    ])
    #expect(console.output.contains("  A date like \(app.today.iso), today, yesterday or 3 days ago.\n"))
    #expect(console.output.contains("  A whole number of minutes, such as 45.\n"))
    let session = try #require(try app.store().session(id: 1))
    #expect(session.date == app.today.adding(days: -2))
    #expect(session.coachee == "Ravi")
    #expect(session.topic == "")
    #expect(session.durationMinutes == 45)
    #expect(session.payment == .proBono)
  }

  @Test func givenOptionsAreNotAskedAndEndOfInputCancels() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (app, console) = Self.app(folder)
    let reader = ScriptedReader([])
    let command = try SessionsAddCommand(
      // With --coachee given, the date is today unless --date says otherwise: not asked.
      Self.parse(["sessions", "add", "--coachee", "Mei", "--topic", "Plan"]),
      today: app.today)
    #expect(throws: CLIError.other("cancelled; nothing was changed")) {
      try command.run(app, prompter: FieldPrompter(reader: reader, console: console, style: TerminalStyle(isColourEnabled: false)))
    }
    #expect(reader.prompts == ["Length in minutes (Enter if not known yet): "])
    #expect(try app.store().sessions().isEmpty)
  }

  @Test func removeAsksFirstAndOnlyYesRemoves() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (app, console) = Self.app(folder)
    let id = try app.store().addSession(
      CoachingSession(date: CalendarDate(iso: "2026-11-28")!, coachee: "Ravi", createdAt: Date()))
    let style = TerminalStyle(isColourEnabled: false)
    let command = try SessionsRemoveCommand(Self.parse(["sessions", "remove", "\(id)"]))
    let no = ScriptedReader([""])
    try command.run(app, prompter: FieldPrompter(reader: no, console: console, style: style))
    #expect(no.prompts == ["Remove session 1 (2026-11-28, Ravi)? [y/N] "])
    #expect(try app.store().sessions().count == 1)
    try command.run(app, prompter: FieldPrompter(reader: ScriptedReader(["y"]), console: console, style: style))
    #expect(try app.store().sessions().isEmpty)
  }

  @Test func ctrlCAtAQuestionCancelsAddWithNothingStored() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (app, console) = Self.app(folder)
    let reader = InputSequenceReader([.line("2026-11-30"), .interrupted, .line("Ravi")])
    let command = try SessionsAddCommand(Self.parse(["sessions", "add"]), today: app.today)
    #expect(throws: CLIError.interrupted) {
      try command.run(
        app,
        prompter: FieldPrompter(
          reader: reader, console: console, style: TerminalStyle(isColourEnabled: false)))
    }
    #expect(reader.prompts.count == 2, "the coachee must not be asked again: \(reader.prompts)")
    #expect(CLIError.interrupted.message == "cancelled; nothing was changed")
    #expect(try app.store().sessions().isEmpty)
  }

  @Test func ctrlCAtAConfirmationCancelsRemove() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let (app, console) = Self.app(folder)
    _ = try app.store().addSession(
      CoachingSession(date: CalendarDate(iso: "2026-11-28")!, coachee: "Ravi", createdAt: Date()))
    let command = try SessionsRemoveCommand(Self.parse(["sessions", "remove", "1"]))
    let reader = InputSequenceReader([.interrupted, .line("y")])
    #expect(throws: CLIError.interrupted) {
      try command.run(
        app,
        prompter: FieldPrompter(
          reader: reader, console: console, style: TerminalStyle(isColourEnabled: false)))
    }
    #expect(reader.prompts.count == 1)
    #expect(try app.store().sessions().count == 1)
    #expect(!console.output.contains("Kept session"))
  }
}
