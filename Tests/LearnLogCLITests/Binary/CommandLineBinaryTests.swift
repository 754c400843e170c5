import Foundation
import Testing

@testable import LearnLogCLI

/// The built `learnlog` binary as a shell sees it: usage errors, `--`, help and version.
///
/// Runs `LEARNLOG_BIN` (set by Scripts/test), else `.build/debug/learnlog`, with a private HOME
/// and log in a temporary folder.
@Suite("The learnlog binary's command line", .enabled(if: CommandLineBinary.path != nil))
struct CommandLineBinaryTests {
  private let folder = NSTemporaryDirectory() + "learnlog-cli-\(UUID().uuidString)"

  private func run(_ arguments: [String]) throws -> ProcessResult {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let environment = [
      "HOME": folder + "/home", "XDG_STATE_HOME": folder + "/state",
      "XDG_CONFIG_HOME": folder + "/config", "XDG_DATA_HOME": folder + "/data",
      "LEARNLOG_DB": folder + "/log.sqlite3", "PATH": "/usr/bin:/bin", "COLUMNS": "80",
      "LANG": "C.UTF-8",
    ]
    return try runProcess(CommandLineBinary.path ?? "", arguments, environment: environment)
  }

  private func errorLines(_ result: ProcessResult) -> [String] {
    result.errorOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test(arguments: [
    (["shwo", "3"], "unknown command 'shwo'; did you mean 'show'?", "learnlog"),
    (["show", "--jsn", "3"], "unknown option '--jsn'; did you mean '--json'?", "learnlog show"),
    (["log", "--limt", "3"], "unknown option '--limt'; did you mean '--limit'?", "learnlog log"),
    (
      ["--no-colour", "log"], "unknown option '--no-colour'; did you mean '--no-color'?", "learnlog"
    ),
  ])
  func aMistakeIsOneErrorLineWithASuggestionAndAHint(
    arguments: [String], message: String, command: String
  ) throws {
    let result = try run(arguments)
    #expect(result.status == 64)
    #expect(result.output == "")
    #expect(
      errorLines(result) == [
        "learnlog: error: \(message)", "Run '\(command) --help' for usage.", "",
      ])
  }

  /// Invalid option values, options that cannot go together and missing required options are
  /// usage errors however the command checks them: exit 64, one error line, the help hint.
  @Test(arguments: [
    (
      ["sessions", "add", "--coachee", "X", "--minutes", "-5"],
      "invalid value '-5' for '--minutes': expected a whole number of minutes from 1 to 1440",
      "learnlog sessions add"
    ),
    (
      ["sessions", "add", "--coachee", "X", "--minutes", "0"],
      "invalid value '0' for '--minutes': expected a whole number of minutes from 1 to 1440",
      "learnlog sessions add"
    ),
    (
      ["sessions", "add", "--coachee", "X", "--minutes", "100000"],
      "invalid value '100000' for '--minutes': expected a whole number of minutes from 1 to 1440",
      "learnlog sessions add"
    ),
    (
      ["sessions", "add", "--coachee", "X", "--group", "1"],
      "invalid value '1' for '--group': expected the number of people in the group, 2 or more",
      "learnlog sessions add"
    ),
    (
      ["sessions", "add", "--minutes", "30"],
      "missing option '--coachee': who was the session with? (On a terminal, learnlog asks.)",
      "learnlog sessions add"
    ),
    (
      ["sessions", "edit", "1", "--group", "3", "--individual"],
      "give only one of '--group' or '--individual'", "learnlog sessions edit"
    ),
    (
      ["sessions", "edit", "1", "--paid", "--pro-bono"], "give only one of '--paid' or '--pro-bono'",
      "learnlog sessions edit"
    ),
    (
      ["sessions", "edit", "1"],
      "nothing to change: give --date, --coachee, --topic, --minutes, --group, --individual, "
        + "--paid or --pro-bono", "learnlog sessions edit"
    ),
    (
      ["reflect", "--session", "1", "--resume"],
      "--session and --resume cannot go together: a draft keeps its session", "learnlog reflect"
    ),
    (
      ["search", "x", "--since", "2026-12-01", "--until", "2026-11-01"],
      "--since 2026-12-01 is after --until 2026-11-01: nothing can match", "learnlog search"
    ),
    (
      ["review", "--since", "2026-12-01", "--until", "2026-11-01"],
      "--since 2026-12-01 is after --until 2026-11-01: nothing can match", "learnlog review"
    ),
    (
      ["--programme-start", "2026-13-01", "programme"],
      "invalid value '2026-13-01' for '--programme-start': expected a date like 2026-11-02",
      "learnlog programme"
    ),
    (["--db", "", "log"], "invalid value '' for '--db': expected a file path", "learnlog log"),
    (["--editor", " ", "log"], "invalid value ' ' for '--editor': expected a command, such as nano", "learnlog log"),
    (["export", "-o", ""], "invalid value '' for '--output': expected a file path", "learnlog export"),
    (["backup", ""], "invalid value '' for '<file>': expected a file name for the backup", "learnlog backup"),
    (
      ["sessions", "add", "--coachee", "X", "--date", "0001-01-01"],
      "invalid value '0001-01-01' for '--date': expected a date like 2026-11-28, today, yesterday or 3 days ago",
      "learnlog sessions add"
    ),
    (
      ["forget", "--yes"],
      "missing option '--coachee': give the alias of the coachee whose reflections to erase",
      "learnlog forget"
    ),
    (["--no-color", "--color", "always", "log"], "give only one of '--no-color' or '--color'", "learnlog log"),
    (
      ["prepare", "--best", "2", "--challenging", "2"],
      "entry 2 cannot be both the Best and the Most Challenging reflection; choose two entries",
      "learnlog prepare"
    ),
    (
      ["import", "--format", "json", "--kind", "best", "x.json"],
      "--kind, --date and --coachee apply to --format text only", "learnlog import"
    ),
    (
      ["note", "--date", "-3 days ago", "x"],
      "invalid value '-3 days ago' for '--date': expected a date like 2026-11-28, today, "
        + "yesterday or 3 days ago", "learnlog note"
    ),
    (
      ["note", "--date", "-x", "y"],
      "missing value for option '--date': '-x' is read as an option; for a value that starts "
        + "with a dash, write '--date=-x'", "learnlog note"
    ),
  ])
  func invalidOptionsAreUsageErrors(arguments: [String], message: String, command: String) throws {
    let result = try run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.errorOutput)")
    #expect(result.output == "")
    #expect(
      errorLines(result) == ["learnlog: error: \(message)", "Run '\(command) --help' for usage.", ""])
  }

  @Test func mistakesNeverShowAStackTrace() throws {
    for arguments in [
      ["show"], ["show", "x"], ["log", "-n"], ["log", "-n", "many"], ["help", "shwo"], ["-"],
    ] {
      let result = try run(arguments)
      #expect(result.status == 64, "\(arguments)")
      #expect(
        result.errorOutput.hasPrefix("learnlog: error: "), "\(arguments): \(result.errorOutput)")
      #expect(errorLines(result).count == 3, "\(arguments): \(result.errorOutput)")
    }
  }

  @Test func aDoubleDashEndsTheOptions() throws {
    // After `--`, `--json` is the id, not the flag: a bad id, not an unknown option.
    let asID = try run(["show", "--", "--json"])
    #expect(asID.status == 64)
    #expect(
      errorLines(asID).first
        == "learnlog: error: invalid value '--json' for '<id>': expected an id, a whole number from 1")
    // Options before `--` still count; the id after it is looked up (and absent: a failure, 1).
    let absent = try run(["show", "--json", "--", "41"])
    #expect(absent.status == 1)
    #expect(
      errorLines(absent).suffix(2) == [
        "learnlog: error: there is no entry 41; `learnlog log` lists your entries", "",
      ])
    // `--help` after `--` is an argument, not a request for help.
    let help = try run(["show", "--", "--help"])
    #expect(help.status == 64)
  }

  @Test func helpCommandAndHelpFlagAgree() throws {
    let command = try run(["help", "show"])
    let flag = try run(["show", "--help"])
    let short = try run(["show", "-h"])
    #expect(command.status == 0 && flag.status == 0 && short.status == 0)
    #expect(command.output == flag.output)
    #expect(short.output == flag.output)
    #expect(flag.output == HelpFormatter.render(["show"], root: CommandTree.root, width: 80))
  }

  @Test func versionPrintsOneLine() throws {
    let result = try run(["--version"])
    #expect(result.status == 0)
    #expect(result.output == "learnlog \(LearnLogProgram.version)\n")
    #expect(result.errorOutput == "")
  }

  @Test(arguments: HelpSnapshotTests.paths)
  func everyCommandHasHelpThatExitsZero(path: [String]) throws {
    let result = try run(path + ["--help"])
    #expect(result.status == 0)
    #expect(result.errorOutput == "")
    #expect(result.output.contains("USAGE:\n  learnlog"))
    #expect(result.output == HelpFormatter.render(path, root: CommandTree.root, width: 80))
  }
}

/// Where the built binary is.
enum CommandLineBinary {
  static var path: String? {
    if let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"], !path.isEmpty { return path }
    let built = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/learnlog").path
    return FileManager.default.isExecutableFile(atPath: built) ? built : nil
  }
}
