import Foundation
import Testing

/// The built binary: `LEARNLOG_BIN` (set by Scripts/test), else `learnlog` beside the test bundle.
private func learnlogBinary() -> String? {
  if let path = ProcessInfo.processInfo.environment["LEARNLOG_BIN"], !path.isEmpty { return path }
  var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for _ in 0..<3 {
    let candidate = folder.appendingPathComponent("learnlog").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    folder = folder.deletingLastPathComponent()
  }
  return nil
}

private struct Run {
  var status: Int32
  var output: String
  var errors: String
}

/// Runs learnlog with pipes for all three streams (so it sees no terminal).
private func learnlog(_ arguments: [String], db: String, input: String = "") throws -> Run {
  guard let binary = learnlogBinary() else { throw CancellationError() }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: binary)
  process.arguments = arguments
  process.environment = ["LEARNLOG_DB": db, "PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
  let stdin = Pipe()
  let stdout = Pipe()
  let stderr = Pipe()
  process.standardInput = stdin
  process.standardOutput = stdout
  process.standardError = stderr
  try process.run()
  stdin.fileHandleForWriting.write(Data(input.utf8))
  try stdin.fileHandleForWriting.close()
  let output = stdout.fileHandleForReading.readDataToEndOfFile()
  let errors = stderr.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Run(
    status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
    errors: String(decoding: errors, as: UTF8.self))
}

@Suite("search, note, export and import through the binary")
struct SearchEndToEndTests {
  let folder = NSTemporaryDirectory() + "learnlog-e2e-search-" + UUID().uuidString

  init() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  @Test(.enabled(if: learnlogBinary() != nil))
  func aNoteFromStandardInputIsStoredAndFoundWithBracketsWhenPiped() throws {
    let db = folder + "/log.sqlite3"
    let noted = try learnlog(
      ["note", "--date", "2026-11-28"], db: db,
      input: "\nAsk my coach about silence.\n  Second line, indented.\n\n")
    #expect(noted.status == 0)
    #expect(noted.output == "Noted (note 1, 2026-11-28). Find it again with `learnlog search`.\n")
    #expect(noted.errors.isEmpty)

    let found = try learnlog(["search", "silence"], db: db)
    #expect(found.status == 0)
    #expect(found.output == "note 1 · 2026-11-28\n  Ask my coach about [silence]. Second line, indented.\n")
    #expect(!found.output.contains("\u{1B}"))

    let exported = try learnlog(["export"], db: db)
    #expect(exported.output.contains("\"text\" : \"Ask my coach about silence.\\n  Second line, indented.\""))

    let empty = try learnlog(["note"], db: db, input: "\n  \n")
    #expect(empty.status == 1)
    #expect(empty.errors == "learnlog: error: the note is empty; give its text, or pipe it in\n")
    // An empty text on the command line is a usage error (exit 64), as a missing value is.
    let blank = try learnlog(["note", "", " "], db: db)
    #expect(blank.status == 64)
    #expect(blank.errors.hasPrefix("learnlog: error: the note is empty; give its text, or leave it out and pipe the note in\n"))
  }

  @Test(.enabled(if: learnlogBinary() != nil))
  func aNoteNeverKeepsTerminalCodesOrNUL() throws {
    let db = folder + "/log.sqlite3"
    // Shown again by search, these would clear the screen and retitle the window.
    let noted = try learnlog(["note"], db: db, input: "esc \u{1B}[2J\u{1B}]0;pwned\u{07} title a\u{0}b\n")
    #expect(noted.status == 0)
    #expect(noted.errors == "learnlog: 4 control characters were removed from the note.\n")
    let found = try learnlog(["search", "title"], db: db)
    #expect(found.output.contains("esc [2J]0;pwned [title] ab"), "\(found.output)")
    #expect(!found.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  @Test(.enabled(if: learnlogBinary() != nil))
  func userInputNeverBreaksTheQueryAndUsageErrorsExit64() throws {
    let db = folder + "/log.sqlite3"
    _ = try learnlog(["note", "Either this OR that, NOT both (really)."], db: db)
    for query in ["OR", "NOT both", "(really", "\"unclosed", "a:b", "NEAR(", "^x", "x-y", "+z"] {
      let run = try learnlog(["search", query], db: db)
      #expect(run.status == 0, "\(query): \(run.errors)")
    }
    // Nothing searchable is said as such, not as an SQLite error.
    let star = try learnlog(["search", "*"], db: db)
    #expect(star.status == 64)
    #expect(
      star.errors == "learnlog: error: there is nothing to search for in '*'; give a word or two\n"
        + "Run 'learnlog search --help' for usage.\n")
    // A search of many words is refused before it can run for minutes.
    let long = try learnlog(["search", (1...33).map { "w\($0)" }.joined(separator: " ")], db: db)
    #expect(long.status == 64)
    #expect(long.errors.hasPrefix(
      "learnlog: error: a search takes at most 32 words and this one has 33; keep the few that matter\n"))
    #expect(try learnlog(["search", String(repeating: "either* ", count: 200)], db: db).status == 0)
    #expect(try learnlog(["search", "x", "--kind", "bestest"], db: db).status == 64)
    #expect(try learnlog(["search", "x", "--question", "17"], db: db).status == 64)
  }

  @Test(.enabled(if: learnlogBinary() != nil))
  func aLogOfNotesOnlySaysWhereTheNotesAre() throws {
    let db = folder + "/log.sqlite3"
    #expect(try learnlog(["log"], db: db).output == "No entries yet. Start one with `learnlog reflect`.\n")
    _ = try learnlog(["note", "Ask about silence."], db: db)
    #expect(
      try learnlog(["log"], db: db).output
        == "No reflections yet; the log holds 1 note, which `learnlog search` finds. "
        + "Start a reflection with `learnlog reflect`.\n")
  }

  @Test(.enabled(if: learnlogBinary() != nil))
  func aNewerExportIsRefusedWithOneLine() throws {
    let db = folder + "/log.sqlite3"
    let file = folder + "/future.json"
    try Data("{\"learnlog\": 9, \"entries\": [], \"notes\": []}".utf8).write(to: URL(fileURLWithPath: file))
    let run = try learnlog(["import", "--format", "json", file], db: db)
    #expect(run.status == 1)
    #expect(run.errors.split(separator: "\n").count == 1)
    #expect(run.errors.contains("version 9, newer than the 1 this learnlog reads"))
  }
}
