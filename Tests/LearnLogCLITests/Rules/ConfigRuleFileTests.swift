import Foundation
import Testing

/// `learnlog config` names the rule file in use, and says so when it cannot be used: a missing
/// `--rules` file is not passed over in silence.
@Suite("config and the rule file")
struct ConfigRuleFileTests {
  private func line(_ output: String) -> String {
    output.split(separator: "\n").first { $0.hasPrefix("Rule file:") }.map(String.init) ?? ""
  }

  @Test func noRuleFileNamesWhereOneWouldGo() throws {
    let harness = try BinaryHarness()
    let result = try harness.run(["config"])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(
      line(result.output)
        == "Rule file: none; the built-in rules apply (yours would be \(harness.folder)/config/learnlog/rules.json)",
      "\(result.output)")
  }

  @Test func aMissingOrBrokenRulesFileIsNamedWithItsProblem() throws {
    let harness = try BinaryHarness()
    let missing = harness.folder + "/nowhere.json"
    let result = try harness.run(["--rules", missing, "config"])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(line(result.output).hasPrefix("Rule file: \(missing): cannot read the rule file"), "\(result.output)")
    #expect(line(result.output).hasSuffix("using the built-in rules only"), "\(result.output)")

    let broken = harness.folder + "/broken.json"
    try "[".write(toFile: broken, atomically: true, encoding: .utf8)
    let brokenResult = try harness.run(["--rules", broken, "config"])
    #expect(line(brokenResult.output).contains("never closed"), "\(brokenResult.output)")

    let fine = harness.folder + "/fine.json"
    try #"{"rules": []}"#.write(toFile: fine, atomically: true, encoding: .utf8)
    let read = try harness.run(["--rules", fine, "config"])
    #expect(line(read.output) == "Rule file: \(fine) (read)", "\(read.output)")
  }

  @Test func rulesListDoesNotCallAnUnusableFileItsRuleFile() throws {
    let harness = try BinaryHarness()
    let missing = harness.folder + "/nowhere.json"
    let result = try harness.run(["--rules", missing, "rules", "list"])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.contains("Your rule file \(missing) is not used in full: see the warning."), "\(result.output)")
    #expect(result.errorOutput.contains("cannot read the rule file"), "\(result.errorOutput)")
  }
}
