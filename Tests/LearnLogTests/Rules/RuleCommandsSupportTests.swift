import Testing

@testable import LearnLog

/// The core pieces behind `rules list`, `rules show`, `rules try --json` and `import`.
@Suite struct RuleCatalogTests {
  static let userFile = """
    {
      rules: [
        { id: "mine.one", appliesTo: [1], when: { words: { max: 2 } }, ask: "More?", why: "Depth.",
          examples: { fires: ["ok"], quiet: ["a longer answer here"] } },
        { id: "feelings.name-it", appliesTo: [2], when: { lacks: "@feelings" }, ask: "Feeling?",
          why: "Feelings.", priority: 99, examples: { fires: ["fine"], quiet: ["proud"] } },
      ],
      disable: ["depth.concrete-example"],
    }
    """

  @Test func marksBuiltInReplacedUserAndDisabledRules() throws {
    let (engine, problems) = RuleEngine.loading(userFile: Self.userFile, named: "rules.json")
    #expect(problems.isEmpty)
    let catalog = RuleCatalog(engine.ruleSet, builtIn: RuleEngine.builtIn.ruleSet)
    #expect(catalog.items.count == RuleEngine.builtIn.rules.count + 1)
    #expect(catalog.item(id: "depth.too-short")?.source == .builtIn)
    #expect(catalog.item(id: "feelings.name-it")?.source == .replaced)
    #expect(catalog.item(id: "feelings.name-it")?.rule.priority == 99)
    #expect(catalog.item(id: "mine.one")?.source == .userFile)
    let disabled = try #require(catalog.item(id: "depth.concrete-example"))
    #expect(disabled.isDisabled)
    #expect(disabled.source == .builtIn)
    #expect(catalog.items.last?.rule.id == "mine.one", "the user's own rules come last")
    #expect(catalog.items.filter(\.isDisabled).count == 1)
  }

  @Test func theBuiltInPackAloneIsAllBuiltIn() {
    let catalog = RuleCatalog(RuleEngine.builtIn.ruleSet, builtIn: RuleEngine.builtIn.ruleSet)
    #expect(catalog.items.allSatisfy { $0.source == .builtIn && !$0.isDisabled })
    #expect(catalog.items.map(\.rule.id) == RuleEngine.builtIn.rules.map(\.id))
  }
}

@Suite struct ConditionJSONTests {
  @Test func everyBuiltInConditionIsValidJSON() throws {
    for rule in RuleEngine.builtIn.rules {
      #expect(!rule.conditionJSON.isEmpty, "\(rule.id)")
      let parsed = try JSONSerializationCheck.parse(rule.conditionJSON)
      #expect(parsed, "\(rule.id): \(rule.conditionJSON)")
    }
  }

  @Test func shortConditionsStayOnOneLine() throws {
    let rule = try #require(RuleEngine.builtIn.rule(id: "feelings.name-it"))
    #expect(rule.conditionJSON == #"{"lacks": "@feelings"}"#)
  }

  @Test func longConditionsBreakOneItemPerLine() throws {
    let node = try JSON5Parser.parse(
      #"{all: [{contains: "@notDone"}, {lacks: "@reasons"}, {lacks: "@nothingMissed"}, {words: {min: 3}}]}"#
    )
    #expect(
      node.jsonText(width: 60) == """
        {
          "all": [
            {"contains": "@notDone"},
            {"lacks": "@reasons"},
            {"lacks": "@nothingMissed"},
            {"words": {"min": 3}}
          ]
        }
        """)
  }

  @Test func stringsAreEscapedAndNumbersKeepTheirForm() throws {
    let node = try JSON5Parser.parse(#"{a: 'say "hi"\n', b: 0.6, c: 3, d: [true, null]}"#)
    #expect(node.flatText == #"{"a": "say \"hi\"\n", "b": 0.6, "c": 3, "d": [true, null]}"#)
  }
}

/// Parses JSON with the Foundation decoder, to prove the text is standard JSON.
enum JSONSerializationCheck {
  struct AnyJSON: Decodable {
    init(from decoder: any Decoder) throws {
      if var list = try? decoder.unkeyedContainer() {
        while !list.isAtEnd { _ = try list.decode(AnyJSON.self) }
      } else if let object = try? decoder.container(keyedBy: Key.self) {
        for key in object.allKeys { _ = try object.decode(AnyJSON.self, forKey: key) }
      } else {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() { return }
        if (try? value.decode(Bool.self)) != nil { return }
        if (try? value.decode(Double.self)) != nil { return }
        _ = try value.decode(String.self)
      }
    }
  }

  struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  static func parse(_ text: String) throws -> Bool {
    _ = try JSONDecoder().decode(AnyJSON.self, from: Data(text.utf8))
    return true
  }
}

@Suite struct RuleTrialJSONTests {
  @Test func hasExactlyTheDocumentedFields() throws {
    let results = RuleTrial.run(
      RuleEngine.builtIn, answer: "What do you want? Did you try? Is it late?",
      at: .grow(.questions))
    let json = try RuleTrial.json(results)
    struct Document: Decodable {
      var nudges: [[String: Field]]
    }
    enum Field: Decodable {
      case other
      init(from decoder: any Decoder) throws { self = .other }
    }
    let document = try JSONDecoder().decode(Document.self, from: Data(json.utf8))
    #expect(document.nudges.count == 2)
    for nudge in document.nudges {
      #expect(Set(nudge.keys) == ["rule", "ask", "why", "evidence", "shown"])
    }
    let decoded = try JSONDecoder().decode([String: [RuleTrial.Result]].self, from: Data(json.utf8))
    #expect(decoded["nudges"]?.map(\.nudge.ruleID) == ["questions.open", "questions.how"])
    #expect(decoded["nudges"]?.map(\.isShown) == [true, false])
  }
}

@Suite struct ImportFollowUpTests {
  static let date = Date(timeIntervalSince1970: 1_800_000_000)

  func imported(_ answers: [Int: String], grow: GrowRecall = GrowRecall()) -> Entry {
    Entry(
      kind: .best, status: .complete, coachee: "Ravi",
      sessionDate: CalendarDate(year: 2026, month: 11, day: 28)!, grow: grow, answers: answers,
      source: .import, createdAt: Self.date)
  }

  @Test func recordsWhatFiresAsPendingFollowUpsFromTheImport() {
    let entry = imported(
      [1: "I told him to call the client first.", 2: "It was a useful session."],
      grow: GrowRecall(goal: "A plan"))
    let followUps = RuleEngine.builtIn.followUpsForImport(of: entry, history: .empty, at: Self.date)
    #expect(
      followUps.map(\.ruleID) == ["depth.too-short", "telling.not-asking", "feelings.name-it"])
    #expect(followUps.map(\.step) == [.grow(.goal), .question(1), .question(2)])
    #expect(followUps.allSatisfy { $0.isFromImport && $0.response == .pending && $0.reply == nil })
    #expect(followUps.allSatisfy { $0.offeredAt == Self.date })
  }

  @Test func atMostThePerAnswerLimitAndNeverTheSameRuleTwice() throws {
    let entry = imported([1: "Fine.", 2: "Good.", 3: "Ok."])
    let one = RuleEngine.builtIn.followUpsForImport(of: entry, history: .empty, at: Self.date)
    // depth.too-short fires on all three answers but is recorded once; the other answers'
    // next rules take its place only where they fire.
    #expect(one.filter { $0.ruleID == "depth.too-short" }.count == 1)
    #expect(Set(one.map(\.ruleID)).count == one.count)
    #expect(Dictionary(grouping: one, by: \.step).values.allSatisfy { $0.count == 1 })

    let (two, _) = RuleEngine.loading(
      userFile: "{settings: {maxFollowUpsPerAnswer: 2}}", named: "r")
    let questions = imported(
      [:], grow: GrowRecall(questions: "What do you want? Did you try? Is it late?"))
    #expect(
      two.followUpsForImport(of: questions, history: .empty, at: Self.date).map(\.ruleID)
        == ["questions.open", "questions.how"])
    #expect(
      RuleEngine.builtIn.followUpsForImport(of: questions, history: .empty, at: Self.date)
        .map(\.ruleID) == ["questions.open"])
  }

  @Test func historyRulesSeeEarlierEntries() throws {
    let answer = "I learned that when I stay quiet for 10 seconds, Ravi finds the answer himself."
    let earlier = CoachHistory.PastEntry(
      id: 9, sessionDate: CalendarDate(year: 2026, month: 11, day: 1)!, answers: [6: answer])
    let followUps = RuleEngine.builtIn.followUpsForImport(
      of: imported([6: answer]), history: CoachHistory(entries: [earlier]), at: Self.date)
    let repeated = try #require(followUps.first { $0.ruleID == "history.repeated-answer" })
    #expect(repeated.evidence.relatedEntryID == 9)
  }

  @Test func keepsFollowUpsTheEntryAlreadyHas() {
    var entry = imported([2: "It was a useful session."])
    entry.followUps = [
      FollowUp(
        ruleID: "feelings.name-it", step: .question(2), ask: "?", why: ".",
        evidence: Evidence(summary: ""), offeredAt: Self.date)
    ]
    #expect(
      RuleEngine.builtIn.followUpsForImport(of: entry, history: .empty, at: Self.date).isEmpty)
  }
}
