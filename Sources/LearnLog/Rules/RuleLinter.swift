/// `rules lint`: every problem in a rule file, each with its line and column.
public enum RuleLinter {
  /// Problems in a user's rule file, read on top of the built-in pack (so it may use the
  /// built-in word lists and replace or disable built-in rules).
  public static func lint(_ text: String, file: String) -> [RuleError] {
    lint(text, file: file, base: [.builtIn])
  }

  /// Problems in the built-in pack itself.
  public static func lintBuiltIn() -> [RuleError] {
    lint(BuiltInRules.text, file: BuiltInRules.fileName, base: [])
  }

  static func lint(_ text: String, file: String, base: [RuleFile]) -> [RuleError] {
    let ruleFile: RuleFile
    do {
      ruleFile = try RuleFile(text: text, name: file)
    } catch {
      return [error]
    }
    let (set, problems) = RuleSet.compile(base + [ruleFile])
    var found = problems
    let known = Set(set.rules.map(\.id)).union(set.disabled)
    for rule in set.rules where rule.location.file == file {
      for reason in rule.condition.contradictions {
        found.append(.neverFires(rule.location, rule: rule.id, reason: reason))
      }
      for id in rule.condition.referencedRules where !known.contains(id) {
        found.append(.unknownRule(rule.location, id: id))
      }
      if rule.examples.fires.isEmpty {
        found.append(.missingExamples(rule.location, rule: rule.id, kind: "fires"))
      } else if rule.examples.fires.allSatisfy({ !RuleExampleRunner.evaluate(rule, on: $0).fires }) {
        found.append(
          .neverFires(rule.location, rule: rule.id, reason: "none of its \"fires\" examples fires"))
      }
      if rule.examples.quiet.isEmpty {
        found.append(.missingExamples(rule.location, rule: rule.id, kind: "quiet"))
      }
    }
    return found.sorted {
      let left = $0.location.map { ($0.line, $0.column) } ?? (0, 0)
      let right = $1.location.map { ($0.line, $0.column) } ?? (0, 0)
      return left < right
    }
  }
}
