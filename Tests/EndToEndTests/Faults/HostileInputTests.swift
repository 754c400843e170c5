import Foundation
import Testing

/// Invalid UTF-8, NUL bytes and control characters in typed, piped and imported text, and CJK
/// answers without a usable locale: never a crash, stored text is valid UTF-8, and what was
/// changed is reported in one line that quotes none of it.
@Suite("Faults: hostile input and locales", .serialized)
struct HostileInputTests {
  /// "Bad \xFF\xFE bytes, \0 nul, ESC[31m red, BEL bell, DEL zqv7kbad"
  static let hostileLine: [UInt8] =
    Array("Bad ".utf8) + [0xFF, 0xFE] + Array(" bytes, ".utf8) + [0x00] + Array(" nul, ".utf8)
    + [0x1B] + Array("[31m red, ".utf8) + [0x07] + Array(" bell, ".utf8) + [0x7F]
    + Array(" zqv7kbad".utf8)
  static let hostileStored = "Bad \u{FFFD}\u{FFFD} bytes,  nul, [31m red,  bell,  zqv7kbad"

  @Test("Piped answers with invalid UTF-8, NUL and control characters are cleaned and reported")
  func pipedHostileAnswer() throws {
    let sandbox = try FaultSandbox()
    let plain = Faults.answer(2)
    sandbox.keepSecret([plain, "zqv7kbad", "zqv7knul"])
    let nulOnly = Array("Only".utf8) + [0x00, 0x00] + Array(" two NULs zqv7knul".utf8)
    let input = Faults.input(Faults.context()) + Self.hostileLine + [0x0A] + Array((plain + "\n").utf8)
      + nulOnly + [0x0A]
    let result = try sandbox.run(["reflect"], input: input)
    #expect(result.status == 0 && !result.wasSignalled, "\(result.description)")
    #expect(
      result.out.contains(
        "In that answer, 4 control characters were removed and 2 unreadable characters (not valid UTF-8) were replaced with \u{FFFD}."
      ), "\(result.out)")
    #expect(result.out.contains("2 control characters were removed from that answer."))
    // One hint per cleaned answer; the clean one gets none.
    #expect(result.out.components(separatedBy: "from that answer").count - 1 == 1)
    #expect(!result.out.contains("zqv7kbad") && !result.err.contains("zqv7kbad"))
    let stored = try Faults.storedAnswers(1, in: sandbox)
    #expect(stored == [Self.hostileStored, plain, "Only two NULs zqv7knul"])
    try expectValidUTF8(in: sandbox.databasePath)
  }

  @Test("Random bytes on standard input never crash a reflection")
  func randomBytes() throws {
    let sandbox = try FaultSandbox()
    var generator = SeededGenerator(seed: 6)
    for round in 0..<4 {
      var bytes = Faults.input(Faults.context())
      for _ in 0..<(20_000 * (round + 1)) {
        // Mostly noise, with line breaks often enough to make many answers.
        let byte = UInt8.random(in: 0...255, using: &generator)
        bytes.append(byte % 23 == 0 ? 0x0A : byte)
      }
      let result = try sandbox.run(["reflect"], input: bytes, timeout: 300)
      #expect(!result.wasSignalled && result.status == 0, "\(result.err)")
    }
    try expectValidUTF8(in: sandbox.databasePath)
    let log = try sandbox.run(["log", "--json"])
    #expect(log.status == 0)
  }

  @Test("Typed in a terminal: invalid bytes and a Ctrl-V control character are cleaned and reported")
  func typedHostileAnswer() throws {
    guard FaultTerminal.isAvailable else { return }
    let sandbox = try FaultSandbox()
    sandbox.keepSecret(["zqv7ktyped"])
    let terminal = try FaultTerminal(sandbox: sandbox, arguments: ["reflect"])
    let questions = ["When was the session", "Who was your coachee", "Was this your Best"]
    for (line, question) in zip(Faults.context(), questions) {
      try terminal.waitForPrompt(after: question)
      try terminal.type(line)
      try terminal.press("Enter")
    }
    try terminal.waitForPrompt(after: "Goal")
    try terminal.type("Typed ")
    // Ctrl-V inserts the next key literally: a BEL (Ctrl-G) and an ESC go into the line.
    try terminal.press("C-v", "C-g")
    try terminal.press("C-v", "Escape")
    try terminal.sendBytes([0x20, 0xFF, 0x20])
    try terminal.type("世界 zqv7ktyped")
    try terminal.press("Enter")
    try terminal.waitFor(
      "In that answer, 2 control characters were removed and 1 unreadable character (not valid UTF-8) was replaced with \u{FFFD}."
    )
    try terminal.waitForPrompt(after: "Reality")
    try terminal.press("C-d")
    #expect(try terminal.waitForExit() == 0)
    terminal.expectNoSecrets()
    let stored = try Faults.storedAnswers(1, in: sandbox)
    try #require(stored.count == 1)
    #expect(stored[0] == "Typed  \u{FFFD} 世界 zqv7ktyped", "\(stored)")
    #expect(!stored[0].unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(stored)")
    try expectValidUTF8(in: sandbox.databasePath)
  }

  @Test("An imported file with NULs, controls and invalid UTF-8 is stored clean and the changes reported")
  func hostileImport() throws {
    let sandbox = try FaultSandbox()
    let file = sandbox.path("notes.md")
    var bytes = Array("# Best session\n\nQuestion 1. What did I do?\nI listened ".utf8)
    bytes += [0x00, 0xC3, 0x28, 0x1B] + Array("[2J and waited zqv7kimport.\n".utf8)
    bytes += Array("\nQuestion 2. How do I think/feel about this?\nCalm\u{7}.\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    sandbox.keepSecret(["zqv7kimport"])
    let result = try sandbox.run(["import", file, "--coachee", "Ravi"])
    #expect(result.status == 0, "\(result.description)")
    #expect(result.err.contains("NUL") && result.err.contains("control character"), "\(result.err)")
    #expect(result.err.contains("U+FFFD"), "\(result.err)")
    let stored = try Faults.storedAnswers(1, in: sandbox)
    #expect(stored.first == "I listened \u{FFFD}([2J and waited zqv7kimport.", "\(stored)")
    try expectValidUTF8(in: sandbox.databasePath)
  }

  @Test("jrnl and JSON imports of hostile bytes: clean notes or one clear line, never a crash")
  func hostileJournalAndExport() throws {
    let sandbox = try FaultSandbox()
    var journal = Array("[2026-11-28 09:00] Title \u{1B}[31m zqv7kjrnl\nBody ".utf8)
    journal += [0x00, 0xFF, 0x07] + Array(" end\n\n[2026-11-29 10:00] Second\nok\n".utf8)
    let journalPath = sandbox.path("journal.txt")
    try Data(journal).write(to: URL(fileURLWithPath: journalPath))
    sandbox.keepSecret(["zqv7kjrnl"])
    let imported = try sandbox.run(["import", "--format", "jrnl", journalPath])
    #expect(imported.status == 0, "\(imported.description)")
    #expect(imported.err.contains("U+FFFD") && imported.err.contains("NUL"), "\(imported.err)")
    try expectValidUTF8(in: sandbox.databasePath, table: "notes")

    var generator = SeededGenerator(seed: 7)
    for shape in 0..<3 {
      var bytes: [UInt8]
      switch shape {
      case 0: bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
      case 1: bytes = Array("{\"learnlog\": 1, \"entries\": [{\"id\": \"\u{0}\"".utf8) + [0xFF]
      default: bytes = Array(("{\"learnlog\": 1, \"entries\": " + String(repeating: "[", count: 100_000)).utf8)
      }
      let path = sandbox.path("export-\(shape).json")
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let result = try sandbox.run(["import", "--format", "json", path])
      #expect(!result.wasSignalled && result.status == 1, "\(shape): \(result.description)")
      #expect(result.err.split(separator: "\n").count == 1, "\(shape): \(result.err)")
    }
  }

  // MARK: - Locales

  @Test(
    "CJK answers are stored byte for byte with no locale, LANG=C, or a locale that is not installed",
    arguments: ["none", "C", "xx_YY.UTF-8"])
  func cjkWithoutLocale(locale: String) throws {
    let sandbox = try FaultSandbox()
    let answers = ["目標は来月の売上を一〇％伸ばすこと zqv7kcjk1", "현실: 고객이 떠났다 zqv7kcjk2", "选项：三个 zqv7kcjk3"]
    sandbox.keepSecret(answers)
    var environment = sandbox.environment()
    environment["LANG"] = nil
    if locale != "none" { environment["LANG"] = locale }
    if locale == "none" {
      // env -i: nothing at all but the database.
      environment = ["LEARNLOG_DB": sandbox.databasePath, "XDG_CONFIG_HOME": sandbox.path("config")]
    }
    let process = try FaultProcess(
      [try Faults.binary(), "reflect"], environment: environment)
    process.write(Faults.input(["2026-11-28", "佐藤さん", "best"] + answers))
    process.closeInput()
    let result = process.wait()
    sandbox.expectNoSecrets(in: result)
    #expect(result.status == 0, "\(result.description)")
    let entry = try Faults.show(1, in: sandbox)
    #expect(entry["coachee"] as? String == "佐藤さん")
    #expect(try Faults.storedAnswers(1, in: sandbox) == answers)
    if Faults.hasSQLiteShell {
      let hex = try Faults.sqlite(
        sandbox.databasePath, "SELECT hex(text) FROM answers WHERE step = 'goal'")
      #expect(hex == Array(answers[0].utf8).map { String(format: "%02X", $0) }.joined())
    }
  }

  @Test(
    "CJK typed in a terminal without a locale is stored byte for byte",
    arguments: ["none", "C", "LC_ALL=C", "xx_YY.UTF-8"])
  func cjkTypedWithoutLocale(locale: String) throws {
    guard FaultTerminal.isAvailable else { return }
    let sandbox = try FaultSandbox()
    let answer = "聞くことを学んだ 그리고 기다렸다 zqv7kcjkt"
    sandbox.keepSecret([answer])
    var extra: [String: String?] = ["LANG": nil, "LC_ALL": nil, "LC_CTYPE": nil]
    if locale == "LC_ALL=C" {
      extra["LC_ALL"] = "C"
    } else if locale != "none" {
      extra["LANG"] = locale
    }
    let terminal = try FaultTerminal(sandbox: sandbox, arguments: ["reflect"], extra: extra)
    let questions = ["When was the session", "Who was your coachee", "Was this your Best"]
    for (line, question) in zip(["2026-11-28", "佐藤", "best"], questions) {
      try terminal.waitForPrompt(after: question)
      try terminal.type(line)
      try terminal.press("Enter")
    }
    try terminal.waitForPrompt(after: "Goal")
    // Type with a mistake and fix it with Backspace: a whole CJK character must go, not a byte.
    try terminal.type(answer + "世")
    try terminal.press("BSpace")
    try terminal.press("Enter")
    try terminal.waitForPrompt(after: "Reality")
    try terminal.press("C-d")
    #expect(try terminal.waitForExit() == 0)
    terminal.expectNoSecrets()
    #expect(try Faults.storedAnswers(1, in: sandbox) == [answer])
    #expect(try Faults.show(1, in: sandbox)["coachee"] as? String == "佐藤")
  }

  // MARK: - Helpers

  /// Every text value in the database is valid UTF-8 (read as bytes, not through learnlog).
  private func expectValidUTF8(
    in path: String, table: String = "answers", sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    guard Faults.hasSQLiteShell else { return }
    let sql = table == "notes"
      ? "SELECT hex(text) FROM notes UNION ALL SELECT hex(title) FROM notes"
      : "SELECT hex(text) FROM answers UNION ALL SELECT hex(text) FROM turns UNION ALL SELECT hex(coachee) FROM entries"
    let hex = try Faults.sqlite(path, sql)
    for line in hex.split(separator: "\n") {
      let bytes = stride(from: 0, to: line.count, by: 2).compactMap { offset -> UInt8? in
        let start = line.index(line.startIndex, offsetBy: offset)
        return UInt8(line[start..<line.index(start, offsetBy: 2)], radix: 16)
      }
      if String(validating: bytes, as: UTF8.self) == nil {
        Issue.record("stored text is not valid UTF-8: \(line.prefix(80))", sourceLocation: sourceLocation)
      }
      if bytes.contains(0) {
        Issue.record("stored text holds a NUL byte", sourceLocation: sourceLocation)
      }
    }
  }
}

/// A small deterministic generator (SplitMix64), so a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
