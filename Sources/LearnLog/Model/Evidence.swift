/// Why a rule fired, in terms a coach can check: the words that matched, the counts compared,
/// the earlier entry an answer was compared with.
public struct Evidence: Sendable, Codable, Equatable, Hashable {
  /// One sentence, e.g. `no feeling word in "It was a useful session."`.
  public var summary: String
  /// Words or phrases that matched, in the order found.
  public var matches: [String]
  /// Named figures the condition compared, e.g. `["we": 5, "i": 1]`.
  public var counts: [String: Int]
  /// The earlier entry a history condition looked at.
  public var relatedEntryID: Int64?

  public init(
    summary: String, matches: [String] = [], counts: [String: Int] = [:],
    relatedEntryID: Int64? = nil
  ) {
    self.summary = summary
    self.matches = matches
    self.counts = counts
    self.relatedEntryID = relatedEntryID
  }
}
