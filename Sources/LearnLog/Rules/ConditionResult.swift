/// Whether a condition holds, and the evidence either way (a `not` flips the first and keeps
/// the second, so evidence is always worded for the actual outcome).
struct ConditionResult {
  var isMet: Bool
  var evidence: Evidence

  init(_ isMet: Bool, _ summary: String, matches: [String] = [], counts: [String: Int] = [:],
       relatedEntryID: Int64? = nil) {
    self.isMet = isMet
    self.evidence = Evidence(
      summary: summary, matches: matches, counts: counts, relatedEntryID: relatedEntryID)
  }

  init(isMet: Bool, evidence: Evidence) {
    self.isMet = isMet
    self.evidence = evidence
  }

  /// The evidence of several results read together ("; " between summaries).
  static func merged(_ results: [ConditionResult], isMet: Bool) -> ConditionResult {
    var evidence = Evidence(summary: results.map(\.evidence.summary).joined(separator: "; "))
    for result in results {
      evidence.matches += result.evidence.matches.filter { !evidence.matches.contains($0) }
      evidence.counts.merge(result.evidence.counts) { first, _ in first }
      evidence.relatedEntryID = evidence.relatedEntryID ?? result.evidence.relatedEntryID
    }
    return ConditionResult(isMet: isMet, evidence: evidence)
  }
}
