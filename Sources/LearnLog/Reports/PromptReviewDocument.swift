/// The prompt history as JSON (`learnlog review --format json`). Field names are a public
/// contract.
public struct PromptReviewDocument: Codable, Equatable, Sendable {
  public struct Month: Codable, Equatable, Sendable {
    public var month: String
    public var entries: Int
  }

  public struct MonthCount: Codable, Equatable, Sendable {
    public var month: String
    public var followUps: Int
  }

  public struct Rule: Codable, Equatable, Sendable {
    public var rule: String
    public var why: String
    public var recurringTheme: Bool
    public var offered: Int
    public var entries: Int
    public var first: String
    public var last: String
    public var responses: PromptReview.Responses
    public var byMonth: [MonthCount]
  }

  /// Every filter is written, null when not given, so the object always has the same keys.
  public struct Filter: Codable, Equatable, Sendable {
    public var since: String?
    public var until: String?
    public var rule: String?
    public var question: Int?

    private enum CodingKeys: String, CodingKey {
      case since, until, rule, question
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(since, forKey: .since)
      try container.encode(until, forKey: .until)
      try container.encode(rule, forKey: .rule)
      try container.encode(question, forKey: .question)
    }
  }

  public struct QuestionDocument: Codable, Equatable, Sendable {
    public var number: Int
    public var text: String
    public var answers: [AnswerDocument]
  }

  public struct AnswerDocument: Codable, Equatable, Sendable {
    public var entry: Int64
    public var kind: EntryKind
    public var coachee: String
    public var sessionDate: String
    public var text: String
    public var followUps: [AnswerHistory.Reply]
  }

  public var filter: Filter
  public var entries: Int
  public var months: [Month]
  public var themes: [RecurringTheme]
  public var rules: [Rule]
  public var question: QuestionDocument?

  public init(_ review: PromptReview) {
    filter = Filter(
      since: review.filter.since?.iso, until: review.filter.until?.iso, rule: review.filter.ruleID,
      question: review.filter.question)
    entries = review.entryCount
    months = zip(review.months, review.entriesByMonth).map { Month(month: $0, entries: $1) }
    themes = review.themes
    rules = review.rules.map { rule in
      Rule(
        rule: rule.ruleID, why: rule.why, recurringTheme: rule.theme != nil, offered: rule.offered,
        entries: rule.entries, first: rule.firstDate.iso, last: rule.lastDate.iso,
        responses: rule.responses,
        byMonth: zip(review.months, rule.byMonth).map { MonthCount(month: $0, followUps: $1) })
    }
    if let number = review.filter.question {
      question = QuestionDocument(
        number: number, text: review.question?.text ?? "Question \(number)",
        answers: review.answers.map {
          AnswerDocument(
            entry: $0.entryID, kind: $0.kind, coachee: $0.coachee, sessionDate: $0.sessionDate.iso,
            text: $0.text, followUps: $0.followUps)
        })
    }
  }
}
