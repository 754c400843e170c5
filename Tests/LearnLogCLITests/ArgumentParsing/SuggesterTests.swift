import Testing

@testable import LearnLogCLI

@Suite struct SuggesterTests {
  static let commands = ["reflect", "review", "rules", "sessions", "show", "search", "export"]

  @Test(arguments: [
    ("reveiw", "review"),  // swapped letters
    ("reviw", "review"),  // a missing letter
    ("rulez", "rules"),
    ("sesions", "sessions"),
    ("exp", "export"),  // a unique prefix
    ("REVIEW", "review"),  // case
    ("shwo", "show"),
  ])
  func suggestsTheNearestName(typed: String, expected: String) {
    #expect(Suggester.nearest(to: typed, among: Self.commands) == expected)
  }

  @Test(arguments: ["x", "re", "completely", "zzzzzz", ""])
  func staysQuietWhenNothingIsClose(typed: String) {
    #expect(Suggester.nearest(to: typed, among: Self.commands) == nil)
  }

  @Test func suggestsOptionsWithTheirDashes() {
    let options = ["--json", "--help", "--limit"]
    #expect(Suggester.nearest(to: "--jsn", among: options) == "--json")
    #expect(Suggester.nearest(to: "--lim", among: options) == "--limit")
    #expect(Suggester.nearest(to: "--", among: options) == nil)
  }

  @Test(arguments: [
    ("", "", 0), ("abc", "abc", 0), ("abc", "", 3), ("", "ab", 2), ("abc", "acb", 1),
    ("kitten", "sitting", 3), ("ca", "abc", 3), ("reveiw", "review", 1),
  ])
  func measuresDamerauLevenshteinDistance(source: String, target: String, distance: Int) {
    #expect(Suggester.damerauLevenshteinDistance(source, target) == distance)
  }
}
