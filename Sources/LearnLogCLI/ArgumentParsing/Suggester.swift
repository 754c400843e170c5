/// Finds the valid name a user most likely meant, for "did you mean …?" hints.
enum Suggester {
  /// The candidate closest to `word`, or `nil` when none is close enough to be a useful guess.
  ///
  /// A unique candidate that starts with what was typed wins (`rev` → `review`); otherwise the
  /// candidate with the smallest Damerau–Levenshtein distance, if that distance is small for the
  /// word's length (one edit for short words, up to three for long ones). Case is ignored.
  static func nearest(to word: String, among candidates: [String]) -> String? {
    let typed = word.lowercased()
    let typedCore = typed.drop { $0 == "-" }
    guard !typedCore.isEmpty else { return nil }
    if let exact = candidates.first(where: { $0.lowercased() == typed }) { return exact }

    // Two letters are enough to mean something; one would match half the commands.
    if typedCore.count >= 2 {
      let extensions = candidates.filter { $0.lowercased().hasPrefix(typed) }
      if extensions.count == 1 { return extensions[0] }
    }

    let threshold = max(1, min(3, typedCore.count / 3))
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = damerauLevenshteinDistance(typed, candidate.lowercased())
      if distance <= threshold, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The number of insertions, deletions, substitutions and swaps of adjacent characters that
  /// turn `source` into `target` (the "optimal string alignment" variant).
  static func damerauLevenshteinDistance(_ source: String, _ target: String) -> Int {
    let a = Array(source)
    let b = Array(target)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows suffice: the swap looks back two rows.
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
