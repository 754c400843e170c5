/// The figures the reports need from the whole log, aggregated by the store (one row per rule,
/// month and response) so that a log of 10,000 entries is never loaded whole.
public struct LogActivity: Sendable, Equatable {
  /// How many follow-ups one rule offered in one month (by session date), with one response.
  public struct Tally: Sendable, Equatable {
    public var ruleID: String
    /// `YYYY-MM` of the entries' session dates.
    public var month: String
    public var response: FollowUpResponse
    public var count: Int
    public var firstDate: CalendarDate
    public var lastDate: CalendarDate

    public init(
      ruleID: String, month: String, response: FollowUpResponse, count: Int,
      firstDate: CalendarDate, lastDate: CalendarDate
    ) {
      self.ruleID = ruleID
      self.month = month
      self.response = response
      self.count = count
      self.firstDate = firstDate
      self.lastDate = lastDate
    }
  }

  /// Follow-up counts, in any order.
  public var tallies: [Tally]
  /// Entries (drafts included) per `YYYY-MM`, within the filter's dates.
  public var entriesByMonth: [String: Int]
  /// How many of the coach's most recent complete reflections `recentRuleCounts` looked at.
  public var recentEntries: Int
  /// Per rule, in how many of those recent reflections it offered a follow-up.
  public var recentRuleCounts: [String: Int]

  public init(
    tallies: [Tally] = [], entriesByMonth: [String: Int] = [:], recentEntries: Int = 0,
    recentRuleCounts: [String: Int] = [:]
  ) {
    self.tallies = tallies
    self.entriesByMonth = entriesByMonth
    self.recentEntries = recentEntries
    self.recentRuleCounts = recentRuleCounts
  }

  /// Every entry in the filter's dates.
  public var entryCount: Int { entriesByMonth.values.reduce(0, +) }
}
