/// An entry as readable text, for `learnlog show`: the context, the GROW recall, the numbered
/// answers with the follow-ups each received, and, when asked, the whole conversation.
public struct EntryText: Sendable {
  public var framework: Framework
  /// Wraps a paragraph to the width left after an indent; the terminal passes a display-width
  /// aware wrapper, tests pass the identity.
  public var wrap: @Sendable (_ text: String, _ width: Int) -> [String]
  public var width: Int

  public init(
    framework: Framework = .leadershipLearningLog, width: Int = 80,
    wrap: @escaping @Sendable (String, Int) -> [String] = { text, _ in [text] }
  ) {
    self.framework = framework
    self.width = width
    self.wrap = wrap
  }

  public func render(_ entry: Entry, includeTranscript: Bool) -> String {
    var lines: [String] = []
    let status = entry.status == .draft ? "draft" : "complete"
    let header = [
      "Entry \(entry.id)", entry.kind.title, entry.coacheeOrNone, entry.sessionDate.iso, status,
    ]
    lines += hanging(header.joined(separator: " · "), indent: "  ")
    if entry.source == .import { lines.append("Imported") }

    if !entry.grow.isEmpty || GrowStage.allCases.contains(where: { entry.skipped.contains(.grow($0)) }) {
      lines += [""] + hanging("The session, through GROW", indent: "")
      for stage in GrowStage.allCases {
        lines += block(title: stage.title, text: entry.grow[stage], skipped: entry.skipped.contains(.grow(stage)))
        lines += followUps(entry, at: .grow(stage))
      }
    }

    lines += [""] + hanging(framework.name, indent: "")
    // Numbers are right-aligned ( 9., 10.) and every answer starts under its question's text.
    let numberWidth = String(framework.questions.map(\.number).max() ?? 1).count
    let questionIndent = String(repeating: " ", count: numberWidth + 2)
    for question in framework.questions {
      let step = Step.question(question.number)
      let number = String(question.number)
      let padding = String(repeating: " ", count: numberWidth - number.count)
      lines += block(
        title: "\(padding)\(number). \(question.text)", text: entry.answers[question.number],
        skipped: entry.skipped.contains(step), indent: questionIndent)
      lines += followUps(entry, at: step, indent: questionIndent)
    }

    if includeTranscript {
      lines += [""] + hanging("Conversation", indent: "")
      if entry.transcript.isEmpty {
        // An imported reflection was written elsewhere: there was no conversation to keep.
        lines += indented(
          entry.source == .import ? "(none: this reflection was imported)" : "(none)", by: "    ")
      }
      lines += TranscriptText.lines(entry.transcript).flatMap { hanging($0, indent: "    ") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func block(title: String, text: String?, skipped: Bool, indent: String = "   ")
    -> [String]
  {
    var lines = hanging(title, indent: indent)
    if let text {
      lines += indented(text, by: indent)
    } else {
      lines += indented(skipped ? "(skipped)" : "(not answered)", by: indent)
    }
    return lines
  }

  private func followUps(_ entry: Entry, at step: Step, indent: String = "   ") -> [String] {
    let replyIndent = indent + "  "
    return entry.followUps.filter { $0.step == step }.flatMap { followUp -> [String] in
      var lines = indented("↳ \(followUp.ask)  [\(followUp.ruleID)]", by: indent)
      switch followUp.response {
      case .answered: lines += indented(followUp.reply ?? "", by: replyIndent)
      case .skipped: lines += indented("(skipped)", by: replyIndent)
      case .dismissed: lines += indented("(dismissed)", by: replyIndent)
      case .pending:
        lines += indented(
          followUp.isFromImport ? "(suggested on import)" : "(not answered yet)", by: replyIndent)
      }
      return lines
    }
  }

  /// The columns left for text after `indent`: never fewer than 10, so a very narrow terminal
  /// still gets lines it can show (a word wider than that is split by `wrap`).
  static func room(_ width: Int, after indent: String) -> Int {
    max(10, width - indent.count)
  }

  /// A line that may be wider than `width`, wrapped with its continuation lines indented.
  /// Lines after a line break that already start with `indent` keep it.
  private func hanging(_ text: String, indent: String) -> [String] {
    let available = Self.room(width, after: indent)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().flatMap { index, line -> [String] in
      let body = index > 0 && line.hasPrefix(indent) ? line.dropFirst(indent.count) : line
      if body.isEmpty { return [""] }
      let pieces = wrap(String(body), available)
      return pieces.enumerated().map { $0 == 0 && index == 0 ? $1 : indent + $1 }
    }
  }

  private func indented(_ text: String, by indent: String) -> [String] {
    let available = Self.room(width, after: indent)
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      line.isEmpty ? [""] : wrap(String(line), available).map { indent + $0 }
    }
  }
}

/// A transcript as lines of text: `assistant [q1] What did I do?` / `coach [q1] I asked…`.
/// The golden-transcript test compares this form.
public enum TranscriptText {
  public static func lines(_ turns: [Turn]) -> [String] {
    turns.map { turn in
      let step = turn.step.map { " [\($0.id)]" } ?? ""
      let who = turn.speaker == .assistant ? "learnlog" : "you"
      let text = turn.text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
      return "\(who)\(step): \(text)"
    }
  }
}
