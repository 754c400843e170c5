/// A list of patterns compiled once (when the rules load) and run against many answers.
public struct PatternMatcher: Sendable, Equatable {
  public let patterns: [Pattern]

  public init(_ patterns: [Pattern]) {
    // The same pattern listed twice (often through two word lists) would count twice.
    var seen = Set<Key>()
    self.patterns = patterns.filter {
      seen.insert(Key(terms: $0.terms, isAnchored: $0.isAnchored)).inserted
    }
  }

  /// What makes two patterns the same, whatever their spelling (`Feel` and `feel`).
  private struct Key: Hashable {
    var terms: [PatternTerm]
    var isAnchored: Bool
  }

  /// Compiles each source string; throws the first pattern that cannot be compiled.
  public init(compiling sources: [String]) throws(PatternError) {
    var patterns: [Pattern] = []
    for source in sources { patterns.append(try Pattern(source)) }
    self.init(patterns)
  }

  /// Every match in `text`, in reading order. Matches of different patterns may overlap.
  public func matches(in text: AnalyzedText) -> [PatternMatch] {
    var found: [PatternMatch] = []
    for pattern in patterns {
      for start in candidateStarts(of: pattern, in: text)
      where start + pattern.terms.count <= text.tokens.count
        && (!pattern.isAnchored || text.tokens[start].startsSentence)
      {
        var isMatch = true
        for (offset, term) in pattern.terms.enumerated().dropFirst()
        where !term.matches(text.tokens[start + offset]) {
          isMatch = false
          break
        }
        if isMatch {
          let end = start + pattern.terms.count - 1
          found.append(
            PatternMatch(
              pattern: pattern.source, words: start...end,
              excerpt: text.excerpt(from: start, to: end)))
        }
      }
    }
    return found.sorted { ($0.words.lowerBound, $0.words.upperBound) < ($1.words.lowerBound, $1.words.upperBound) }
  }

  /// How many times any pattern matches.
  public func count(in text: AnalyzedText) -> Int {
    matches(in: text).count
  }

  /// True when at least one pattern matches.
  public func isFound(in text: AnalyzedText) -> Bool {
    !matches(in: text).isEmpty
  }

  /// Positions where the pattern's first term matches, found through the text's word index.
  private func candidateStarts(of pattern: Pattern, in text: AnalyzedText) -> [Int] {
    switch pattern.terms[0] {
    case .word(let word): text.positions[word] ?? []
    case .prefix(let stem): text.positions(ofWordsStartingWith: stem)
    case .anyWord: Array(text.tokens.indices)
    case .number: text.tokens.indices.filter { text.tokens[$0].isNumber }
    }
  }
}
