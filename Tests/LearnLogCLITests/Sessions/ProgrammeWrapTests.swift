import Testing

@testable import LearnLogCLI

/// The programme's prose lines wrap at spaces to a terminal's width; a pipe gets them whole.
@Suite("Programme text on a narrow terminal")
struct ProgrammeWrapTests {
  static let lines = [
    "4 of 5 sessions in this programme window, 42 days left.",
    "To choose, reflect on a session with `learnlog reflect --session ID` and answer best or challenging.",
  ]

  @Test func wrapsAtSpacesToTheWidth() {
    let text = App.prose(Self.lines, width: 40)
    let shown = text.split(separator: "\n").map(String.init)
    #expect(shown.allSatisfy { $0.count <= 40 }, "\(shown)")
    #expect(shown.first == "4 of 5 sessions in this programme")
    #expect(shown.joined(separator: " ") == Self.lines.joined(separator: " "))
  }

  @Test func aPipeGetsEachLineWhole() {
    #expect(App.prose(Self.lines, width: nil) == Self.lines.joined(separator: "\n") + "\n")
  }
}
