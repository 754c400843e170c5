#if canImport(Glibc)
  import Glibc
#endif
import LearnLog
import LearnLogStore
import LearnLogTerminal

/// The whole program behind `main.swift`: parse the command line, run the command, map the
/// outcome to an exit status (0 success, 1 failure, 64 usage error, 74 standard output could not
/// be written, 130 a question cancelled with Ctrl-C).
public enum LearnLogProgram {
  public static let version = "0.1.0"
  /// `EX_IOERR`: a write to standard output failed (full disk, closed descriptor…).
  static let outputFailureStatus: Int32 = 74
  /// 128 + SIGINT: Ctrl-C cancelled a question the command asked, as the shell reports a
  /// program that SIGINT ended.
  static let interruptedStatus: Int32 = 130

  public static func run(_ arguments: [String], environment: [String: String]? = nil) -> Int32 {
    SignalMask.unblockTerminationSignals()
    TerminalLocale.configure()
    let app = App(environment: environment ?? ProcessInfo.processInfo.environment)
    let status = run(arguments, app: app)
    // Checked once here: a failed write is recorded by the console, which writes nothing more.
    guard let failure = app.stdout.outputFailure else { return status }
    let reason = String(cString: strerror(failure))
    app.errorLine("learnlog: error: cannot write the output (\(reason))")
    return status == 0 ? outputFailureStatus : status
  }

  static func run(_ arguments: [String], app: App) -> Int32 {
    let outcome: ParseOutcome
    do {
      outcome = try ArgumentParser.parse(arguments, root: CommandTree.root)
    } catch {
      app.errorLine(error.rendered())
      return error.exitCode
    }
    switch outcome {
    case .version:
      app.out("learnlog \(version)\n")
      return 0
    case .help(let path):
      app.out(HelpFormatter.render(path, root: CommandTree.root, width: app.width))
      return 0
    case .run(let command):
      do {
        try app.configure(with: command)
        app.rememberInHistory(command)
        try dispatch(command, app: app)
        return 0
      } catch let error as CLIError {
        if error != .silentFailure { app.errorLine("learnlog: error: \(error.message)") }
        return error == .interrupted ? interruptedStatus : 1
      } catch let error as UsageError {
        app.errorLine(error.rendered())
        return error.exitCode
      } catch let error as StoreError {
        app.errorLine("learnlog: error: \(error.message)")
        return 1
      } catch {
        app.errorLine("learnlog: error: an unexpected failure (\(type(of: error))); please report it")
        return 1
      }
    }
  }

  private static func dispatch(_ command: ParsedCommand, app: App) throws {
    switch command.commandPath {
    case []: try ReflectCommand(resume: false, greet: true).run(app)
    case ["reflect"]:
      try ReflectCommand(
        resume: command.flag("resume"), greet: false,
        sessionID: ReflectCommand.sessionOption(command)
      ).run(app)
    case ["log"]: try LogCommand(command).run(app)
    case ["show"]: try ShowCommand(command).run(app)
    case ["import"]: try ImportCommand(command).run(app)
    case ["rules", "list"]: try RulesListCommand().run(app)
    case ["rules", "show"]: try RulesShowCommand(command).run(app)
    case ["rules", "lint"]: try RulesLintCommand(command).run(app)
    case ["rules", "test"]: try RulesTestCommand(command).run(app)
    case ["rules", "try"]: try RulesTryCommand(command).run(app)
    case ["search"]: try SearchCommand(command).run(app)
    case ["note"]: try NoteCommand(command).run(app)
    case ["export"]: try ExportCommand(command).run(app)
    case ["prepare"]: try PrepareCommand(command).run(app)
    case ["review"]: try ReviewCommand(command).run(app)
    case ["help"]: try HelpCommand(command).run(app)
    case ["completion"]: try CompletionCommand(command).run(app)
    case ["__complete-ids"]: try CompleteIDsCommand().run(app)
    case ["backup"]: try BackupCommand(command).run(app)
    case ["doctor"]: try DoctorCommand().run(app)
    case ["forget"]: try ForgetCommand(command).run(app)
    case ["sessions", "add"]: try SessionsAddCommand(command, today: app.today).run(app)
    case ["sessions", "list"]: try SessionsListCommand(command).run(app)
    case ["sessions", "edit"]: try SessionsEditCommand(command, today: app.today).run(app)
    case ["sessions", "remove"]: try SessionsRemoveCommand(command).run(app)
    case ["sessions", "export"]: try SessionsExportCommand(command).run(app)
    case ["programme"]: try ProgrammeCommand().run(app)
    case ["config"]: try ConfigCommand().run(app)
    case ["__bench-rules"]: try BenchRulesCommand(command).run(app)
    default:
      throw CLIError.other("'\(command.commandPath.joined(separator: " "))' is not implemented")
    }
  }
}
