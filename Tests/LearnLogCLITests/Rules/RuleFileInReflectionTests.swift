import Foundation
import Testing

/// A coach's rule file in a real reflection, through the built binary and a pipe.
@Suite(.enabled(if: LearnlogBinary.isBuilt, "needs the built learnlog binary"))
final class RuleFileInReflectionTests {
  let sandbox: LearnlogBinary

  init() throws {
    sandbox = try LearnlogBinary()
  }

  deinit {
    sandbox.remove()
  }

  static let answers = "today\nRavi\nbest\nA plan\nShe wants to own the Q3 renewal by Friday.\n"

  @Test func aSyntaxErrorNeverStopsAReflection() throws {
    try sandbox.write("{\n  rules: [\n    { id: \"x\" appliesTo: [2] },\n  ]\n}\n")
    let result = try sandbox.run(["reflect"], input: Self.answers)
    #expect(result.status == 0)
    // Exactly one warning, naming the file, line and column.
    #expect(result.errorLines.count == 1)
    let warning = try #require(result.errorLines.first)
    #expect(warning.hasPrefix("learnlog: warning: \(sandbox.userRulesPath):3:15: "))
    #expect(warning.hasSuffix("the built-in rules still run"))
    // The built-in rules still run: the thin goal gets its follow-up.
    #expect(result.output.contains("Goal — what did Ravi want from the session?"))
    #expect(result.output.contains("Reality — where do things stand?"))
    #expect(
      result.outputLines.contains {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix("That is brief.")
          || $0.contains("say a little more")
      })
  }

  @Test func aBrokenRuleWarnsOnceAndTheRestLoads() throws {
    try sandbox.write(
      """
      {
        rules: [
          { id: "x", appliesTo: [2], when: { lack: "@feelings" }, ask: "A?", why: "B." },
          { id: "y", appliesTo: [2], when: { lacks: "@feelings" }, ask: "A?", why: "B.", priority: 1 },
        ],
        disable: ["no.such-rule"],
      }
      """)
    let result = try sandbox.run(["reflect"], input: Self.answers)
    #expect(result.status == 0)
    #expect(result.errorLines.count == 1)
    let warning = try #require(result.errorLines.first)
    #expect(warning.hasPrefix("learnlog: warning: \(sandbox.userRulesPath):3:40: "))
    #expect(warning.contains("(and 1 more; `learnlog rules lint` lists them)"))
  }

  @Test func noRuleFileNoWarning() throws {
    let result = try sandbox.run(["reflect"], input: Self.answers)
    #expect(result.status == 0)
    #expect(result.errorOutput == "")
  }
}
