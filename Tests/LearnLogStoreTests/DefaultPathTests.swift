import LearnLogStore
import Testing

@Suite("Default database path")
struct DefaultPathTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let environment: [String: String]
    let expected: String
    var testDescription: String { expected }
  }

  static let cases: [Case] = [
    Case(
      environment: ["LEARNLOG_DB": "/x/my.db", "XDG_DATA_HOME": "/data", "HOME": "/home/a"],
      expected: "/x/my.db"),
    Case(
      environment: ["LEARNLOG_DB": "", "XDG_DATA_HOME": "/data", "HOME": "/home/a"],
      expected: "/data/learnlog/learnlog.sqlite3"),
    Case(
      environment: ["XDG_DATA_HOME": "/data/", "HOME": "/home/a"],
      expected: "/data/learnlog/learnlog.sqlite3"),
    Case(
      environment: ["XDG_DATA_HOME": "relative/data", "HOME": "/home/a"],
      expected: "/home/a/.local/share/learnlog/learnlog.sqlite3"),
    Case(
      environment: ["XDG_DATA_HOME": "", "HOME": "/home/a/"],
      expected: "/home/a/.local/share/learnlog/learnlog.sqlite3"),
    Case(environment: ["HOME": "/"], expected: "/.local/share/learnlog/learnlog.sqlite3"),
  ]

  @Test(arguments: cases)
  func choosesThePathTheEnvironmentNames(_ testCase: Case) {
    #expect(LogStore.defaultPath(environment: testCase.environment) == testCase.expected)
  }

  @Test func withoutHomeFallsBackToTheAccountsHomeFolder() {
    let path = LogStore.defaultPath(environment: [:])
    #expect(path.hasSuffix("/.local/share/learnlog/learnlog.sqlite3"))
  }
}
