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

  /// Every match in `text`, in reading order (at most `limit`). Matches of different patterns
  /// may overlap.
  public func matches(in text: AnalyzedText, limit: Int = .max) -> [PatternMatch] {
    spans(in: text).prefix(limit).map { span in
      PatternMatch(
        pattern: patterns[span.pattern].source, words: span.words,
        excerpt: text.excerpt(from: span.words.lowerBound, to: span.words.upperBound))
    }
  }

  /// How many matches there are, and the coach's words for the first `limit` of them: what
  /// evidence needs, in one pass.
  public func summary(in text: AnalyzedText, limit: Int) -> (count: Int, excerpts: [String]) {
    let all = spans(in: text)
    return (
      all.count,
      all.prefix(limit).map { text.excerpt(from: $0.words.lowerBound, to: $0.words.upperBound) }
    )
  }

  /// How many times any pattern matches.
  public func count(in text: AnalyzedText) -> Int {
    spans(in: text).count
  }

  /// True when at least one pattern matches.
  public func isFound(in text: AnalyzedText) -> Bool {
    patterns.indices.contains { !spans(of: $0, in: text, stopAtFirst: true).isEmpty }
  }

  /// Where each match lies, without copying any text: most evaluations only count.
  private func spans(in text: AnalyzedText) -> [(words: ClosedRange<Int>, pattern: Int)] {
    var found: [(words: ClosedRange<Int>, pattern: Int)] = []
    for index in patterns.indices {
      found += spans(of: index, in: text, stopAtFirst: false).map { ($0, index) }
    }
    if patterns.count > 1 {
      found.sort { ($0.words.lowerBound, $0.words.upperBound) < ($1.words.lowerBound, $1.words.upperBound) }
    }
    return found
  }

  private func spans(of index: Int, in text: AnalyzedText, stopAtFirst: Bool) -> [ClosedRange<Int>] {
    let pattern = patterns[index]
    let length = pattern.terms.count
    var found: [ClosedRange<Int>] = []
    for start in candidateStarts(of: pattern, in: text)
    where start + length <= text.tokens.count
      && (!pattern.isAnchored || text.tokens[start].startsSentence)
    {
      var isMatch = true
      for offset in 1..<length where !pattern.terms[offset].matches(text.tokens[start + offset]) {
        isMatch = false
        break
      }
      if isMatch {
        found.append(start...(start + length - 1))
        if stopAtFirst { break }
      }
    }
    return found
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
