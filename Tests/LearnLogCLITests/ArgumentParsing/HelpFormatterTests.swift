import Testing

@testable import LearnLogCLI

/// Snapshots of help for the example tree at 60 columns. A change in layout shows up here as a
/// line-by-line difference.
@Suite struct HelpFormatterTests {
  let root = ExampleCommandTree.root

  func help(_ path: [String]) -> String {
    HelpFormatter.render(path, root: root, width: 60)
  }

  @Test func rootHelpListsEveryCommand() {
    #expect(
      help([]) == """
        A terminal reflection coach.

        With no command, learnlog starts a reflection. Commands
        record coaching sessions, show past entries and try the
        follow-up rules.

        USAGE:
          learnlog [<options>] [<command>]

        OPTIONS:
              --db <path>  The database file.
              --no-color   Never use colour.
          -h, --help       Show help for this command.
              --version    Show the version.

        COMMANDS:
          reflect           Start or resume a reflection.
          show              Show an entry.
          rules             Inspect and try the follow-up rules.
            list (default)  List the rules.
            try             Show which rules fire on a text.
          export            Export entries.

        EXAMPLES:
          learnlog --db /tmp/test.db
              Reflect into a scratch database.

        Run 'learnlog <command> --help' for a command's options.

        """)
  }

  @Test func commandHelpHasArgumentsOptionsAndExamples() {
    #expect(
      help(["show"]) == """
        Show an entry.

        Prints the entry's answers in order, with the follow-ups the
        rules raised and how you responded to each.

        USAGE:
          learnlog show [<options>] <entry>

        ARGUMENTS:
          <entry>  The entry id.

        OPTIONS:
          -j, --json  Print JSON instead of text.
          -h, --help  Show help for this command.

        GLOBAL OPTIONS:
              --db <path>  The database file.
          Also --no-color: see `learnlog --help`.

        EXAMPLES:
          learnlog show 42
              Show entry 42.
          learnlog show --json 42 | jq .answers
              Pick the answers out of the JSON.

        """)
  }

  @Test func groupHelpListsSubcommandsAndTheDefault() {
    #expect(
      help(["rules"]) == """
        Inspect and try the follow-up rules.

        USAGE:
          learnlog rules [<options>] [<subcommand>]

        OPTIONS:
          -h, --help  Show help for this command.

        GLOBAL OPTIONS:
              --db <path>  The database file.
          Also --no-color: see `learnlog --help`.

        SUBCOMMANDS:
          list (default)  List the rules.
          try             Show which rules fire on a text.

        Run 'learnlog rules <subcommand> --help' for a subcommand's
        options.

        """)
  }

  @Test func optionHelpShowsDefaultsRepeatsAndWraps() {
    #expect(
      help(["rules", "try"]) == """
        Show which rules fire on a text.

        USAGE:
          learnlog rules try [<options>] <text> ...

        ARGUMENTS:
          <text> ...  The answer to try.

        OPTIONS:
              --rule <id>  Only this rule. (repeatable)
          -n, --limit <n>  Show at most this many follow-ups.
                           (default: 2)
          -v, --verbose    Show the evidence.
          -h, --help       Show help for this command.

        GLOBAL OPTIONS:
              --db <path>  The database file.
          Also --no-color: see `learnlog --help`.

        """)
  }

  @Test func aliasesFindTheSameHelp() {
    #expect(help(["rules", "ls"]) == help(["rules", "list"]))
    #expect(help(["rules", "ls"]).contains("learnlog rules list [<options>] [<pattern>]"))
  }

  @Test func linesStayWithinTheWidth() {
    for path in [[], ["show"], ["rules"], ["rules", "try"], ["export"]] {
      for line in HelpFormatter.render(path, root: root, width: 50).split(separator: "\n") {
        // Only unbreakable example command lines may run over.
        #expect(line.count <= 50 || line.hasPrefix("  learnlog"), "\(path): \(line)")
      }
    }
  }

  @Test func handWrittenUsageLinesReplaceTheGeneratedOne() {
    let command = CommandSpec(
      "try", abstract: "Try.", usage: ["<text>", "--file <path>"], subcommands: [])
    let root = CommandSpec("learnlog", abstract: "Root.", subcommands: [command])
    #expect(
      HelpFormatter.render(["try"], root: root).contains(
        "USAGE:\n  learnlog try <text>\n  learnlog try --file <path>\n"))
  }

  @Test func longLabelsPutTheirHelpOnTheNextLine() {
    let command = CommandSpec(
      "tool", abstract: "A tool.",
      options: [
        OptionSpec("a-rather-long-option-name", valueName: "value", help: "Explained below.")
      ])
    #expect(
      HelpFormatter.render(root: command, width: 60).contains(
        "      --a-rather-long-option-name <value>\n                              Explained below.\n"
      ))
  }

  @Test func hiddenCommandsAreLeftOut() {
    #expect(!help([]).contains("__complete-ids"))
  }
}
