import Foundation
import LearnLogTestSupport
import Testing

/// Errors as the coach sees them: one line on stderr, the path named, a non-zero exit, and the
/// file left exactly as it was.
@Suite("Errors")
struct ErrorEndToEndTests {
  /// Commands that open the log, with the input a reflection would read.
  static let commandsThatOpenTheLog: [(arguments: [String], input: String)] = [
    (["log"], ""),
    (["log", "--json"], ""),
    (["show", "1"], ""),
    (["reflect"], EndToEnd.input(EndToEnd.wholeReflection)),
    ([], EndToEnd.input(EndToEnd.wholeReflection)),
  ]

  /// Runs every command against `db` and checks the error contract; `naming` is what the line
  /// must mention (the path, or the folder that cannot be made).
  private func expectRefusal(
    db: String, naming: String, in sandbox: Sandbox,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    for (arguments, input) in Self.commandsThatOpenTheLog {
      let run = try BinaryRunner.learnlog(
        arguments + ["--db", db], input: input, environment: sandbox.environment(includesDatabase: false))
      let label = (arguments.isEmpty ? ["(bare)"] : arguments).joined(separator: " ")
      #expect(run.status != 0, "\(label): \(run.description)", sourceLocation: sourceLocation)
      let lines = run.stderr.split(separator: "\n")
      #expect(lines.count == 1, "\(label): one line, got: \(run.stderr)", sourceLocation: sourceLocation)
      #expect(run.stderr.hasPrefix("learnlog: error:"), "\(label): \(run.stderr)", sourceLocation: sourceLocation)
      #expect(run.stderr.contains(naming), "\(label) should name \(naming): \(run.stderr)", sourceLocation: sourceLocation)
      #expect(!run.stdout.contains("Saved as entry"), "\(label)", sourceLocation: sourceLocation)
      expectNoAnswers(onStandardErrorOf: run)
    }
  }

  private func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test func pathUnderARegularFileIsRefused() throws {
    let sandbox = try Sandbox()
    // A folder mode would not stop root (the tests may run as root); a file in the way does.
    let file = try sandbox.write("not a folder\n", to: "file.txt")
    let db = file + "/sub/learnlog.sqlite3"
    try expectRefusal(db: db, naming: file, in: sandbox)
    #expect(try bytes(file) == Array("not a folder\n".utf8))
  }

  @Test func databaseFromANewerLearnlogIsRefusedAndUntouched() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("newer.sqlite3")
    // A real learnlog database, then its header's user_version (offset 60, big-endian) set
    // to 99, as a future learnlog would leave it.
    let created = try BinaryRunner.learnlog(
      ["reflect", "--db", db], environment: sandbox.environment(includesDatabase: false))
    try #require(created.status == 0, "\(created.description)")
    var header = try bytes(db)
    try #require(header.count >= 100)
    #expect(Array(header[68..<72]) == Array("LLOG".utf8), "learnlog's application_id")
    header.replaceSubrange(60..<64, with: [0, 0, 0, 99])
    try Data(header).write(to: URL(fileURLWithPath: db))
    try expectRefusal(db: db, naming: db, in: sandbox)
    #expect(try bytes(db) == header)
    #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
    let run = try BinaryRunner.learnlog(
      ["log", "--db", db], environment: sandbox.environment(includesDatabase: false))
    #expect(run.stderr.contains("newer"), "says what is wrong: \(run.stderr)")
  }

  @Test func textFileGivenAsTheDatabaseIsRefusedAndUntouched() throws {
    let sandbox = try Sandbox()
    let text = "Shopping list\n- milk\n- 我们讨论了目标\n"
    let db = try sandbox.write(text, to: "notes.txt")
    try expectRefusal(db: db, naming: db, in: sandbox)
    #expect(try bytes(db) == Array(text.utf8))
    #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
    #expect(!FileManager.default.fileExists(atPath: db + "-journal"))
  }

  @Test func unknownCommandsAndOptionsSuggestTheNearest() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let help = try BinaryRunner.learnlog(["--help"], environment: environment)

    let typo = try BinaryRunner.learnlog(["reflcet"], environment: environment)
    #expect(typo.status == 64, "\(typo.description)")
    #expect(typo.stderr.hasPrefix("learnlog: error:"))
    #expect(typo.stderr.contains("did you mean 'reflect'"), "\(typo.stderr)")

    let review = try BinaryRunner.learnlog(["reveiw"], environment: environment)
    #expect(review.status == 64, "\(review.description)")
    #expect(review.stderr.contains("reveiw"))
    #expect(review.stdout.isEmpty)
    // "review" arrives with the prepare/review commands; once it exists it is the suggestion.
    if commandNames(inHelp: help.stdout).contains("review") {
      #expect(review.stderr.contains("did you mean 'review'"), "\(review.stderr)")
    }

    let option = try BinaryRunner.learnlog(["log", "--jsno"], environment: environment)
    #expect(option.status == 64, "\(option.description)")
    #expect(option.stderr.contains("did you mean '--json'"), "\(option.stderr)")
  }

  @Test func versionAndHelpOnEveryCommand() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let version = try BinaryRunner.learnlog(["--version"], environment: environment)
    #expect(version.status == 0)
    #expect(version.stdout.hasPrefix("learnlog "), "\(version.stdout)")
    #expect(version.stdout.contains { $0.isNumber }, "\(version.stdout)")

    let help = try BinaryRunner.learnlog(["--help"], environment: environment)
    #expect(help.status == 0)
    let commands = commandNames(inHelp: help.stdout)
    #expect(commands.isSuperset(of: ["reflect", "log", "show", "import"]), "\(commands)")
    // Every command, and every subcommand a command lists, answers --help.
    var pending = commands.sorted().map { [$0] }
    var checked = 0
    while let path = pending.popLast(), checked < 100 {
      checked += 1
      let run = try BinaryRunner.learnlog(path + ["--help"], environment: environment)
      let label = path.joined(separator: " ")
      #expect(run.status == 0, "\(label) --help: \(run.description)")
      #expect(run.stdout.contains("USAGE"), "\(label) --help: \(run.stdout)")
      #expect(run.stderr.isEmpty, "\(label) --help: \(run.stderr)")
      #expect(!sandbox.hasDatabaseFile, "\(label) --help must not create the log")
      pending += commandNames(inHelp: run.stdout).sorted().map { path + [$0] }
    }
  }

  /// The names listed under COMMANDS: in a help text.
  private func commandNames(inHelp text: String) -> Set<String> {
    var names = Set<String>()
    var isInCommands = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("COMMANDS:") || line.hasPrefix("SUBCOMMANDS:") {
        isInCommands = true
        continue
      }
      guard isInCommands else { continue }
      // A blank line or the next heading ends the section; deeper indents are wrapped text.
      guard line.hasPrefix("  ") else { break }
      if line.dropFirst(2).first != " ", let name = line.split(separator: " ").first {
        names.insert(String(name))
      }
    }
    return names
  }
}

extension Sandbox {
  /// Whether anything created the default log of `environment()`.
  var hasDatabaseFile: Bool { FileManager.default.fileExists(atPath: databasePath) }
}
