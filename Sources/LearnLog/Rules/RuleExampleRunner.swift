/// `rules test`: runs every rule's examples and reports those that misbehave.
public enum RuleExampleRunner {
  /// Every failing example of every rule in `ruleSet`, in file order.
  public static func failures(in ruleSet: RuleSet) -> [RuleExampleFailure] {
    ruleSet.rules.flatMap { failures(of: $0) }
  }

  /// The failing examples of one rule.
  public static func failures(of rule: Rule) -> [RuleExampleFailure] {
    let expectations = rule.examples.fires.map { ($0, true) } + rule.examples.quiet.map { ($0, false) }
    return expectations.compactMap { example, shouldFire in
      check(rule, example, expectedToFire: shouldFire)
    }
  }

  /// The failure, or nil when `example` behaves as expected.
  public static func check(_ rule: Rule, _ example: RuleExample, expectedToFire: Bool)
    -> RuleExampleFailure?
  {
    let (fired, evidence) = evaluate(rule, on: example)
    guard fired != expectedToFire else { return nil }
    return RuleExampleFailure(
      ruleID: rule.id, example: example, expectedToFire: expectedToFire, evidence: evidence)
  }

  /// Whether `rule` alone fires on `example`, and its evidence.
  public static func evaluate(_ rule: Rule, on example: RuleExample) -> (fires: Bool, evidence: Evidence?) {
    let step = example.step ?? rule.appliesTo.lazy.compactMap(\.exampleStep).first
    let entry = example.entry(answeringAt: step)
    let history = CoachHistory(entries: example.history)
    if rule.isEntryRule {
      let context = EvaluationContext(answer: "", step: .summary, entry: entry, history: history)
      var last: Evidence?
      for subject in example.firedInEntry.sorted() {
        context.subjectRule = subject
        let result = rule.condition.evaluate(context)
        if result.isMet { return (true, result.evidence) }
        last = result.evidence
      }
      return (false, last)
    }
    guard let step else { return (false, nil) }
    let context = EvaluationContext(
      answer: example.answer, step: step, entry: entry, history: history, subjectRule: rule.id)
    let result = rule.condition.evaluate(context)
    return (result.isMet, result.evidence)
  }
}
