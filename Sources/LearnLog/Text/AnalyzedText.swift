/// An answer read once: its words and an index of them, shared by every rule that looks at it.
public struct AnalyzedText: Sendable {
  /// The text exactly as given.
  public let text: String
  /// The words, in order.
  public let tokens: [Token]
  /// Positions of each word, so a pattern's first word is found without a scan.
  let positions: [String: [Int]]
  /// The distinct words sorted by Unicode scalars, so a prefix pattern finds its words by
  /// binary search.
  let vocabulary: [String]

  public init(_ text: String) {
    self.text = text
    let tokens = Tokenizer.tokens(in: text)
    self.tokens = tokens
    self.wordCount = tokens.count { !$0.continuesWord }
    var positions: [String: [Int]] = [:]
    positions.reserveCapacity(tokens.count)
    for (offset, token) in tokens.enumerated() {
      positions[token.text, default: []].append(offset)
    }
    self.positions = positions
    // Sorted by an 8-byte prefix key first: most comparisons are then one integer compare.
    let words = Array(positions.keys)
    let keys = words.map(AnalyzedText.sortKey)
    self.vocabulary = words.indices.sorted {
      keys[$0] != keys[$1]
        ? keys[$0] < keys[$1] : AnalyzedText.scalarOrder(words[$0], words[$1])
    }.map { words[$0] }
  }

  /// The number of words (see `Tokenizer` for how CJK and emoji count).
  public let wordCount: Int

  /// The original text covered by tokens `first...last`, as the coach typed it.
  public func excerpt(from first: Int, to last: Int) -> String {
    String(text[tokens[first].range.lowerBound..<tokens[last].range.upperBound])
  }

  /// Word positions of every word that starts with `prefix`.
  func positions(ofWordsStartingWith prefix: String) -> [Int] {
    let prefixBytes = Array(prefix.utf8)
    var low = 0
    var high = vocabulary.count
    while low < high {
      let middle = (low + high) / 2
      if AnalyzedText.scalarOrder(vocabulary[middle], prefix) { low = middle + 1 } else {
        high = middle
      }
    }
    var found: [Int] = []
    while low < vocabulary.count, vocabulary[low].utf8.starts(with: prefixBytes) {
      found += positions[vocabulary[low]] ?? []
      low += 1
    }
    return found.sorted()
  }

  /// The first 8 UTF-8 bytes, big-endian, padded with zeros: ordering by it agrees with
  /// `scalarOrder` whenever two keys differ (words never contain a zero byte).
  static func sortKey(_ word: String) -> UInt64 {
    var key: UInt64 = 0
    var count = 0
    for byte in word.utf8.prefix(8) {
      key = key << 8 | UInt64(byte)
      count += 1
    }
    return key << (8 * UInt64(8 - count))
  }

  /// Orders by Unicode scalar values, so all words sharing a prefix sit next to each other.
  /// UTF-8 bytes sort in scalar order, and comparing them needs no decoding.
  static func scalarOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }
}
