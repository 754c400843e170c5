/// `similarToEarlier`: the answer is close to the coach's answer to the same step in one of
/// their last `ofLast` entries (default 20). The evidence names that entry.
///
/// `{"similarToEarlier": {"atLeast": 0.8}}`; answers under `minimumWords` words (default 4)
/// never count, as "Fine." twice says little.
public struct SimilarToEarlierCondition: Sendable, Equatable {
  public var atLeast: Double
  public var ofLast: Int
  public var minimumWords: Int

  public init(atLeast: Double, ofLast: Int = 20, minimumWords: Int = 4) {
    self.atLeast = atLeast
    self.ofLast = ofLast
    self.minimumWords = minimumWords
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let answer = context.analysis.text
    guard answer.wordCount >= minimumWords else {
      return ConditionResult(false, "too short to compare (\(answer.wordCount) words)")
    }
    var best: (score: Double, entry: Int64)?
    for past in context.history.prefix(ofLast) {
      guard let earlier = past.answer(at: context.step), !earlier.trimmed.isEmpty else { continue }
      let score = Similarity.score(answer, context.analysis(of: earlier).text)
      if score > (best?.score ?? -1) { best = (score, past.entry) }
    }
    guard let best else {
      return ConditionResult(false, "no earlier answer to \(context.step.id) to compare with")
    }
    let percent = Int((best.score * 100).rounded())
    return ConditionResult(
      best.score >= atLeast,
      "\(percent)% the same as your answer to \(context.step.id) in entry \(best.entry)",
      counts: ["similarity%": percent], relatedEntryID: best.entry)
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> SimilarToEarlierCondition? {
    guard
      let members = decoder.members(
        node, field: "similarToEarlier", allowed: ["atLeast", "ofLast", "minimumWords"])
    else { return nil }
    var condition = SimilarToEarlierCondition(atLeast: 0.8)
    for member in members {
      switch member.key {
      case "atLeast":
        condition.atLeast = decoder.fraction(member.value, field: "atLeast") ?? condition.atLeast
      case "ofLast":
        condition.ofLast = decoder.integer(member.value, field: "ofLast", atLeast: 1) ?? 20
      case "minimumWords":
        condition.minimumWords = decoder.integer(member.value, field: "minimumWords") ?? 4
      default: break
      }
    }
    return condition
  }
}

extension CoachHistory.PastEntry {
  fileprivate var entry: Int64 { id }
}
