import Foundation
import Testing

@testable import LearnLogCLI

@Suite struct ManPageFormatterTests {
  let page = ManPageFormatter(
    date: "2025-01-31", source: "learnlog 1.0",
    files: [.init("~/.local/share/learnlog/learnlog.db", "The database.")],
    environment: [.init("LEARNLOG_DB", "The database file, unless --db is given.")],
    seeAlso: ["sqlite3(1)"]
  ).render(ExampleCommandTree.root)

  @Test func hasEverySection() {
    for section in [
      ".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS", ".SH COMMANDS",
      ".SH EXAMPLES", ".SH FILES", ".SH ENVIRONMENT", ".SH \"EXIT STATUS\"", ".SH \"SEE ALSO\"",
    ] {
      #expect(page.contains("\n" + section + "\n"), "missing \(section)")
    }
    #expect(
      page.hasPrefix(".TH \"LEARNLOG\" 1 \"2025-01-31\" \"learnlog 1.0\" \"User Commands\"\n"))
    #expect(page.contains(".SH NAME\nlearnlog \\- a terminal reflection coach\n"))
  }

  @Test func describesEveryVisibleCommandWithItsOptions() {
    for command in [
      "learnlog reflect", "learnlog show", "learnlog rules list", "learnlog rules try",
    ] {
      #expect(page.contains(".SS \"\(command)\""), "missing \(command)")
    }
    #expect(page.contains("\\fB\\-n\\fR, \\fB\\-\\-limit\\fR \\fIn\\fR\n"))
    #expect(page.contains("\\fB64\\fR\nUsage error"))
    #expect(!page.contains("complete\\-ids"))
  }

  @Test func escapesRoffControlCharacters() {
    #expect(ManPageFormatter.escaped(".hidden\n'quoted") == "\\&.hidden\n\\&'quoted")
    #expect(ManPageFormatter.escaped("a\\b-c") == "a\\eb\\-c")
  }

  @Test func groffAcceptsThePageWithoutWarnings() throws {
    guard let groff = findExecutable("groff") else { return }
    let result = try runProcess(groff, ["-man", "-Tutf8", "-ww", "-z"], input: page)
    #expect(result.status == 0)
    #expect(result.errorOutput == "")
  }
}
