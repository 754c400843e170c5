import LearnLog
import Testing

@Suite("Names and topics as one clean line")
struct SingleLineTests {
  @Test(arguments: [
    ("  Ravi  ", "Ravi"),
    ("A\u{1B}[31mRED", "A [31mRED"),
    ("Evil\u{1B}]0;pwned\u{07}X", "Evil ]0;pwned X"),
    ("Team\tA", "Team A"),
    ("two\nlines\r\n", "two lines"),
    ("nul\u{0}byte", "nul byte"),
    ("王小明 👩🏽‍💻", "王小明 👩🏽‍💻"),
    ("\u{85}next line", "next line"),
  ])
  func controlCharactersBecomeSpaces(input: String, expected: String) {
    #expect(input.singleLine == expected)
  }

  @Test func spreadsheetFormulasAreDefused() {
    #expect(CoachingHoursLog.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CoachingHoursLog.field("+1") == "'+1")
    #expect(CoachingHoursLog.field("@cmd") == "'@cmd")
    #expect(CoachingHoursLog.field("Ravi, Mei") == "\"Ravi, Mei\"")
    #expect(CoachingHoursLog.field("Ravi") == "Ravi")
  }
}
