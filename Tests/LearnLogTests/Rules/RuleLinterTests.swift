import Testing

@testable import LearnLog

@Suite struct RuleLinterTests {
  func lint(_ text: String) -> [String] {
    RuleLinter.lint(text, file: "my.json").map(\.description)
  }

  let examples = #"examples: { fires: ["a"], quiet: ["a b c"] }"#

  @Test func syntaxErrorWithLineAndColumn() {
    #expect(lint("{\n  rules: [\n    { id: 'x', }\n    { id: 'y' }\n  ]\n}") == [
      "my.json:4:5: expected ',' or ']' after a list item; is a comma missing?"
    ])
  }

  @Test func unknownKindBadPatternUnknownListAndStep() {
    let findings = lint("""
      {
        rules: [
          { id: "a", appliesTo: [1], when: { contain: "x" }, ask: "?", why: "." },
          { id: "b", appliesTo: [1], when: { contains: "im*prove" }, ask: "?", why: "." },
          { id: "c", appliesTo: [1], when: { lacks: "@nope" }, ask: "?", why: "." },
          { id: "d", appliesTo: [17, "gaol"], when: { words: { max: 1 } }, ask: "?", why: "." },
        ],
      }
      """)
    #expect(findings == [
      #"my.json:3:40: unknown condition kind "contain" in rule "a"; use one of all, any, not, contains, lacks, words, ratio, questions, otherAnswer, firedBefore, similarToEarlier, quote, listItems"#,
      #"my.json:4:50: bad pattern "im*prove": `*` may only end a word or stand alone, `#` only alone, `^` only first"#,
      #"my.json:5:47: unknown word list "@nope"; define it under "wordLists" or fix the name"#,
      #"my.json:6:28: unknown step "17"; use 1-16 or q1-q16, goal, reality, options, will, questions, any-question, any or entry"#,
      #"my.json:6:32: unknown step "gaol"; use 1-16 or q1-q16, goal, reality, options, will, questions, any-question, any or entry"#,
    ])
  }

  @Test func duplicateIDs() {
    let findings = lint("""
      { rules: [
        { id: "a", appliesTo: [1], when: { words: { max: 1 } }, ask: "?", why: ".", \(examples) },
        { id: "a", appliesTo: [1], when: { words: { max: 1 } }, ask: "?", why: ".", \(examples) },
      ] }
      """)
    #expect(findings == [#"my.json:3:3: duplicate rule id "a" (first used on line 2); rename one of them"#])
  }

  @Test func neverFires() {
    let findings = lint("""
      { rules: [
        { id: "a", appliesTo: [1], when: { words: { min: 5, max: 2 } }, ask: "?", why: ".", \(examples) },
        { id: "b", appliesTo: [1], when: { words: { min: 9 } }, ask: "?", why: ".", \(examples) },
      ] }
      """)
    #expect(findings == [
      #"my.json:2:3: rule "a" can never fire: "words" needs min 5 ≤ max 2"#,
      #"my.json:2:3: rule "a" can never fire: none of its "fires" examples fires"#,
      #"my.json:3:3: rule "b" can never fire: none of its "fires" examples fires"#,
    ])
  }

  @Test func missingExamplesUnknownFieldsAndUnknownRules() {
    let findings = lint("""
      {
        disable: ["no.such"],
        rules: [
          { id: "a", appliesTo: [1], when: { firedBefore: { rule: "ghost", inAtLeast: 1, ofLast: 2 } },
            ask: "?", why: ".", priorty: 3 },
        ],
      }
      """)
    #expect(findings == [
      #"my.json:2:13: no rule has the id "no.such"; check the spelling (`learnlog rules list` shows them all)"#,
      #"my.json:5:27: unknown field "priorty"; expected one of id, appliesTo, when, ask, why, priority, examples, note"#,
    ])
    let fixed = lint("""
      { rules: [{ id: "a", appliesTo: [1], when: { firedBefore: { rule: "ghost", inAtLeast: 1, ofLast: 2 } },
                  ask: "?", why: "." }] }
      """)
    #expect(fixed == [
      #"my.json:1:11: no rule has the id "ghost"; check the spelling (`learnlog rules list` shows them all)"#,
      #"my.json:1:11: rule "a" has no "fires" example; add at least one so `rules test` can check it"#,
      #"my.json:1:11: rule "a" has no "quiet" example; add at least one so `rules test` can check it"#,
    ])
  }

  @Test func aUserFileMayUseBuiltInListsAndIsCleanWhenCorrect() {
    #expect(lint("""
      { rules: [{ id: "mine", appliesTo: ["q2"], when: { contains: "@feelings" }, ask: "?", why: ".",
                  examples: { fires: ["I was proud"], quiet: ["It was fine"] } }] }
      """) == [])
  }

  @Test func exampleRunnerReportsExpectedAndGot() throws {
    let file = try RuleFile(text: """
      { rules: [{ id: "r", appliesTo: [1], when: { words: { max: 2 } }, ask: "?", why: ".",
                  examples: { fires: ["one two three"], quiet: ["one"] } }] }
      """, name: "t.json")
    let failures = RuleExampleRunner.failures(in: RuleSet.compile([file]).rules)
    #expect(failures.map(\.description) == [
      #"t.json:2:33: rule "r": expected to fire on "one two three", but it stayed quiet (3 words (not at most 2))"#,
      #"t.json:2:59: rule "r": expected to stay quiet on "one", but it fired (1 word (at most 2))"#,
    ])
  }
}
