/// The prompt history: per rule, how often its follow-up was offered, in how many entries, when
/// first and last, how the coach responded, and the trend by month; recurring themes first.
/// With a question, also the coach's answers to it over time.
public struct PromptReview: Sendable, Equatable {
  public struct Responses: Sendable, Equatable, Codable {
    public var answered = 0
    public var skipped = 0
    public var dismissed = 0
    public var pending = 0

    public init(answered: Int = 0, skipped: Int = 0, dismissed: Int = 0, pending: Int = 0) {
      self.answered = answered
      self.skipped = skipped
      self.dismissed = dismissed
      self.pending = pending
    }

    public subscript(response: FollowUpResponse) -> Int {
      get {
        switch response {
        case .answered: answered
        case .skipped: skipped
        case .dismissed: dismissed
        case .pending: pending
        }
      }
      set {
        switch response {
        case .answered: answered = newValue
        case .skipped: skipped = newValue
        case .dismissed: dismissed = newValue
        case .pending: pending = newValue
        }
      }
    }
  }

  /// One rule's history.
  public struct RuleHistory: Sendable, Equatable {
    public var ruleID: String
    public var why: String
    /// Set when the rule is a recurring theme.
    public var theme: RecurringTheme?
    /// Follow-ups offered. A rule asks at most once per entry, so this is also the number of
    /// entries it was offered in.
    public var offered: Int
    public var entries: Int
    public var firstDate: CalendarDate
    public var lastDate: CalendarDate
    public var responses: Responses
    /// Follow-ups per month, aligned with `PromptReview.months`.
    public var byMonth: [Int]
  }

  public var filter: ReportFilter
  /// Every month from the first to the last entry in the filter's dates.
  public var months: [String]
  /// Entries per month, aligned with `months`.
  public var entriesByMonth: [Int]
  public var entryCount: Int
  public var themes: [RecurringTheme]
  /// Recurring themes first (most frequent first), then the other rules by follow-ups offered.
  public var rules: [RuleHistory]
  /// With `--question N`: the question, and its answers, oldest first.
  public var question: Question?
  public var answers: [AnswerHistory]

  public init(
    activity: LogActivity, filter: ReportFilter, reasons: RuleReasons,
    framework: Framework = .leadershipLearningLog, answers: [AnswerHistory] = []
  ) {
    self.filter = filter
    let allThemes = RecurringTheme.themes(in: activity, why: reasons.why)
    themes = filter.ruleID.map { id in allThemes.filter { $0.ruleID == id } } ?? allThemes
    months = MonthAxis.covering(
      Array(activity.entriesByMonth.keys) + activity.tallies.map(\.month))
    let months = months
    entriesByMonth = months.map { activity.entriesByMonth[$0] ?? 0 }
    entryCount = activity.entryCount
    question = filter.question.flatMap(framework.question)
    self.answers = answers

    let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
    var byRule: [String: RuleHistory] = [:]
    for tally in activity.tallies {
      var history =
        byRule[tally.ruleID]
        ?? RuleHistory(
          ruleID: tally.ruleID, why: reasons.why(tally.ruleID),
          theme: allThemes.first { $0.ruleID == tally.ruleID }, offered: 0, entries: 0,
          firstDate: tally.firstDate, lastDate: tally.lastDate, responses: Responses(),
          byMonth: Array(repeating: 0, count: months.count))
      history.offered += tally.count
      history.entries += tally.count
      history.firstDate = min(history.firstDate, tally.firstDate)
      history.lastDate = max(history.lastDate, tally.lastDate)
      history.responses[tally.response] += tally.count
      if let index = monthIndex[tally.month] { history.byMonth[index] += tally.count }
      byRule[tally.ruleID] = history
    }
    let themeRank = Dictionary(
      uniqueKeysWithValues: allThemes.enumerated().map { ($1.ruleID, $0) })
    rules = byRule.values.sorted { left, right in
      switch (themeRank[left.ruleID], themeRank[right.ruleID]) {
      case let (l?, r?): return l < r
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return (left.offered, right.ruleID) > (right.offered, left.ruleID)
      }
    }
  }

  /// All follow-ups offered in the filter.
  public var offeredCount: Int { rules.reduce(0) { $0 + $1.offered } }
}

/// One answer to a question, with the follow-ups it received: how the coach's thinking moved.
public struct AnswerHistory: Sendable, Equatable, Codable {
  public struct Reply: Sendable, Equatable, Codable {
    public var rule: String
    public var ask: String
    public var response: FollowUpResponse
    public var reply: String?

    public init(rule: String, ask: String, response: FollowUpResponse, reply: String?) {
      self.rule = rule
      self.ask = ask
      self.response = response
      self.reply = reply
    }
  }

  public var entryID: Int64
  public var kind: EntryKind
  public var coachee: String
  public var sessionDate: CalendarDate
  public var text: String
  public var followUps: [Reply]

  public init(
    entryID: Int64, kind: EntryKind, coachee: String, sessionDate: CalendarDate, text: String,
    followUps: [Reply] = []
  ) {
    self.entryID = entryID
    self.kind = kind
    self.coachee = coachee
    self.sessionDate = sessionDate
    self.text = text
    self.followUps = followUps
  }
}
