/// The log as Markdown, for `learnlog export --format md`: one section per entry (context, GROW
/// recall, answers with their follow-ups, the conversation), then the notes. Rendered piece by
/// piece so the exporter can write each entry as it reads it.
public struct LogMarkdown: Sendable {
  public var framework: Framework

  public init(framework: Framework = .leadershipLearningLog) {
    self.framework = framework
  }

  /// The document's title, with the period covered when there is one.
  public func header(since: CalendarDate?, until: CalendarDate?) -> String {
    var text = "# learnlog export\n"
    switch (since, until) {
    case (nil, nil): break
    case (let since?, nil): text += "\nFrom \(since.iso).\n"
    case (nil, let until?): text += "\nUp to \(until.iso).\n"
    case (let since?, let until?): text += "\nFrom \(since.iso) to \(until.iso).\n"
    }
    return text
  }

  public func entry(_ entry: Entry) -> String {
    var lines: [String] = []
    lines += ["", "## \(entry.sessionDate.iso) · \(entry.kind.title) · \(Self.escaped(entry.coacheeOrNone))", ""]
    lines.append(
      "Entry \(entry.id) · \(entry.status.rawValue) · \(entry.source.rawValue) · created "
        + "\(Timestamp.format(entry.createdAt)) · updated \(Timestamp.format(entry.updatedAt))")
    if !entry.grow.isEmpty {
      lines += ["", "### The session, through GROW"]
      for stage in GrowStage.allCases {
        lines += block("**\(stage.title)**", entry.grow[stage], entry, .grow(stage))
      }
    }
    lines += ["", "### \(framework.name)"]
    for question in framework.questions {
      let step = Step.question(question.number)
      lines += block("**\(question.number). \(question.text)**", entry.answers[question.number],
        entry, step)
    }
    // Answers to numbers outside the framework are kept rather than dropped.
    for number in entry.answers.keys.sorted() where framework.question(number) == nil {
      lines += block("**\(number).**", entry.answers[number], entry, .question(number))
    }
    if !entry.transcript.isEmpty {
      lines += ["", "### Conversation", ""]
      for turn in entry.transcript {
        let who = turn.speaker == .assistant ? "learnlog" : "coach"
        let text = Self.escaped(turn.text).split(separator: "\n", omittingEmptySubsequences: false)
          .joined(separator: "\n  ")
        lines.append("- **\(who)** \(Timestamp.format(turn.at)): \(text)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The heading above the notes; nothing when there are none.
  public func notesHeader() -> String { "\n## Notes\n" }

  public func note(_ note: Note) -> String {
    var heading = "### \(note.date.iso)"
    if let time = note.time { heading += " \(time.text)" }
    if !note.title.isEmpty { heading += " · \(Self.escaped(note.title))" }
    var text = "\n\(heading)\n\n_Note \(note.id) · \(note.source.rawValue)_\n"
    if !note.text.isEmpty { text += "\n\(Self.escaped(note.text))\n" }
    return text
  }

  /// The coach's words kept as words, as the brief keeps them: on every line `<` cannot open
  /// a tag and `#` cannot make a heading (`CoachBriefMarkdown.escape`).
  static func escaped(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { CoachBriefMarkdown.escape(String($0)) }.joined(separator: "\n")
  }

  private func block(_ title: String, _ text: String?, _ entry: Entry, _ step: Step) -> [String] {
    guard text != nil || entry.skipped.contains(step) else { return [] }
    var lines = ["", title, ""]
    lines.append(text.map(Self.escaped) ?? "_(skipped)_")
    for followUp in entry.followUps where followUp.step == step {
      lines += ["", "> Follow-up (\(followUp.ruleID)): \(followUp.ask)"]
      switch followUp.response {
      case .answered:
        let reply = Self.escaped(followUp.reply ?? "").split(separator: "\n", omittingEmptySubsequences: false)
          .joined(separator: "\n> ")
        lines.append("> ")
        lines.append("> \(reply)")
      case .skipped: lines.append("> _(skipped)_")
      case .dismissed: lines.append("> _(dismissed)_")
      case .pending: lines.append("> _(not answered yet)_")
      }
    }
    return lines
  }
}
