import Foundation
import LearnLog
import Testing

@testable import LearnLogCLI

/// The session register through the built binary, input from a pipe.
@Suite("learnlog sessions", .enabled(if: FileManager.default.isExecutableFile(atPath: BinaryHarness.binary)))
struct SessionsCommandTests {
  @Test("The same session added twice is registered, with a warning that says how to take it out")
  func aRepeatedSessionIsNamed() throws {
    let harness = try BinaryHarness()
    for _ in 0..<3 {
      let result = try harness.run(["sessions", "add", "--coachee", "Ravi", "--date", "2026-11-02", "--minutes", "60"])
      #expect(result.status == 0, "\(result.errorOutput)")
    }
    let other = try harness.run(["sessions", "add", "--coachee", "ravi ", "--date", "2026-11-03"])
    #expect(other.errorOutput.isEmpty, "another day: \(other.errorOutput)")
    let again = try harness.run(["sessions", "add", "--coachee", "RAVI", "--date", "2026-11-02"])
    #expect(
      again.errorOutput
        == "learnlog: warning: sessions 1, 2 and 3 are also with RAVI on 2026-11-02; if this one repeats it, `learnlog sessions remove 5` takes it out.\n",
      "\(again.errorOutput)")
  }

  @Test func addListEditAndExport() throws {
    let harness = try BinaryHarness()
    var result = try harness.run([
      "sessions", "add", "--date", "2026-11-20", "--coachee", "Li, Wei", "--topic", "Renewal",
      "--minutes", "50",
    ])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.hasPrefix("Registered session 1: 20 Nov 2026, Li, Wei, 50 min, individual, paid.\n") || result.output.hasPrefix("Registered session 1: 20 Nov, Li, Wei, 50 min, individual, paid.\n"))
    result = try harness.run([
      "sessions", "add", "--date", "2026-11-21", "--coachee", "Team A", "--group", "4",
      "--minutes", "90", "--pro-bono",
    ])
    #expect(result.status == 0)

    result = try harness.run(["sessions", "list", "--programme-start", "2026-11-16"])
    #expect(result.status == 0)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("ID  DATE") })
    #expect(lines.contains { $0.contains("Team A") && $0.contains("group of 4") && $0.contains("pro bono") })
    #expect(lines.contains("Window: 16 Nov – 27 Dec (6 weeks, configured start).") || lines.contains { $0.hasPrefix("Window: 16 Nov") })

    result = try harness.run(["sessions", "edit", "2", "--individual", "--paid", "--minutes", "60"])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.contains("60 min, individual, paid"))

    result = try harness.run(["sessions", "export", "--format", "icf-csv"])
    #expect(result.output == [
      "Client,Date,Individual or group,Group size,Payment,Hours,Minutes",
      "\"Li, Wei\",2026-11-20,Individual,,Paid,0.83,50",
      "Team A,2026-11-21,Individual,,Paid,1.00,60",
      "Total hours,,,,,1.83,110", "Paid hours,,,,,1.83,110", "Pro bono hours,,,,,0.00,0",
      "Individual hours,,,,,1.83,110", "Group hours,,,,,0.00,0",
    ].map { $0 + "\r\n" }.joined())

    let file = harness.folder + "/hours.csv"
    result = try harness.run(["sessions", "export", "-o", file])
    #expect(result.status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

    result = try harness.run(["sessions", "list", "--json"])
    #expect(result.output.contains("\"coachee\" : \"Team A\""))
    // The same shape as the export's sessions: ISO dates and timestamps, the format spelled out.
    let listed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
    let first = try #require(listed?.first)
    #expect((first["createdAt"] as? String)?.hasSuffix("Z") == true, "\(first)")
    #expect(first["date"] is String && first["format"] is String, "\(first)")
  }

  @Test func withoutATerminalTheCoacheeIsRequiredAndRemovalNeedsYes() throws {
    let harness = try BinaryHarness()
    var result = try harness.run(["sessions", "add", "--minutes", "30"])
    #expect(result.status == 64)
    #expect(result.errorOutput.contains("missing option '--coachee'"))
    result = try harness.run(["sessions", "add", "--coachee", "Ravi", "--minutes", "abc"])
    #expect(result.status == 64)
    #expect(result.errorOutput.contains("'--minutes': expected a whole number"))
    result = try harness.run(["sessions", "add", "--coachee", "Ravi", "--group", "1"])
    #expect(result.errorOutput.contains("'--group': expected the number of people"))

    try harness.run(["sessions", "add", "--coachee", "Ravi"])
    result = try harness.run(["sessions", "remove", "1"], input: "y\n")
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("add --yes"))
    result = try harness.run(["sessions", "remove", "1", "--yes"])
    #expect(result.status == 0)
    #expect(result.output == "Removed session 1. Reflections about it stay in your log.\n")
    result = try harness.run(["sessions", "remove", "1", "--yes"])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("there is no session 1"))
    result = try harness.run(["sessions", "edit", "5"])
    #expect(result.errorOutput.contains("nothing to change"))
  }

  @Test func aReflectionRegistersItsSessionAndShowsTheProgramme() throws {
    let harness = try BinaryHarness()
    var result = try harness.run(["reflect"], input: "today\nRavi\nbest\n/pause\n")
    #expect(result.status == 0, "\(result.errorOutput)")
    let lines = result.output.split(separator: "\n").map(String.init)
    let kindIndex = try #require(lines.firstIndex(of: "Was this your Best session, your Most Challenging, or another?"))
    #expect(lines[kindIndex + 1] == "1 of 5 sessions in this programme window, 42 days left.")
    #expect(lines[kindIndex + 2].hasPrefix("(Registered as session 1;"))

    result = try harness.run(["programme"])
    #expect(result.output.contains("Best: Ravi,"))
    #expect(result.output.contains("session 1 — reflection 1, still a draft."))

    // A second reflection on the same day and coachee attaches to the same session.
    result = try harness.run(["reflect"], input: "today\nravi\nchallenging\n/pause\n")
    #expect(!result.output.contains("Registered as session"))
    result = try harness.run(["sessions", "list"])
    #expect(result.output.contains("1 Best (draft), 2 Most Challenging (draft)"))
  }

  @Test func reflectOnARegisteredSessionSkipsTheContext() throws {
    let harness = try BinaryHarness()
    try harness.run(["sessions", "add", "--coachee", "Mei", "--topic", "Pricing", "--minutes", "45", "--date", "yesterday"])
    var result = try harness.run(["reflect", "--session", "1"], input: "challenging\n/pause\n")
    #expect(result.status == 0, "\(result.errorOutput)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Let's reflect on your session with Mei on ") == true)
    #expect(lines.first?.hasSuffix(": Pricing.") == true)
    #expect(lines[1] == "Was this your Best session, your Most Challenging, or another?")
    #expect(lines[2].hasPrefix("1 of 5 sessions in this programme window"))
    #expect(lines.contains("Goal — what did Mei want from the session?"))

    // The draft about session 1 is continued, not started again.
    result = try harness.run(["reflect", "--session", "1"], input: "/pause\n")
    #expect(result.output.hasPrefix("Welcome back to your reflection (Most Challenging, with Mei"))
    result = try harness.run(["sessions", "list"])
    #expect(result.output.contains("1 Most Challenging (draft)"))

    result = try harness.run(["reflect", "--session", "9"], input: "")
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("learnlog: error: there is no session 9; "))
    result = try harness.run(["reflect", "--session", "1", "--resume"])
    #expect(result.status == 64)
  }
}

@Suite("learnlog config", .enabled(if: FileManager.default.isExecutableFile(atPath: BinaryHarness.binary)))
struct ConfigCommandTests {
  static func row(_ output: String, _ key: String) -> [String] {
    let line = output.split(separator: "\n").first { $0.hasPrefix(key + " ") } ?? ""
    return line.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmed }
  }

  @Test func showsEachValueAndWhereItCameFrom() throws {
    let harness = try BinaryHarness()
    try harness.writeConfig(#"{ "programmeTarget": 4, "colour": "always", "editor": "vim" }"#)
    harness.extraEnvironment = ["NO_COLOR": "1", "EDITOR": "nano"]
    let result = try harness.run(["config", "--programme-weeks", "8", "--color", "never"])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.hasPrefix("Config file: \(harness.configFile) (read)\n"))
    #expect(Self.row(result.output, "programmeTarget") == ["programmeTarget", "4", "config file"])
    #expect(Self.row(result.output, "programmeWeeks") == ["programmeWeeks", "8", "flag --programme-weeks"])
    #expect(Self.row(result.output, "programmeStart") == ["programmeStart", "the first session", "default"])
    #expect(Self.row(result.output, "colour") == ["colour", "never", "flag --color"])
    #expect(Self.row(result.output, "editor") == ["editor", "vim", "config file"])
    #expect(Self.row(result.output, "followUpsPerAnswer") == ["followUpsPerAnswer", "1", "default"])
  }

  @Test func theEnvironmentFillsInWhatTheFileLeavesOut() throws {
    let harness = try BinaryHarness()
    harness.extraEnvironment = ["NO_COLOR": "", "VISUAL": "emacs", "EDITOR": "nano"]
    let result = try harness.run(["config", "--no-color", "--follow-ups", "2"])
    #expect(result.output.contains("(not found; the defaults apply)"))
    #expect(Self.row(result.output, "colour") == ["colour", "never", "flag --no-color"])
    #expect(Self.row(result.output, "editor") == ["editor", "emacs", "environment ($VISUAL)"])
    #expect(Self.row(result.output, "followUpsPerAnswer") == ["followUpsPerAnswer", "2", "flag --follow-ups"])
    let plain = try harness.run(["config"])
    #expect(Self.row(plain.output, "colour") == ["colour", "never", "environment ($NO_COLOR)"])
  }

  @Test func aBadFileGivesOneWarningWithItsLineAndTheDefaults() throws {
    let harness = try BinaryHarness()
    try harness.writeConfig("{\n  \"programmeTarget\": 4,\n  \"colour\": \"blue\"\n}\n")
    let result = try harness.run(["config"])
    #expect(result.status == 0)
    #expect(result.errorOutput == "learnlog: warning: \(harness.configFile):3: \"colour\" must be \"auto\", \"always\" or \"never\"; the config file is ignored and the defaults used\n")
    #expect(Self.row(result.output, "programmeTarget") == ["programmeTarget", "5", "default"])
    let programme = try harness.run(["programme"])
    // The warning, and the note that there is no log yet (programme reads it, creating nothing).
    #expect(programme.errorOutput.split(separator: "\n").filter { $0.contains("warning") }.count == 1)
  }

  @Test func theProgrammeFollowsTheConfiguredTarget() throws {
    let harness = try BinaryHarness()
    try harness.writeConfig(#"{ "programmeTarget": 3 }"#)
    try harness.run(["sessions", "add", "--coachee", "Ravi"])
    #expect(try harness.run(["programme"]).output.hasPrefix("1 of 3 sessions in this programme window, 42 days left."))
    #expect(try harness.run(["programme", "--programme-target", "2"]).output.hasPrefix("1 of 2 sessions"))
    let bad = try harness.run(["programme", "--programme-start", "soon"])
    #expect(bad.status == 64)
    #expect(bad.errorOutput.contains("invalid value 'soon' for '--programme-start': expected a date"))
  }
}

@Suite("Settings precedence")
struct SettingsTests {
  @Test func flagsBeatTheFileWhichBeatsTheEnvironment() {
    var file = ConfigurationFile()
    file.colour = .always
    file.programmeWeeks = 8
    var flags = SettingFlags()
    flags.programmeWeeks = 3
    let settings = Settings.resolve(flags: flags, file: file, environment: ["NO_COLOR": "1", "EDITOR": "vi"])
    #expect(settings.colour == Setting(value: .always, source: .configFile))
    #expect(settings.programmeWeeks == Setting(value: 3, source: .flag("programme-weeks")))
    #expect(settings.editor == Setting(value: "vi", source: .environment("EDITOR")))
    #expect(settings.programme == ProgrammeSettings(targetSessions: 5, windowWeeks: 3))
    #expect(settings.followUpsPerAnswer == Setting(value: nil, source: .defaultValue))
  }
}
