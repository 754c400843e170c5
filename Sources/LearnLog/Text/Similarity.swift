/// How alike two answers are, from 0 (nothing shared) to 1 (the same words in the same order).
///
/// The measure is the Jaccard index over "shingles": every word and every pair of neighbouring
/// words. Sharing words scores; sharing them in the same order scores more. Two empty answers
/// score 0: nothing was repeated.
public enum Similarity {
  public static func score(_ first: AnalyzedText, _ second: AnalyzedText) -> Double {
    let left = shingles(of: first)
    let right = shingles(of: second)
    let union = left.union(right).count
    guard union > 0 else { return 0 }
    return Double(left.intersection(right).count) / Double(union)
  }

  /// Convenience for two plain strings.
  public static func score(_ first: String, _ second: String) -> Double {
    score(AnalyzedText(first), AnalyzedText(second))
  }

  private static func shingles(of text: AnalyzedText) -> Set<String> {
    let words = text.tokens.map(\.text)
    var result = Set(words)
    for index in words.indices.dropLast() {
      result.insert(words[index] + " " + words[index + 1])
    }
    return result
  }
}
