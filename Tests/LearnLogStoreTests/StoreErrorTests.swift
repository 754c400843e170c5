import LearnLogStore
import Testing

@Suite("Error messages")
struct StoreErrorTests {
  static let errors: [StoreError] = [
    .cannotCreateFolder(path: "/p", reason: "Permission denied"),
    .notWritable(path: "/p", reason: "Permission denied"),
    .cannotOpen(path: "/p"),
    .notARegularFile(path: "/dev/null", kind: "a device"),
    .notALearnLogDatabase(path: "/p"),
    .newerSchema(path: "/p", found: 9, supported: 1),
    .readOnly(path: "/p"),
    .readOnlyOutdated(path: "/p", found: 3, supported: 4),
    .searchNeedsUpgrade(path: "/p"),
    .corrupt(path: "/p"),
    .diskFull(path: "/p"),
    .busy(path: "/p"),
    .entryNotFound(id: 4),
    .sessionNotFound(id: 4),
    .followUpNotFound(entryID: 4, ruleID: "vague-goal"),
    .notAnAnswerStep(step: "kind"),
    .unexpectedValue(table: "entries", column: "kind", rowID: 4),
    .sqlite(code: 1, message: "no such table: x", sql: "SELECT * FROM x"),
    .sqlite(code: 10, message: "disk I/O error", sql: nil),
  ]

  @Test(arguments: errors)
  func eachMessageIsOneLineAndSaysWhatToDo(error: StoreError) {
    let message = error.message
    #expect(!message.isEmpty)
    #expect(!message.contains("\n"))
    #expect(error.description == message)
    let advice = [
      "--db", "upgrade", "learnlog log", "learnlog show", "doctor", "report", "try again", "fix",
      "free", "make", "close", "check", "choose", "learnlog sessions",
    ]
    #expect(advice.contains { message.contains($0) }, "no advice in: \(message)")
    // Like every learnlog error: lower case after `learnlog: error: ` (a path or SQLite's name
    // aside), and no full stop, so it also reads inside a sentence.
    #expect(
      message.first?.isLowercase == true || message.hasPrefix("/") || message.hasPrefix("SQLite"),
      "\(message)")
    #expect(!message.hasSuffix("."), "\(message)")
  }

  @Test func pathsAreNamedWhereTheProblemIsAFile() {
    #expect(StoreError.readOnly(path: "/data/log.sqlite3").message.contains("/data/log.sqlite3"))
    #expect(StoreError.newerSchema(path: "/p", found: 9, supported: 1).message.contains("9"))
  }
}
