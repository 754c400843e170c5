/// The brief as JSON (`learnlog prepare --format json`). Field names are a public contract.
public struct CoachBriefDocument: Codable, Equatable, Sendable {
  public struct Answer: Codable, Equatable, Sendable {
    public var question: Int
    public var title: String
    public var text: String?
    public var skipped: Bool
  }

  public struct FollowUpDocument: Codable, Equatable, Sendable {
    public var rule: String
    public var step: String
    public var ask: String
    public var response: FollowUpResponse
    public var reply: String?
  }

  public struct Reflection: Codable, Equatable, Sendable {
    public var entry: Int64
    public var kind: EntryKind
    public var status: EntryStatus
    public var coachee: String
    public var sessionDate: String
    public var grow: EntryDocument.Grow
    /// The answers the brief shows, grouped as in the brief (`happened`, `learnt`, …).
    public var parts: [String: [Answer]]
    public var followUps: [FollowUpDocument]
  }

  public struct Missing: Codable, Equatable, Sendable {
    public var kind: EntryKind
    public var note: String
  }

  public var preparedOn: String
  public var best: Reflection?
  public var challenging: Reflection?
  public var missing: [Missing]
  public var themes: [RecurringTheme]
  public var questionsToBring: [CoachBrief.Talking]

  public init(_ brief: CoachBrief) {
    preparedOn = brief.preparedOn.iso
    best = brief.best.entry.map { Self.reflection($0, brief: brief) }
    challenging = brief.challenging.entry.map { Self.reflection($0, brief: brief) }
    missing = brief.missingKinds.map { Missing(kind: $0, note: CoachBrief.howToCreate($0)) }
    themes = brief.themes
    questionsToBring = brief.questionsToBring
  }

  private static func reflection(_ entry: Entry, brief: CoachBrief) -> Reflection {
    var parts: [String: [Answer]] = [:]
    for part in CoachBrief.parts {
      parts[part.id] = part.questions.map { number in
        Answer(
          question: number, title: brief.questionText(number), text: entry.answers[number],
          skipped: entry.skipped.contains(.question(number)))
      }
    }
    return Reflection(
      entry: entry.id, kind: entry.kind, status: entry.status, coachee: entry.coachee,
      sessionDate: entry.sessionDate.iso,
      grow: EntryDocument.Grow(
        goal: entry.grow.goal, reality: entry.grow.reality, options: entry.grow.options,
        will: entry.grow.will, questions: entry.grow.questions),
      parts: parts,
      followUps: entry.followUps.map {
        FollowUpDocument(rule: $0.ruleID, step: $0.step.id, ask: $0.ask, response: $0.response, reply: $0.reply)
      })
  }
}
