import Foundation
import Testing

@testable import LearnLogCLI

@Suite struct CompletionScriptTests {
  let root = ExampleCommandTree.root

  @Test(arguments: CompletionShell.allCases)
  func scriptsMentionEveryCommandAndFlag(shell: CompletionShell) {
    let script = shell.script(for: root)
    for command in ["reflect", "show", "rules", "list", "try", "export"] {
      #expect(script.contains(command), "\(shell) misses \(command)")
    }
    // Fish names options without dashes (`-l json`); the others spell them out.
    let longNames = [
      "db", "no-color", "resume", "json", "stage", "rule", "limit", "verbose",
      "format", "entry", "help", "version",
    ]
    for name in longNames {
      let spelling = shell == .fish ? "-l '\(name)'" : "--\(name)"
      let alternative = shell == .fish ? "-l \(name)" : spelling
      #expect(script.contains(spelling) || script.contains(alternative), "\(shell) misses \(name)")
    }
    #expect(script.contains("__complete-ids"))
    // The hidden command is called back, never offered.
    #expect(!script.contains("Print entry ids for shell completion."))
    #expect(!script.contains("|__complete-ids"))
  }

  @Test(arguments: CompletionShell.allCases)
  func scriptsAreSyntacticallyValid(shell: CompletionShell) throws {
    let check: [String] =
      switch shell {
      case .bash: ["-n"]
      case .zsh: ["-n"]
      case .fish: ["--no-execute"]
      }
    guard let executable = findExecutable(shell.rawValue) else { return }
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try temporaryFile(
      in: folder, named: "learnlog.\(shell.rawValue)", contents: shell.script(for: root))
    let result = try runProcess(executable, check + [file.path])
    #expect(result.status == 0, "\(result.errorOutput)")
  }

  /// What the shell offers after each partial command line (the cursor is at the end).
  static let completions: [(line: String, offered: [String])] = [
    ("learnlog ", ["reflect", "show", "rules", "export"]),
    ("learnlog r", ["reflect", "rules"]),
    ("learnlog rules ", ["list", "try"]),
    ("learnlog rules ls --stage ", ["goal", "reality", "options", "will"]),
    // The ids come from the log the line names with --db (the stand-in answers 7 for any).
    ("learnlog --db x.db show ", ["7"]),
    ("learnlog show --db=y.db ", ["7"]),
    ("learnlog show ", ["42", "43"]),
    ("learnlog export --format h", ["html"]),
    ("learnlog export -e ", ["42", "43"]),
    ("learnlog rules try --v", ["--verbose"]),
  ]

  @Test func bashCompletesCommandsOptionsAndEntryIDs() throws {
    guard let bash = findExecutable("bash") else { return }
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = try temporaryFile(
      in: folder, named: "learnlog.bash", contents: CompletionShell.bash.script(for: root))
    for (line, offered) in Self.completions {
      let driver = """
        source '\(script.path)'
        read -ra COMP_WORDS <<<"$1"
        if [[ $1 == *' ' ]]; then COMP_WORDS+=(''); fi
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        _learnlog
        printf '%s\\n' "${COMPREPLY[@]}"
        """
      let result = try runProcess(
        bash, ["-c", driver, "bash", line], environment: try fakeLearnlogEnvironment(in: folder))
      #expect(words(result.output) == offered, "bash: '\(line)'")
    }
  }

  @Test func fishCompletesCommandsOptionsAndEntryIDs() throws {
    guard let fish = findExecutable("fish") else { return }
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = try temporaryFile(
      in: folder, named: "learnlog.fish", contents: CompletionShell.fish.script(for: root))
    for (line, offered) in Self.completions {
      let result = try runProcess(
        fish, ["-c", "source '\(script.path)'; complete -C \"$argv[1]\"", line],
        environment: try fakeLearnlogEnvironment(in: folder))
      // Fish sorts its answers and adds descriptions after a tab.
      let answers = words(result.output).map { String($0.prefix { $0 != "\t" }) }
      #expect(answers.sorted() == offered.sorted(), "fish: '\(line)'")
    }
  }

  @Test func zshCompletesCommandsOptionsAndEntryIDs() throws {
    guard let zsh = findExecutable("zsh") else { return }
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = try temporaryFile(
      in: folder, named: "_learnlog", contents: CompletionShell.zsh.script(for: root))
    // Stand-ins for zsh's completion builtins that print what they were asked to offer.
    let driver = """
      _describe() { local name=$4; local entry; for entry in ${(P)name}; do print -r -- ${entry%%:*}; done; }
      compadd() { shift; print -rl -- "$@"; }
      _files() { print -r -- '<files>'; }
      _message() { :; }
      compdef() { :; }
      source '\(script.path)'
      words=(${(z)1})
      [[ $1 == *' ' ]] && words+=('')
      CURRENT=${#words}
      _learnlog
      """
    for (line, offered) in Self.completions {
      let result = try runProcess(
        zsh, ["-f", "-c", driver, "zsh", line], environment: try fakeLearnlogEnvironment(in: folder)
      )
      // `_describe` filters by the typed prefix itself; the stand-in does not.
      let current = line.split(separator: " ", omittingEmptySubsequences: false).last ?? ""
      let answers = words(result.output).filter { $0.hasPrefix(current) }
      #expect(answers == offered, "zsh: '\(line)'")
    }
  }

  private func words(_ output: String) -> [String] {
    output.split(separator: "\n").map(String.init)
  }

  /// A PATH whose `learnlog` answers `__complete-ids` with two entries, as the real one will.
  private func fakeLearnlogEnvironment(in folder: URL) throws -> [String: String] {
    let program = try temporaryFile(
      in: folder,
      named: "bin/learnlog",
      contents:
        "#!/bin/sh\nif [ \"$1\" = --db ]; then printf '7\\tIn another log\\n'; exit 0; fi\n"
        + "printf '42\\tFirst entry\\n43\\tSecond entry\\n'\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
    var environment = ProcessInfo.processInfo.environment
    environment["PATH"] =
      program.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
    environment["HOME"] = program.deletingLastPathComponent().deletingLastPathComponent().path
    environment["XDG_CONFIG_HOME"] = environment["HOME"]
    return environment
  }

  /// A fresh folder per test: tests run in parallel and must not replace each other's files.
  private func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("learnlog-completion-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  private func temporaryFile(in folder: URL, named name: String, contents: String) throws -> URL {
    let file = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try contents.write(to: file, atomically: true, encoding: .utf8)
    return file
  }
}
