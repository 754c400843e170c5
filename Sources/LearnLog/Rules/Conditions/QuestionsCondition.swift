/// `questions`: counts the questions listed in the answer by kind (`how`, `open`, `closed`;
/// `open` includes `how`).
///
/// `{"questions": {"kind": "closed", "fractionAtLeast": 0.6, "minimumQuestions": 2}}` holds when
/// at least two questions are listed and at least 60% of them are closed. Every bound given must
/// hold; with fewer than `minimumQuestions` (default 1) questions it never holds.
public struct QuestionsCondition: Sendable, Equatable {
  public var kind: QuestionKind
  public var atLeast: Int?
  public var atMost: Int?
  public var fractionAtLeast: Double?
  public var fractionAtMost: Double?
  public var minimumQuestions: Int

  public init(
    kind: QuestionKind, atLeast: Int? = nil, atMost: Int? = nil, fractionAtLeast: Double? = nil,
    fractionAtMost: Double? = nil, minimumQuestions: Int = 1
  ) {
    self.kind = kind
    self.atLeast = atLeast
    self.atMost = atMost
    self.fractionAtLeast = fractionAtLeast
    self.fractionAtMost = fractionAtMost
    self.minimumQuestions = minimumQuestions
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let questions = context.analysis.questions
    let matching = questions.filter { $0.kind.counts(as: kind) }
    let total = questions.count
    let count = matching.count
    let counts = ["questions": total, kind.rawValue: count]
    let matches = matching.map(\.text)
    guard total >= max(minimumQuestions, 1) else {
      let listed = total == 1 ? "1 question" : "\(total) questions"
      return ConditionResult(
        false, "only \(listed) listed (needs \(minimumQuestions))", counts: counts)
    }
    let fraction = Double(count) / Double(total)
    let isMet =
      count >= (atLeast ?? 0) && count <= (atMost ?? Int.max)
      && fraction >= (fractionAtLeast ?? 0) && fraction <= (fractionAtMost ?? 1)
    let name = kind == .how ? "a \"how\" question" : "\(kind.rawValue)"
    let verb = count == 1 ? "is" : "are"
    return ConditionResult(
      isMet, "\(count) of \(total) questions \(verb) \(name)", matches: matches, counts: counts)
  }

  var contradictions: [String] {
    var found: [String] = []
    if let atLeast, let atMost, atLeast > atMost {
      found.append("\"questions\" needs atLeast \(atLeast) ≤ atMost \(atMost)")
    }
    if let low = fractionAtLeast, let high = fractionAtMost, low > high {
      found.append("\"questions\" needs fractionAtLeast \(low) ≤ fractionAtMost \(high)")
    }
    return found
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> QuestionsCondition? {
    let allowed = [
      "kind", "atLeast", "atMost", "fractionAtLeast", "fractionAtMost", "minimumQuestions",
    ]
    guard let members = decoder.members(node, field: "questions", allowed: allowed) else {
      return nil
    }
    var condition = QuestionsCondition(kind: .other)
    var kind: QuestionKind?
    for member in members {
      let value = member.value
      switch member.key {
      case "kind":
        if let name = decoder.string(value, field: "kind") {
          kind = QuestionKind(rawValue: name)
          if kind == nil || kind == .other {
            decoder.fail(
              .invalidValue(
                decoder.location(value), field: "kind", expected: "how, open or closed",
                found: "\"\(name)\""))
          }
        }
      case "atLeast": condition.atLeast = decoder.integer(value, field: member.key)
      case "atMost": condition.atMost = decoder.integer(value, field: member.key)
      case "fractionAtLeast": condition.fractionAtLeast = decoder.fraction(value, field: member.key)
      case "fractionAtMost": condition.fractionAtMost = decoder.fraction(value, field: member.key)
      case "minimumQuestions":
        condition.minimumQuestions = decoder.integer(value, field: member.key, atLeast: 1) ?? 1
      default: break
      }
    }
    guard let kind, kind != .other else {
      if !members.contains(where: { $0.key == "kind" }) {
        decoder.fail(.missingField(decoder.location(node), field: "kind", context: "\"questions\""))
      }
      return nil
    }
    condition.kind = kind
    return condition
  }
}
