/// The brief for the coach-the-coach meeting: the Best and Most Challenging reflections side by
/// side, the follow-ups each raised, the themes that recur across the log, and the questions
/// to bring to the coach.
public struct CoachBrief: Sendable, Equatable {
  /// One side of the brief: a reflection, or a note that it is missing.
  public enum Side: Sendable, Equatable {
    case reflection(Entry)
    case missing(EntryKind)

    public var entry: Entry? {
      if case .reflection(let entry) = self { return entry }
      return nil
    }
  }

  /// A block of the brief that sets answers side by side.
  public struct Part: Sendable, Equatable {
    /// A stable id, used as the HTML section id and the JSON key.
    public var id: String
    public var title: String
    public var questions: [Int]
  }

  /// The parts, in order: what happened, what was learnt, what changes, results, the plan.
  public static let parts: [Part] = [
    Part(id: "happened", title: "What happened", questions: [1, 5]),
    Part(id: "learnt", title: "What was learnt", questions: [6, 11]),
    Part(id: "changes", title: "What changes", questions: [7, 8]),
    Part(id: "results", title: "Results", questions: [9, 10]),
    Part(id: "plan", title: "The plan", questions: [14, 15, 16]),
  ]

  /// Where a question to bring comes from.
  public enum Source: String, Sendable, Equatable, Codable {
    /// The coach's own answer to question 16.
    case question16
    /// A follow-up the coach skipped.
    case skippedFollowUp
    /// A recurring theme.
    case theme
  }

  /// One question to bring to the coach.
  public struct Talking: Sendable, Equatable, Codable {
    public var source: Source
    /// Which reflection it comes from, when it comes from one.
    public var kind: EntryKind?
    public var text: String

    public init(source: Source, kind: EntryKind?, text: String) {
      self.source = source
      self.kind = kind
      self.text = text
    }
  }

  public static let maxSkippedFollowUpsPerSide = 3
  public static let maxThemeQuestions = 3

  public var preparedOn: CalendarDate
  public var best: Side
  public var challenging: Side
  public var themes: [RecurringTheme]
  public var framework: Framework

  public init(
    best: Side, challenging: Side, themes: [RecurringTheme], preparedOn: CalendarDate,
    framework: Framework = .leadershipLearningLog
  ) {
    self.best = best
    self.challenging = challenging
    self.themes = themes
    self.preparedOn = preparedOn
    self.framework = framework
  }

  /// Best first, then Most Challenging.
  public var sides: [Side] { [best, challenging] }

  /// The reflections present, Best first.
  public var entries: [Entry] { sides.compactMap(\.entry) }

  /// The kinds with no reflection, for the note at the top.
  public var missingKinds: [EntryKind] {
    sides.compactMap { side in
      if case .missing(let kind) = side { return kind }
      return nil
    }
  }

  /// What to do about a missing reflection, in one sentence.
  /// Whole commands, not bare options, so the note also works where the brief is shown inside a
  /// reflection (`/prepare`).
  public static func howToCreate(_ kind: EntryKind) -> String {
    let word = kind == .best ? "best" : "challenging"
    return "No complete \(kind.title) reflection yet: run `learnlog reflect` and answer \"\(word)\" when asked which session it was (or choose one with `learnlog prepare --\(word) ID`)."
  }

  /// The question text for `number`, without its number.
  public func questionText(_ number: Int) -> String {
    framework.question(number)?.text ?? "Question \(number)"
  }

  /// The short list of questions to bring: each reflection's answer to question 16, the
  /// follow-ups the coach skipped, and the recurring themes.
  public var questionsToBring: [Talking] {
    var list: [Talking] = []
    for entry in entries {
      if let answer = entry.answers[16]?.trimmed, !answer.isEmpty {
        list.append(Talking(source: .question16, kind: entry.kind, text: answer))
      }
    }
    for entry in entries {
      let skipped = entry.followUps.filter { $0.response == .skipped }
      for followUp in skipped.prefix(Self.maxSkippedFollowUpsPerSide) {
        list.append(
          Talking(
            source: .skippedFollowUp, kind: entry.kind,
            text: "I skipped \"\(followUp.ask)\" (\(Self.stepName(followUp.step))). What would a good answer look like?"))
      }
    }
    for theme in themes.prefix(Self.maxThemeQuestions) {
      list.append(
        Talking(
          source: .theme, kind: nil,
          text: "\"\(theme.ruleID)\" came up in \(theme.frequency). How can I work on it? (\(theme.why))"))
    }
    return list
  }

  /// `question 2`, `Goal`.
  public static func stepName(_ step: Step) -> String {
    switch step {
    case .question(let number): "question \(number)"
    case .grow(let stage): stage.title
    default: step.id
    }
  }

  /// "Best · Ravi · 2026-11-28 · entry 14".
  public static func caption(_ entry: Entry) -> String {
    var parts = [entry.coacheeOrNone, entry.sessionDate.iso, "entry \(entry.id)"]
    if entry.status == .draft { parts.append("draft") }
    return parts.joined(separator: " · ")
  }
}
