/// `listItems`: how many items the answer lists (split at line breaks, `;`, `,`, `、`,
/// bullets and "or"; see `ListSplitter`).
///
/// `{"listItems": {"atMost": 1}}` holds for "Meet the new buyer." and not for
/// "Meet the buyer; offer a trial lane".
public struct ListItemsCondition: Sendable, Equatable {
  public var atLeast: Int?
  public var atMost: Int?

  public init(atLeast: Int? = nil, atMost: Int? = nil) {
    self.atLeast = atLeast
    self.atMost = atMost
  }

  func evaluate(_ context: EvaluationContext) -> ConditionResult {
    let items = context.analysis.listItems
    let isMet = items.count >= (atLeast ?? 0) && items.count <= (atMost ?? Int.max)
    let noun = items.count == 1 ? "item" : "items"
    let shown = items.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
    return ConditionResult(
      isMet, "\(items.count) \(noun) listed\(items.isEmpty ? "" : ": " + shown)", matches: items,
      counts: ["items": items.count])
  }

  var contradictions: [String] {
    if let atLeast, let atMost, atLeast > atMost {
      return ["\"listItems\" needs atLeast \(atLeast) ≤ atMost \(atMost)"]
    }
    return []
  }

  static func decode(_ node: JSONNode, in decoder: inout RuleDecoder) -> ListItemsCondition? {
    guard let members = decoder.members(node, field: "listItems", allowed: ["atLeast", "atMost"])
    else { return nil }
    var condition = ListItemsCondition()
    for member in members {
      let value = decoder.integer(member.value, field: member.key)
      if member.key == "atLeast" { condition.atLeast = value } else { condition.atMost = value }
    }
    if members.isEmpty {
      decoder.fail(.missingField(decoder.location(node), field: "atLeast\" or \"atMost", context: "\"listItems\""))
      return nil
    }
    return condition
  }
}
