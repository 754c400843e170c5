/// Which of the programme's sessions a reflection is about.
public enum EntryKind: String, Sendable, Codable, CaseIterable, Hashable {
  case best
  case challenging
  case other

  /// How the kind reads in a sentence or a table: "Best", "Most Challenging", "Other".
  public var title: String {
    switch self {
    case .best: "Best"
    case .challenging: "Most Challenging"
    case .other: "Other"
    }
  }

  /// Reads what a coach types or writes: "best", "Most Challenging", "challenging", "other", "b"…
  /// Returns nil when the text names no kind or is ambiguous.
  public init?(answer: String) {
    let words = answer.lowercased()
      .split(whereSeparator: { !$0.isLetter })
      .map(String.init)
    let text = words.joined(separator: " ")
    if text.isEmpty { return nil }
    let namesBest = words.contains("best") || text == "b"
    let namesChallenging =
      words.contains(where: { $0.hasPrefix("challeng") || $0 == "hardest" || $0 == "difficult" })
      || text == "c" || text == "mc"
    let namesOther = words.contains("other") || words.contains("another") || text == "o"
    switch (namesBest, namesChallenging, namesOther) {
    case (true, false, false): self = .best
    case (false, true, false): self = .challenging
    case (false, false, true): self = .other
    default: return nil
    }
  }
}

/// A reflection is a draft until the coach reaches the end (or says /done).
public enum EntryStatus: String, Sendable, Codable, CaseIterable, Hashable {
  case draft
  case complete
}

/// Where an entry came from.
public enum EntrySource: String, Sendable, Codable, Hashable {
  case conversation
  case `import`
}
