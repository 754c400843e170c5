import LearnLog
import Testing

@Suite("Configuration file")
struct ConfigurationFileTests {
  @Test func readsEveryKey() throws {
    let file = try ConfigurationFile.parse(
      """
      {
        // JSON5: comments and trailing commas are fine.
        "programmeTarget": 4,
        "programmeWeeks": 8,
        "programmeStart": "2026-11-02",
        "color": "never",
        "editor": "code --wait",
        "followUpsPerAnswer": 2,
      }
      """, file: "config.json")
    #expect(file.programmeTarget == 4)
    #expect(file.programmeWeeks == 8)
    #expect(file.programmeStart == CalendarDate(iso: "2026-11-02"))
    #expect(file.colour == .never)
    #expect(file.editor == "code --wait")
    #expect(file.followUpsPerAnswer == 2)
  }

  @Test func anEmptyObjectSetsNothing() throws {
    #expect(try ConfigurationFile.parse("{}", file: "c") == ConfigurationFile())
  }

  @Test(arguments: [
    ("{\n  \"colour\": \"blue\"\n}", 2, "\"colour\" must be \"auto\", \"always\" or \"never\""),
    ("{\n\n  \"followUpsPerAnswer\": 3\n}", 3, "\"followUpsPerAnswer\" must be a whole number from 1 to 2"),
    ("{\n  \"programmeTarget\": 0\n}", 2, "\"programmeTarget\" must be a whole number from 1 to 50"),
    ("{\n  \"programmeStart\": \"soon\"\n}", 2, "\"programmeStart\" must be a date like \"2026-11-02\""),
    ("{\n  \"editor\": \"\"\n}", 2, "\"editor\" must be a command, such as \"nano\" or \"code --wait\""),
    ("{\n  \"programmetarget\": 3\n}", 2, "unknown key \"programmetarget\"; did you mean \"programmeTarget\"?"),
    ("[1]", 1, "expected an object, found a list"),
    ("{\n  \"colour\": \"never\",\n  \"editor\": \"vi\",\n  \"colour\": \"always\"\n}", 4,
     "\"colour\" is given twice (also on line 2); keep the one you mean"),
  ])
  func aMistakeNamesItsLine(text: String, line: Int, message: String) {
    #expect(throws: ConfigurationError(file: "config.json", line: line, message: message)) {
      try ConfigurationFile.parse(text, file: "config.json")
    }
  }

  @Test func aSyntaxErrorNamesItsLine() {
    #expect {
      try ConfigurationFile.parse("{\n  \"colour\": \"auto\"\n  \"editor\": \"vi\"\n}", file: "config.json")
    } throws: { error in
      (error as? ConfigurationError)?.line == 3
        && (error as? ConfigurationError)?.description.hasPrefix("config.json:3: ") == true
    }
  }
}
