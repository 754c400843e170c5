/// The brief as Markdown, the default of `learnlog prepare`: readable as plain text, and as a
/// page in any Markdown viewer. The coach's words are kept as written, each line quoted.
public struct CoachBriefMarkdown: Sendable {
  public init() {}

  public func render(_ brief: CoachBrief) -> String {
    var out: [String] = ["# Coach-the-coach brief", ""]
    out += header(brief)
    out += grow(brief)
    for part in CoachBrief.parts {
      out += ["## \(part.title)", ""]
      for number in part.questions {
        out += ["### \(number). \(brief.questionText(number))", ""]
        for entry in brief.entries {
          out += ["**\(entry.kind.title)**", ""]
          out += answer(entry.answers[number], skipped: entry.skipped.contains(.question(number)))
        }
      }
    }
    out += followUps(brief)
    out += themes(brief)
    out += questions(brief)
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  private func header(_ brief: CoachBrief) -> [String] {
    var out = ["Prepared \(brief.preparedOn.iso) for your meeting with your own coach.", ""]
    if !brief.entries.isEmpty {
      out += ["| | " + brief.entries.map(\.kind.title).joined(separator: " | ") + " |"]
      out += ["| --- |" + String(repeating: " --- |", count: brief.entries.count)]
      out += [row("Coachee", brief.entries.map { $0.coachee.isEmpty ? "—" : $0.coachee })]
      out += [row("Session", brief.entries.map(\.sessionDate.iso))]
      out += [row("Entry", brief.entries.map { $0.status == .draft ? "\($0.id) (draft)" : "\($0.id)" })]
      out += [""]
    }
    for kind in brief.missingKinds {
      out += ["> **Note.** " + Self.escape(CoachBrief.howToCreate(kind)), ""]
    }
    return out
  }

  private func row(_ title: String, _ cells: [String]) -> String {
    "| \(title) | " + cells.map { Self.escape($0).replacing("|", with: "\\|") }.joined(separator: " | ") + " |"
  }

  private func grow(_ brief: CoachBrief) -> [String] {
    var out = ["## The sessions through GROW", ""]
    for entry in brief.entries {
      out += ["### \(entry.kind.title) · \(Self.escape(CoachBrief.caption(entry)))", ""]
      for stage in GrowStage.allCases {
        out += ["**\(stage.title)**", ""]
        out += answer(entry.grow[stage], skipped: entry.skipped.contains(.grow(stage)))
      }
    }
    return out
  }

  private func answer(_ text: String?, skipped: Bool) -> [String] {
    guard let text, !text.trimmed.isEmpty else {
      return [skipped ? "_(skipped)_" : "_(not answered)_", ""]
    }
    return Self.quoted(text) + [""]
  }

  private func followUps(_ brief: CoachBrief) -> [String] {
    var out = ["## Follow-ups and how you responded", ""]
    for entry in brief.entries {
      out += ["### \(entry.kind.title)", ""]
      if entry.followUps.isEmpty {
        out += ["No follow-ups were asked.", ""]
        continue
      }
      for followUp in entry.followUps {
        let where_ = CoachBrief.stepName(followUp.step)
        out.append(
          "- \(Self.capitalised(where_)), `\(followUp.ruleID)`: \(Self.escape(followUp.ask))")
        switch followUp.response {
        case .answered:
          let lines = (followUp.reply ?? "").split(separator: "\n", omittingEmptySubsequences: false)
          out.append("  - You answered: " + Self.escape(String(lines.first ?? "")))
          out += lines.dropFirst().map { "    " + Self.escape(String($0)) }
        case .skipped: out.append("  - You skipped it.")
        case .dismissed: out.append("  - You dismissed it for that reflection.")
        case .pending: out.append("  - Not answered yet.")
        }
      }
      out.append("")
    }
    return out
  }

  private func themes(_ brief: CoachBrief) -> [String] {
    var out = ["## Themes across your log", ""]
    if brief.themes.isEmpty {
      return out + [
        "No follow-up has come back in \(RecurringTheme.minimumEntries) or more of your last \(RecurringTheme.window) reflections.",
        "",
      ]
    }
    for theme in brief.themes {
      out.append("- `\(theme.ruleID)`, in \(theme.frequency). \(Self.escape(theme.why))")
    }
    return out + [""]
  }

  private func questions(_ brief: CoachBrief) -> [String] {
    var out = ["## Questions to bring to your coach", ""]
    let list = brief.questionsToBring
    if list.isEmpty {
      return out + ["Nothing yet: answer question 16 in your reflections to start this list.", ""]
    }
    for (index, item) in list.enumerated() {
      let lines = item.text.split(separator: "\n", omittingEmptySubsequences: false)
      out.append("\(index + 1). _\(Self.origin(item))_ " + Self.escape(String(lines.first ?? "")))
      out += lines.dropFirst().map { "   " + Self.escape(String($0)) }
    }
    return out + [""]
  }

  /// "(Best, question 16)", "(Most Challenging, a skipped follow-up)", "(a recurring theme)".
  static func origin(_ item: CoachBrief.Talking) -> String {
    let kind = item.kind.map { "\($0.title), " } ?? ""
    switch item.source {
    case .question16: return "(\(kind)question 16)"
    case .skippedFollowUp: return "(\(kind)a skipped follow-up)"
    case .theme: return "(\(kind)a recurring theme)"
    }
  }

  /// Each line of `text` as a block quote line, blank lines kept.
  static func quoted(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? ">" : "> " + escape(String(line))
    }
  }

  /// Keeps the coach's words from turning into Markdown or HTML: `<` cannot open a tag, and a
  /// line cannot become a heading.
  static func escape(_ text: String) -> String {
    var escaped = text.replacing("<", with: "\\<")
    if escaped.hasPrefix("#") { escaped = "\\" + escaped }
    return escaped
  }

  static func capitalised(_ text: String) -> String {
    text.prefix(1).uppercased() + text.dropFirst()
  }
}
