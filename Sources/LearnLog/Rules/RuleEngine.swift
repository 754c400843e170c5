/// The follow-up advisor the conversation uses: the built-in rule pack, plus the coach's own
/// rule file when there is one.
public struct RuleEngine: FollowUpAdvisor {
  public let ruleSet: RuleSet

  /// Every active rule, in file order.
  public var rules: [Rule] { ruleSet.rules }
  public var settings: RuleSettings { ruleSet.settings }
  public var maxFollowUpsPerAnswer: Int { settings.maxFollowUpsPerAnswer }

  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
  }

  /// The engine over the built-in pack alone, compiled once per process.
  public static let builtIn: RuleEngine = {
    let (set, problems) = RuleSet.compile([.builtIn])
    // The pack is tested on every build; a problem in it is a programming error.
    if let problem = problems.first { fatalError("the built-in rule pack: \(problem)") }
    return RuleEngine(ruleSet: set)
  }()

  /// The built-in pack plus a user file's text. Never fails: a broken user file (or a broken
  /// rule in it) is left out and comes back as warnings to show the coach, and the built-in
  /// rules still run. Show the first warning; `rules lint` lists them all.
  public static func loading(userFile text: String?, named name: String)
    -> (engine: RuleEngine, warnings: [RuleError])
  {
    guard let text else { return (.builtIn, []) }
    let userFile: RuleFile
    do {
      userFile = try RuleFile(text: text, name: name)
    } catch {
      return (.builtIn, [error])
    }
    let (set, problems) = RuleSet.compile([.builtIn, userFile])
    return (RuleEngine(ruleSet: set), problems)
  }

  /// The rule with `id`, if active.
  public func rule(id: String) -> Rule? { ruleSet.rule(id: id) }

  /// Every nudge that fires for `answer` at `step`, highest priority first (file order breaks
  /// ties). The answer is read once and shared by all rules.
  public func nudges(for answer: String, at step: Step, in entry: Entry, history: CoachHistory)
    -> [Nudge]
  {
    let context = EvaluationContext(answer: answer, step: step, entry: entry, history: history)
    var fired: [Nudge] = []
    for rule in ruleSet.rules where !rule.isEntryRule && rule.applies(to: step) {
      context.subjectRule = rule.id
      let result = rule.condition.evaluate(context)
      if result.isMet {
        fired.append(rule.nudge(evidence: result.evidence, entry: entry, step: step, subject: rule.id))
      }
    }
    return RuleEngine.ordered(fired)
  }

  /// The follow-ups the conversation should show now: the top nudges, leaving out rules already
  /// offered (or dismissed) in this entry, at most `maxFollowUpsPerAnswer`.
  public func followUpsToShow(
    for answer: String, at step: Step, in entry: Entry, history: CoachHistory
  ) -> [Nudge] {
    let offered = Set(entry.followUps.map(\.ruleID))
    return Array(
      nudges(for: answer, at: step, in: entry, history: history)
        .filter { !offered.contains($0.ruleID) }
        .prefix(settings.maxFollowUpsPerAnswer))
  }

  /// Themes for the closing summary: the entry rules (such as `history.recurring-theme`)
  /// evaluated once for each rule in `firedRules`. Each nudge's evidence names the rule that
  /// keeps coming back in `matches` and the entries in `counts`.
  public func themes(for entry: Entry, firedRules: Set<String>, history: CoachHistory) -> [Nudge] {
    let context = EvaluationContext(answer: "", step: .summary, entry: entry, history: history)
    let entryRules = ruleSet.rules.filter(\.isEntryRule)
    let entryRuleIDs = Set(entryRules.map(\.id))
    var found: [Nudge] = []
    for rule in entryRules {
      for subject in firedRules.sorted() where !entryRuleIDs.contains(subject) {
        context.subjectRule = subject
        let result = rule.condition.evaluate(context)
        if result.isMet {
          found.append(rule.nudge(evidence: result.evidence, entry: entry, step: nil, subject: subject))
        }
      }
    }
    return RuleEngine.ordered(found)
  }

  /// Themes for an entry from the follow-ups it offered.
  public func themes(for entry: Entry, history: CoachHistory) -> [Nudge] {
    themes(for: entry, firedRules: Set(entry.followUps.map(\.ruleID)), history: history)
  }

  /// Highest priority first; a stable sort keeps file order for ties.
  static func ordered(_ nudges: [Nudge]) -> [Nudge] {
    nudges.enumerated()
      .sorted { ($0.element.priority, -$0.offset) > ($1.element.priority, -$1.offset) }
      .map(\.element)
  }
}
