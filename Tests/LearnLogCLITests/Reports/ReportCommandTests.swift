import Foundation
import LearnLog
import LearnLogStore
import LearnLogTerminal
import LearnLogTestSupport
import Testing

@testable import LearnLogCLI

#if canImport(Glibc)
  import Glibc
#endif

@Suite("prepare and review over a real log")
struct ReportCommandTests {
  static let filters: [ReportFilter] = [
    .everything,
    ReportFilter(since: CalendarDate(iso: "2026-09-01"), until: CalendarDate(iso: "2026-11-30")),
    ReportFilter(ruleID: "questions.open"),
    ReportFilter(question: 2),
    ReportFilter(since: CalendarDate(iso: "2027-01-01")),
  ]

  @Test(arguments: filters)
  func sqlAggregatesMatchTheEntriesCountedInMemory(filter: ReportFilter) throws {
    let sample = try SampleStore()
    var actual = try sample.store.activity(filter: filter)
    let expected = SampleLog.activity(filter: filter)
    actual.tallies.sort { ($0.ruleID, $0.month, $0.response.rawValue) < ($1.ruleID, $1.month, $1.response.rawValue) }
    #expect(actual == expected)
  }

  @Test(arguments: [1, 2, 6, 16])
  func answerHistoryMatchesTheEntries(question: Int) throws {
    let sample = try SampleStore()
    let filter = ReportFilter(question: question)
    #expect(try sample.store.answerHistory(question: question, filter: filter) == SampleLog.answerHistory(question: question, filter: filter))
  }

  @Test(arguments: PrepareCommand.formats)
  func prepareMatchesTheGoldenFile(format: String) throws {
    let sample = try SampleStore()
    let command = PrepareCommand(format: format)
    let brief = try command.makeBrief(store: sample.store, reasons: RuleReasons(), today: SampleLog.today)
    let difference = try CommandGolden.check(try command.render(brief), "prepare.\(format)")
    #expect(difference == nil, "\(difference ?? "")")
  }

  struct ReviewCase: Sendable, CustomTestStringConvertible {
    var format: String
    var filter: ReportFilter
    var file: String
    var testDescription: String { file }
  }

  static let reviewCases = [
    ReviewCase(format: "text", filter: .everything, file: "review.txt"),
    ReviewCase(format: "html", filter: .everything, file: "review.html"),
    ReviewCase(format: "json", filter: .everything, file: "review.json"),
    ReviewCase(format: "text", filter: ReportFilter(question: 7), file: "review-question-7.txt"),
    ReviewCase(
      format: "text",
      filter: ReportFilter(since: CalendarDate(iso: "2026-10-01"), ruleID: "feelings.name-it"),
      file: "review-since-rule.txt"),
  ]

  @Test(arguments: reviewCases)
  func reviewMatchesTheGoldenFile(_ example: ReviewCase) throws {
    let sample = try SampleStore()
    let command = ReviewCommand(filter: example.filter, format: example.format)
    let review = try command.makeReview(store: sample.store, reasons: RuleReasons())
    let text = try command.render(review, width: 80, style: TerminalStyle(isColourEnabled: false))
    let difference = try CommandGolden.check(text, example.file)
    #expect(difference == nil, "\(difference ?? "")")
  }

  @Test func theNewestCompleteReflectionsAreChosen() throws {
    // Entry 4 is an older Most Challenging reflection; entry 7 is a draft.
    let sample = try SampleStore()
    #expect(try sample.store.newestCompleteEntryID(kind: .best) == 5)
    #expect(try sample.store.newestCompleteEntryID(kind: .challenging) == 6)
    #expect(try sample.store.newestCompleteEntryID(kind: .other) == 3)
  }

  @Test func aMissingSideGivesHalfABriefWithANote() throws {
    let sample = try SampleStore(Array(SampleLog.entries.prefix(3)) + [SampleLog.entry(5)].map { entry in
      var entry = entry
      entry.id = 4
      return entry
    })
    let brief = try PrepareCommand().makeBrief(store: sample.store, reasons: RuleReasons(), today: SampleLog.today)
    #expect(brief.best.entry?.id == 4)
    #expect(brief.missingKinds == [.challenging])
  }

  @Test func bothMissingIsAnErrorThatSaysWhatToDo() throws {
    let sample = try SampleStore(Array(SampleLog.entries.prefix(3)))
    #expect(throws: CLIError.other(PrepareCommand.nothingToPrepare)) {
      try PrepareCommand().makeBrief(store: sample.store, reasons: RuleReasons(), today: SampleLog.today)
    }
    #expect(PrepareCommand.nothingToPrepare.contains("learnlog reflect"))
  }

  @Test func aChosenEntryThatDoesNotExistIsAnError() throws {
    let sample = try SampleStore()
    #expect(throws: CLIError.entryNotFound(99)) {
      try PrepareCommand(bestID: 99).makeBrief(store: sample.store, reasons: RuleReasons(), today: SampleLog.today)
    }
    let chosen = try PrepareCommand(bestID: 1, challengingID: 4).makeBrief(store: sample.store, reasons: RuleReasons(), today: SampleLog.today)
    #expect(chosen.entries.map(\.id) == [1, 4])
  }

  @Test func theOppositeKindOrTheSameEntryTwiceIsRefused() throws {
    let sample = try SampleStore()
    let today = SampleLog.today
    // Entry 4 is a Most Challenging reflection: not a Best one.
    #expect(throws: CLIError.self) {
      try PrepareCommand(bestID: 4).makeBrief(store: sample.store, reasons: RuleReasons(), today: today)
    }
    // Entry 1 (an Other session) may stand in for either side, but not for both.
    #expect(throws: CLIError.self) {
      try PrepareCommand(bestID: 1, challengingID: 1).makeBrief(
        store: sample.store, reasons: RuleReasons(), today: today)
    }
  }

  @Test(arguments: ["prepare", "review"])
  func outputFileIsPrivate(command: String) throws {
    let sample = try SampleStore()
    let output = sample.folder + "/report.html"
    umask(0o022)
    let status = LearnLogProgram.run([command, "--db", sample.path, "--format", "html", "-o", output], environment: ["HOME": sample.folder])
    #expect(status == 0)
    var info = stat()
    #expect(stat(output, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    let html = try String(contentsOfFile: output, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
  }

  @Test("A file name of a format the command does not write is refused, with or without --format",
    arguments: [
      ["prepare", "-o", "brief.pdf"], ["prepare", "--format", "html", "-o", "brief.txt"],
      ["review", "-o", "review.md"], ["review", "--format", "html", "-o", "review.md"],
      ["export", "-o", "notes.txt"], ["export", "--format", "json", "-o", "notes.md"],
      ["sessions", "export", "-o", "hours.json"], ["sessions", "export", "-o", "hours.txt"],
    ])
  func foreignExtensionIsRefused(arguments: [String]) throws {
    let sample = try SampleStore()
    let named = sample.folder + "/" + (arguments.last ?? "")
    let given = Array(arguments.dropLast()) + [named]
    #expect(LearnLogProgram.run(given + ["--db", sample.path], environment: ["HOME": sample.folder]) == 64)
    #expect(!FileManager.default.fileExists(atPath: named))
  }

  @Test("The refusal names the endings a person types (.txt for text, .csv for the hours log)")
  func refusalNamesTypedEndings() throws {
    let sample = try SampleStore()
    for (arguments, ending) in [
      (["review", "-o", sample.folder + "/r.md"], "give a file ending in .txt, .html or .json"),
      (["sessions", "export", "-o", sample.folder + "/h.json"], "give a file ending in .csv"),
    ] {
      let parsed = try ArgumentParser.parse(arguments + ["--db", sample.path], root: CommandTree.root)
      guard case .run(let command) = parsed else {
        Issue.record("not a command: \(arguments)")
        continue
      }
      let choices = arguments[0] == "review" ? ReviewCommand.formats : ["icf-csv"]
      #expect {
        _ = try ReportOutput.format(
          command, choices: choices, fallback: choices[0], fileFormats: ["csv": "icf-csv"])
      } throws: { error in
        (error as? UsageError)?.message.hasSuffix(ending) == true
      }
    }
    let hours = sample.folder + "/hours.csv"
    #expect(LearnLogProgram.run(["sessions", "export", "--db", sample.path, "-o", hours], environment: ["HOME": sample.folder]) == 0)
    #expect(try String(contentsOfFile: hours, encoding: .utf8).contains("Total hours"))
  }

  @Test func exportFollowsTheFileNameLikeTheReports() throws {
    let sample = try SampleStore()
    for (name, start) in [("log.md", "# learnlog export"), ("log.json", "{"), ("log", "{")] {
      let output = sample.folder + "/" + name
      #expect(LearnLogProgram.run(["export", "--db", sample.path, "-o", output], environment: ["HOME": sample.folder]) == 0)
      #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix(start), "\(name)")
    }
  }

  @Test("-o FILE names the format by its extension; a --format that contradicts it is refused",
    arguments: ["prepare", "review"])
  func formatFromTheFileName(command: String) throws {
    let sample = try SampleStore()
    for (name, start) in [("brief.html", "<!DOCTYPE html>"), ("brief.json", "{")] {
      let output = sample.folder + "/" + name
      #expect(LearnLogProgram.run([command, "--db", sample.path, "-o", output], environment: ["HOME": sample.folder]) == 0)
      #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix(start), "\(name)")
    }
    let clash = sample.folder + "/clash.html"
    #expect(LearnLogProgram.run([command, "--db", sample.path, "--format", "json", "-o", clash], environment: ["HOME": sample.folder]) == 64)
    #expect(!FileManager.default.fileExists(atPath: clash))
  }

  @Test(arguments: [
    ["review", "--format", "pdf"], ["review", "--question", "17"], ["prepare", "--best", "x"],
    ["prepare", "--format", "txt"],
  ])
  func badArgumentsAreUsageErrors(arguments: [String]) throws {
    let sample = try SampleStore()
    #expect(LearnLogProgram.run(arguments + ["--db", sample.path], environment: ["HOME": sample.folder]) == 64)
  }

  @Test func aBadDateFails() throws {
    let sample = try SampleStore()
    #expect(LearnLogProgram.run(["review", "--since", "last week", "--db", sample.path], environment: ["HOME": sample.folder]) == 64)
  }

  @Test func theRealCommandTreeIsSound() {
    #expect(CommandTree.root.validationProblems() == [])
  }
}
