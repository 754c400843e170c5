/// Which part of the log a report looks at: a range of session dates, one rule, one question.
/// Every part is optional; the empty filter is the whole log.
public struct ReportFilter: Sendable, Equatable, Codable {
  /// The first session date included.
  public var since: CalendarDate?
  /// The last session date included.
  public var until: CalendarDate?
  /// Only follow-ups from this rule.
  public var ruleID: String?
  /// Only follow-ups offered at this question (and, for the review, that question's answers).
  public var question: Int?

  public init(
    since: CalendarDate? = nil, until: CalendarDate? = nil, ruleID: String? = nil,
    question: Int? = nil
  ) {
    self.since = since
    self.until = until
    self.ruleID = ruleID
    self.question = question
  }

  public static let everything = ReportFilter()

  /// True when the date range contains `date`.
  public func includes(_ date: CalendarDate) -> Bool {
    if let since, date < since { return false }
    if let until, until < date { return false }
    return true
  }
}
