/// The prompt history for a terminal: one block per rule with a sparkline of the months, the
/// recurring themes first; with a question, that question's answers over time before it.
///
/// Widths are measured by the `measure` the shell passes (display width: CJK and emoji take two
/// columns); colour comes from `emphasis` and `dim`, which return text unchanged when colour is
/// off.
public struct PromptReviewText: Sendable {
  public var width: Int
  public var measure: @Sendable (String) -> Int
  public var wrap: @Sendable (_ text: String, _ width: Int) -> [String]
  public var emphasis: @Sendable (String) -> String
  public var dim: @Sendable (String) -> String

  public init(
    width: Int = 80, measure: @escaping @Sendable (String) -> Int = { $0.count },
    wrap: @escaping @Sendable (String, Int) -> [String] = { text, _ in [text] },
    emphasis: @escaping @Sendable (String) -> String = { $0 },
    dim: @escaping @Sendable (String) -> String = { $0 }
  ) {
    self.width = width
    self.measure = measure
    self.wrap = wrap
    self.emphasis = emphasis
    self.dim = dim
  }

  public func render(_ review: PromptReview) -> String {
    var out: [String] = []
    out += wrapped(emphasis("Prompt history") + " · " + overview(review))
    if let filters = filterLine(review.filter) { out += wrapped(filters, style: dim) }
    if review.filter.question != nil { out += [""] + answers(review) }
    out.append("")
    guard !review.rules.isEmpty else {
      out += wrapped("No follow-ups were offered in this part of your log.")
      return out.joined(separator: "\n") + "\n"
    }
    let idWidth = review.rules.map { measure($0.ruleID) }.max() ?? 0
    let shown = visibleMonths(review, idWidth: idWidth)
    out += legend(review, shown: shown)
    let themed = review.rules.filter { $0.theme != nil }
    let others = review.rules.filter { $0.theme == nil }
    if !themed.isEmpty {
      out += [""]
        + wrapped(
          emphasis("Recurring themes")
            + dim(" (\(RecurringTheme.minimumEntries) or more of your last \(RecurringTheme.window) reflections)"))
      for rule in themed { out += block(rule, review: review, idWidth: idWidth, shown: shown) }
    }
    if !others.isEmpty {
      out += ["", emphasis(themed.isEmpty ? "Follow-ups" : "Other follow-ups")]
      for rule in others { out += block(rule, review: review, idWidth: idWidth, shown: shown) }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private func overview(_ review: PromptReview) -> String {
    let entries = review.entryCount == 1 ? "1 entry" : "\(review.entryCount) entries"
    let span: String
    if let first = review.months.first, let last = review.months.last {
      span = first == last ? ", \(MonthAxis.title(first))" : ", \(MonthAxis.title(first)) – \(MonthAxis.title(last))"
    } else {
      span = ""
    }
    let offered = review.offeredCount == 1 ? "1 follow-up" : "\(review.offeredCount) follow-ups"
    return "\(entries)\(span) · \(offered)"
  }

  private func filterLine(_ filter: ReportFilter) -> String? {
    var parts: [String] = []
    if let since = filter.since { parts.append("since \(since.iso)") }
    if let until = filter.until { parts.append("until \(until.iso)") }
    if let rule = filter.ruleID { parts.append("rule \(rule)") }
    if let question = filter.question { parts.append("question \(question)") }
    return parts.isEmpty ? nil : "Filters: " + parts.joined(separator: " · ")
  }

  /// The range of months the sparklines show: all of them when they fit, else the latest.
  private func visibleMonths(_ review: PromptReview, idWidth: Int) -> Range<Int> {
    let room = max(6, width - idWidth - 6)
    let count = review.months.count
    return max(0, count - room)..<count
  }

  private func legend(_ review: PromptReview, shown: Range<Int>) -> [String] {
    guard let first = shown.first, let last = shown.last else { return [] }
    let range = first == last
      ? MonthAxis.title(review.months[first])
      : "\(MonthAxis.title(review.months[first])) → \(MonthAxis.title(review.months[last]))"
    let cut = shown.count < review.months.count ? " (the latest \(shown.count) months)" : ""
    return wrapped(
      "By month, \(range)\(cut): ▂…█ the share of that month's entries it was offered in, ▁ none, · no entries.",
      style: dim)
  }

  private func block(_ rule: PromptReview.RuleHistory, review: PromptReview, idWidth: Int, shown: Range<Int>) -> [String] {
    let pad = String(repeating: " ", count: max(0, idWidth - measure(rule.ruleID)))
    let spark = Sparkline.render(
      counts: Array(rule.byMonth[shown]), entries: Array(review.entriesByMonth[shown]))
    let share = review.entryCount > 0 ? " (\(percent(rule.entries, of: review.entryCount)))" : ""
    // The bar goes beside the id when both fit on the line, else on its own line below it.
    var lines =
      2 + idWidth + 2 + measure(spark) <= width
      ? ["  " + emphasis(rule.ruleID) + pad + "  " + spark]
      : ["  " + emphasis(rule.ruleID), "    " + spark]
    let times = rule.offered == 1 ? "once" : "\(rule.offered) times"
    let among = review.entryCount == 1 ? "the one entry" : "\(rule.entries) of \(review.entryCount) entries\(share)"
    var facts = "Offered \(times), in \(among); "
    facts += "first \(rule.firstDate.iso), last \(rule.lastDate.iso)."
    lines += indented(facts, by: "    ")
    lines += indented(responses(rule.responses), by: "    ")
    if let theme = rule.theme {
      lines += indented("A recurring theme: in \(theme.frequency).", by: "    ")
    }
    lines += indented("Why: \(rule.why)", by: "    ").map(dim)
    return lines
  }

  private func responses(_ responses: PromptReview.Responses) -> String {
    let parts = FollowUpResponse.ordered.compactMap { response -> String? in
      responses[response] > 0 ? "\(responses[response]) \(response.rawValue)" : nil
    }
    return "You " + (parts.isEmpty ? "have not responded yet" : "responded: " + parts.joined(separator: ", ")) + "."
  }

  private func answers(_ review: PromptReview) -> [String] {
    guard let number = review.filter.question else { return [] }
    let text = review.question?.text ?? "Question \(number)"
    var out = wrapped(emphasis("\(number). \(text)") + dim(" Your answers over time, oldest first."))
    if review.answers.isEmpty {
      return out + [""] + wrapped("You have not answered question \(number) in this part of your log.")
    }
    for answer in review.answers {
      let coachee = answer.coachee.isEmpty ? "" : " · \(answer.coachee)"
      out += [""]
        + wrapped(
          "\(answer.sessionDate.iso) · \(answer.kind.title)\(coachee) · entry \(answer.entryID)", style: dim)
      out += indented(answer.text, by: "  ")
      for followUp in answer.followUps {
        out += indented("↳ \(followUp.ask)  [\(followUp.rule)]", by: "    ")
        switch followUp.response {
        case .answered: out += indented(followUp.reply ?? "", by: "      ")
        case .skipped: out += indented("(skipped)", by: "      ")
        case .dismissed: out += indented("(dismissed)", by: "      ")
        case .pending: out += indented("(not answered yet)", by: "      ")
        }
      }
    }
    return out
  }

  private func percent(_ part: Int, of whole: Int) -> String {
    "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
  }

  /// A heading or a sentence, wrapped to the width (whole when `wrap` leaves lines whole). `style`
  /// is applied to each line on its own; text already partly styled is wrapped with its escapes,
  /// which take no room.
  private func wrapped(_ text: String, style: (String) -> String = { $0 }) -> [String] {
    wrap(text, EntryText.room(width, after: "")).map(style)
  }

  private func indented(_ text: String, by indent: String) -> [String] {
    let available = EntryText.room(width, after: indent)
    return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      line.isEmpty ? [""] : wrap(String(line), available).map { indent + $0 }
    }
  }
}

extension FollowUpResponse {
  /// The order reports list responses in.
  public static let ordered: [FollowUpResponse] = [.answered, .skipped, .dismissed, .pending]
}
