import Testing

@testable import LearnLog

@Suite("Reflection document import errors")
struct ReflectionDocumentErrorTests {
  private func error(_ text: String) -> ImportError? {
    do {
      _ = try ReflectionDocument.parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func duplicateQuestionNamesBothLines() {
    let text = "Q1: a\nQ2: b\n\nQ7: c\nmore\nQuestion 7. What will I do differently?\nd"
    let found = error(text)
    #expect(found == .duplicateQuestion(number: 7, line: 6, firstLine: 4))
    #expect(found?.message == "line 6: question 7 appears twice (first at line 4)")
    #expect(found?.line == 6)
  }

  @Test func questionNumberOutOfRange() {
    #expect(error("Q1: a\n\nQ17: b") == .questionOutOfRange(number: 17, line: 3, questionCount: 16))
    #expect(error("## 0\nx") == .questionOutOfRange(number: 0, line: 1, questionCount: 16))
    #expect(
      error("Q1: a\nQuestion 20\nb")?.message
        == "line 2: question 20 is not one of the 16 questions (1-16)")
  }

  @Test func noQuestionFound() {
    let found = error("Just some notes.\nNothing numbered.\n1. a list item\n")
    // Three lines: the final line break ends the third, it starts no fourth.
    #expect(found == .noQuestionFound(lineCount: 3))
    #expect(found?.message.hasPrefix("line 3: reached the end without finding a question") == true)
    #expect(error("Only notes.")?.message.hasPrefix("line 1: reached the end") == true)
  }

  @Test func anExportOrAJournalGivenAsTextSaysWhichFormatToAsk() {
    let export = "{\n  \"learnlog\" : 1,\n  \"entries\" : [\n    { \"answers\" : { \"7\" : \"Q1: x\" } }\n  ]\n}\n"
    #expect(error(export) == .otherImportFormat(.json))
    #expect(
      error(export)?.message
        == "line 1: this looks like a learnlog JSON export, not a text reflection; "
        + "import it with `learnlog import --format json FILE`")
    let journal = "\n[2026-11-28 09:00] Coffee with Ravi\nWe talked.\n\n2026-11-29 10:00 Later\nMore.\n"
    #expect(error(journal) == .otherImportFormat(.jrnl))
    #expect(error(journal)?.message.hasSuffix("`learnlog import --format jrnl FILE`") == true)
    // Other JSON, or a reflection that happens to open with a dated line, keeps its own error.
    #expect(error("{\"entries\": []}\n") == .noQuestionFound(lineCount: 1))
    #expect(
      error("[2026-11-28 09:00] Session\nQ1: a\nQ1: b\n")
        == .duplicateQuestion(number: 1, line: 3, firstLine: 2))
  }

  @Test func emptyInput() {
    #expect(error("") == .empty)
    #expect(error(" \n\n\t\n") == .empty)
    #expect(throws: ImportError.empty) { try ReflectionDocument.parse([UInt8]()) }
  }

  @Test func binaryFormatsAreRefused() {
    #expect(throws: ImportError.notPlainText(.wordProcessor)) {
      try ReflectionDocument.parse([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
    }
    #expect(throws: ImportError.notPlainText(.pdf)) {
      try ReflectionDocument.parse(Array("%PDF-1.7\n".utf8))
    }
    #expect(throws: ImportError.notPlainText(.binary)) {
      try ReflectionDocument.parse([UInt8](repeating: 0, count: 200) + Array("Q1: x".utf8))
    }
  }

  @Test func tooLarge() {
    #expect(throws: ImportError.tooLarge(bytes: 11, limit: 10)) {
      try ReflectionDocument.parse(
        "Q1: 1234567", options: ReflectionImportOptions(maximumBytes: 10))
    }
  }

  @Test func messagesNeverQuoteTheAnswers() {
    let secret = "Ravi's confidential pricing"
    let errors = [
      error("Q1: \(secret)\nQ1: \(secret)"),
      error("Q99: \(secret)"),
      error(secret),
    ]
    for found in errors {
      let message = found?.message ?? ""
      #expect(!message.isEmpty)
      #expect(!message.contains("Ravi") && !message.contains("pricing"))
    }
  }

  @Test func aQuarterIsNotAQuestion() throws {
    // "Q3 revenue" has no separator; "Q3 2026" neither; "7:30" and "7.5" are numbers.
    let reflection = try ReflectionDocument.parse(
      "Q9: Revenue up.\nQ3 revenue grew\n7:30 meeting\n7.5 hours\nQ10: Better.")
    #expect(reflection.answers[9] == "Revenue up.\nQ3 revenue grew\n7:30 meeting\n7.5 hours")
    #expect(reflection.answers[10] == "Better.")
  }
}
