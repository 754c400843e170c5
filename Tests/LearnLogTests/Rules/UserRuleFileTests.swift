import Testing

@testable import LearnLog

@Suite struct UserRuleFileTests {
  func engine(_ text: String) -> (RuleEngine, [RuleError]) {
    let loaded = RuleEngine.loading(userFile: text, named: "rules.json")
    return (loaded.engine, loaded.warnings)
  }

  func entry() -> Entry {
    Entry(id: 3, sessionDate: CalendarDate(dayNumber: 20_000), createdAt: Date(timeIntervalSince1970: 0))
  }

  @Test func addsARule() {
    let (engine, warnings) = engine("""
      {
        rules: [{
          id: "team.name-the-client", appliesTo: [9], when: { lacks: ["acme", "globex"] },
          ask: "Which client was it?", why: "Names make results real.", priority: 99,
          examples: { fires: ["Sales went up 5%."], quiet: ["Acme signed."] },
        }],
      }
      """)
    #expect(warnings == [])
    let nudges = engine.nudges(for: "Sales went up 5%.", at: .question(9), in: entry(), history: .empty)
    #expect(nudges.first?.ruleID == "team.name-the-client")
    #expect(engine.rules.count == RuleEngine.builtIn.rules.count + 1)
  }

  @Test func replacesARuleByIDInPlace() throws {
    let (engine, warnings) = engine("""
      { rules: [{ id: "feelings.name-it", appliesTo: [2], when: { words: { max: 1 } },
                  ask: "One word?", why: "Mine." }] }
      """)
    #expect(warnings == [])
    let rule = try #require(engine.rule(id: "feelings.name-it"))
    #expect(rule.ask == ["One word?"])
    #expect(engine.rules.map(\.id) == RuleEngine.builtIn.rules.map(\.id))
    #expect(engine.nudges(for: "It was a useful session.", at: .question(2), in: entry(), history: .empty).isEmpty)
  }

  @Test func disablesARule() {
    let (engine, warnings) = engine(#"{ disable: ["depth.too-short"], }"#)
    #expect(warnings == [])
    #expect(engine.rule(id: "depth.too-short") == nil)
    #expect(engine.ruleSet.disabled == ["depth.too-short"])
    #expect(!engine.nudges(for: "Fine.", at: .question(1), in: entry(), history: .empty)
      .contains { $0.ruleID == "depth.too-short" })
  }

  @Test func extendsAndReplacesWordLists() {
    let (engine, warnings) = engine(#"{ extendWordLists: { feelings: ["chuffed"] } }"#)
    #expect(warnings == [])
    #expect(engine.nudges(for: "Chuffed, really.", at: .question(2), in: entry(), history: .empty)
      .allSatisfy { $0.ruleID != "feelings.name-it" })
  }

  @Test func settingsAllowTwoFollowUps() {
    let (engine, _) = engine(#"{ settings: { maxFollowUpsPerAnswer: 2 } }"#)
    #expect(engine.settings.maxFollowUpsPerAnswer == 2)
    let (_, warnings) = self.engine(#"{ settings: { maxFollowUpsPerAnswer: 5 } }"#)
    #expect(warnings.first?.description.contains("must be 1 or 2") == true)
  }

  @Test func aBrokenFileWarnsOnceAndKeepsTheBuiltIns() {
    let (engine, warnings) = engine("{\n  rules: [\n    { id: \"x\" \n  ]\n}")
    #expect(warnings.count == 1)
    #expect(warnings.first?.description.hasPrefix("rules.json:4:3:") == true)
    #expect(engine.rules.count == RuleEngine.builtIn.rules.count)
  }

  @Test func aBrokenRuleIsLeftOutAndTheRestLoads() {
    let (engine, warnings) = engine("""
      { rules: [
        { id: "good", appliesTo: [1], when: { words: { max: 1 } }, ask: "?", why: "." },
        { id: "bad", appliesTo: [1], when: { wordz: { max: 1 } }, ask: "?", why: "." },
      ] }
      """)
    #expect(warnings.map(\.description) == [
      #"rules.json:3:40: unknown condition kind "wordz" in rule "bad"; use one of all, any, not, contains, lacks, words, ratio, questions, otherAnswer, firedBefore, similarToEarlier, quote, listItems"#
    ])
    #expect(engine.rule(id: "good") != nil)
    #expect(engine.rule(id: "bad") == nil)
  }
}
