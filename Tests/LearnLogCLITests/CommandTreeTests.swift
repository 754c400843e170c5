import Foundation
import Testing

@testable import LearnLogCLI

@Suite("learnlog's command tree")
struct CommandTreeTests {
  @Test func theTreeIsWellFormed() {
    #expect(CommandTree.root.validationProblems() == [])
  }

  /// Every command, as the path `learnlog help` takes.
  static var allPaths: [[String]] {
    func walk(_ command: CommandSpec, _ path: [String]) -> [[String]] {
      [path] + command.visibleSubcommands.flatMap { walk($0, path + [$0.name]) }
    }
    return walk(CommandTree.root, [])
  }

  @Test func everyCommandHasHelpWithUsageDescriptionAndExamples() {
    for path in Self.allPaths {
      let help = HelpFormatter.render(path, root: CommandTree.root, width: 80)
      #expect(help.contains("USAGE:"), "no usage for \(path)")
      #expect(help.contains("EXAMPLES:"), "no examples for \(path)")
      for line in help.split(separator: "\n") {
        #expect(line.count <= 80, "help for \(path) has a line wider than 80 columns")
      }
    }
  }

  /// Every date option reads dates as the chat does (`DateBounds.date`), so every one lists the
  /// same forms. (`--programme-start`, a configuration value, takes YYYY-MM-DD only.)
  @Test func everyDateOptionListsTheSameForms() throws {
    var checked = 0
    for path in Self.allPaths {
      let options = try #require(CommandTree.root.lineage(for: path)).availableOptions
      for option in options where ["date", "since", "until"].contains(option.long) {
        #expect(option.help.contains("YYYY-MM-DD, today, yesterday or N days ago"), "\(path) --\(option.long)")
        checked += 1
      }
    }
    #expect(checked >= 8)
  }

  @Test func theManualPageHasNoTroffWarnings() throws {
    let page = ManualPage.render(date: .init(year: 2026, month: 12, day: 3)!)
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "FILES", "ENVIRONMENT", "EXIT STATUS"] {
      #expect(page.contains(".SH \(section)") || page.contains(".SH \"\(section)\""))
    }
    guard let groff = findExecutable("groff") else { return }
    let result = try runProcess(groff, ["-man", "-Tutf8", "-ww", "-z"], input: page)
    #expect(result.errorOutput == "")
  }
}
