/// Reads one rule object of a rule file.
enum RuleReader {
  static let fields = ["id", "appliesTo", "when", "ask", "why", "priority", "examples", "note"]

  /// The rule, or nil (with the problems in `decoder.errors`) when it is unusable.
  static func rule(_ node: JSONNode, in decoder: inout RuleDecoder) -> Rule? {
    let errorCount = decoder.errors.count
    guard let members = decoder.members(node, field: "rule", allowed: fields) else { return nil }
    func value(_ key: String) -> JSONNode? { members.first { $0.key == key }?.value }
    guard let idNode = value("id"), let id = decoder.string(idNode, field: "id"), !id.isEmpty else {
      if value("id") == nil {
        decoder.fail(.missingField(decoder.location(node), field: "id", context: "a rule"))
      }
      return nil
    }
    decoder.ruleID = id
    let context = "rule \"\(id)\""
    for field in ["appliesTo", "when", "ask", "why"] where value(field) == nil {
      decoder.fail(.missingField(decoder.location(node), field: field, context: context))
    }
    var scopes: [RuleScope] = []
    if let node = value("appliesTo") {
      for element in node.elements ?? [node] {
        if let scope = decoder.scope(element, field: "appliesTo") { scopes.append(scope) }
      }
    }
    let condition = value("when").flatMap { decoder.condition($0) }
    let ask = value("ask").flatMap { decoder.strings($0, field: "ask") } ?? []
    if let node = value("ask"), ask.isEmpty || ask.contains(where: { $0.trimmed.isEmpty }) {
      decoder.fail(
        .invalidValue(
          decoder.location(node), field: "ask", expected: "one or more non-empty phrasings",
          found: "an empty one"))
    }
    let why = value("why").flatMap { decoder.string($0, field: "why") } ?? ""
    var priority = 50
    if let node = value("priority") {
      if let number = node.integer { priority = number } else {
        decoder.fail(
          .invalidValue(
            decoder.location(node), field: "priority", expected: "a whole number",
            found: node.kindName))
      }
    }
    let defaultStep = scopes.lazy.compactMap(\.exampleStep).first
    let examples = value("examples").map { readExamples($0, defaultStep: defaultStep, in: &decoder) }
    guard decoder.errors.count == errorCount, let condition else { return nil }
    return Rule(
      id: id, appliesTo: scopes, condition: condition,
      conditionJSON: value("when").map { $0.jsonText() } ?? "", ask: ask, why: why,
      priority: priority, examples: examples ?? RuleExamples(), location: decoder.location(node))
  }

  private static func readExamples(
    _ node: JSONNode, defaultStep: Step?, in decoder: inout RuleDecoder
  ) -> RuleExamples {
    var examples = RuleExamples()
    guard let members = decoder.members(node, field: "examples", allowed: ["fires", "quiet"]) else {
      return examples
    }
    for member in members {
      guard let elements = member.value.elements else {
        decoder.fail(
          .invalidValue(
            decoder.location(member.value), field: member.key, expected: "a list of examples",
            found: member.value.kindName))
        continue
      }
      let read = elements.compactMap { example($0, defaultStep: defaultStep, in: &decoder) }
      if member.key == "fires" { examples.fires = read } else { examples.quiet = read }
    }
    return examples
  }

  private static func example(_ node: JSONNode, defaultStep: Step?, in decoder: inout RuleDecoder)
    -> RuleExample?
  {
    let place = decoder.location(node)
    if let answer = node.string {
      return RuleExample(answer: answer, step: defaultStep, location: place)
    }
    guard
      let members = decoder.members(
        node, field: "example", allowed: ["answer", "step", "entry", "history", "fired", "note"])
    else { return nil }
    var example = RuleExample(answer: "", step: defaultStep, location: place)
    for member in members {
      let value = member.value
      switch member.key {
      case "answer": example.answer = decoder.string(value, field: "answer") ?? ""
      case "step":
        if case .step(let step)? = decoder.scope(value, field: "step") { example.step = step }
      case "entry": example.entryAnswers = answers(value, field: "entry", in: &decoder)
      case "fired":
        example.firedInEntry = Set(decoder.strings(value, field: "fired") ?? [])
      case "history":
        for (offset, item) in (value.elements ?? []).enumerated() {
          guard let fields = decoder.members(item, field: "history", allowed: ["id", "answers", "fired"])
          else { continue }
          func field(_ key: String) -> JSONNode? { fields.first { $0.key == key }?.value }
          var past = CoachHistory.PastEntry(
            id: Int64(field("id")?.integer ?? 100 - offset),
            sessionDate: RuleExample.exampleDate.adding(days: -7 * (offset + 1)))
          if let node = field("answers") {
            for (step, text) in answers(node, field: "answers", in: &decoder) {
              switch step {
              case .grow(let stage): past.grow[stage] = text
              case .question(let number): past.answers[number] = text
              default: break
              }
            }
          }
          if let node = field("fired") {
            past.firedRules = Set(decoder.strings(node, field: "fired") ?? [])
          }
          example.history.append(past)
        }
      default: break
      }
    }
    return example
  }

  /// `{"q3": "…", "goal": "…"}`: answers by step.
  private static func answers(_ node: JSONNode, field: String, in decoder: inout RuleDecoder)
    -> [Step: String]
  {
    guard let members = node.members else {
      decoder.fail(
        .invalidValue(
          decoder.location(node), field: field, expected: "an object of answers by step",
          found: node.kindName))
      return [:]
    }
    var answers: [Step: String] = [:]
    for member in members {
      guard case .step(let step)? = RuleScope(id: member.key) else {
        decoder.fail(.unknownStep(decoder.location(of: member), step: member.key))
        continue
      }
      answers[step] = decoder.string(member.value, field: member.key)
    }
    return answers
  }
}
