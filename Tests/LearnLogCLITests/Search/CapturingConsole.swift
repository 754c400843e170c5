import LearnLogTerminal

@testable import LearnLogCLI

/// Collects what a command prints.
final class CapturingConsole: Console {
  var output = ""
  var errors = ""

  func write(_ text: String) { output += text }
  func writeError(_ text: String) { errors += text }
}

/// Runs a command in-process against the database at `db`, the way `LearnLogProgram` does.
func runCommand(_ arguments: [String], db: String) throws -> CapturingConsole {
  let console = CapturingConsole()
  let app = App(environment: ["LEARNLOG_DB": db, "NO_COLOR": "1"], stdout: console)
  guard case .run(let command) = try ArgumentParser.parse(arguments, root: CommandTree.root) else {
    throw CLITestFailure("not a command: \(arguments)")
  }
  try app.configure(with: command)
  switch command.commandPath {
  case ["search"]: try SearchCommand(command).run(app)
  case ["note"]: try NoteCommand(command).run(app)
  case ["export"]: try ExportCommand(command).run(app)
  case ["import"]: try ImportCommand(command).run(app)
  default: throw CLITestFailure("not one of the search commands: \(arguments)")
  }
  return console
}

struct CLITestFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
