/// The prompt history as one self-contained HTML page, with an inline SVG chart of follow-ups
/// per month for each rule (small multiples on one shared scale, so rules compare at a glance).
public struct PromptReviewHTML: Sendable {
  public init() {}

  static let barWidth = 12
  static let barGap = 3
  static let chartHeight = 48
  static let labelHeight = 14

  /// The section ids; a test checks that each is present (`answers` only with a question).
  public static let sectionIDs = ["overview", "themes", "rules"]

  public func render(_ review: PromptReview) -> String {
    var body = overview(review)
    if review.filter.question != nil { body += answers(review) }
    body += HTMLPage.themesSection(review.themes, heading: "Recurring themes")
    body += rules(review)
    return HTMLPage.document(title: "Prompt history", css: HTMLPage.baseCSS + "\n" + Self.css, body: body)
  }

  static let css = """
    svg.chart { display: block; max-width: 100%; height: auto; }
    svg.chart .bar { fill: #2f6f8f; }
    svg.chart .theme { fill: #a4452c; }
    svg.chart .empty { fill: #d9dee5; }
    svg.chart text { font: 10px system-ui, sans-serif; fill: #5b6472; }
    td.rule { white-space: nowrap; }
    .answer { border-left: 3px solid #d9dee5; padding-left: 0.75rem; margin-bottom: 1rem; }
    @media print { svg.chart .bar, svg.chart .theme { fill: #000; } }
    """

  private func overview(_ review: PromptReview) -> [String] {
    var out = ["<section id=\"overview\">", "<h1>Prompt history</h1>"]
    let span: String
    if let first = review.months.first, let last = review.months.last {
      span =
        first == last
        ? " in \(MonthAxis.title(first))" : " from \(MonthAxis.title(first)) to \(MonthAxis.title(last))"
    } else {
      span = ""
    }
    let followUps = review.offeredCount == 1 ? "1 follow-up" : "\(review.offeredCount) follow-ups"
    let entries = review.entryCount == 1 ? "1 entry" : "\(review.entryCount) entries"
    out.append("<p>\(followUps) in \(entries)\(HTMLPage.escape(span)).</p>")
    var filters: [String] = []
    if let since = review.filter.since { filters.append("since \(since.iso)") }
    if let until = review.filter.until { filters.append("until \(until.iso)") }
    if let rule = review.filter.ruleID { filters.append("rule \(rule)") }
    if let question = review.filter.question { filters.append("question \(question)") }
    if !filters.isEmpty {
      out.append("<p class=\"muted\">Showing \(HTMLPage.escape(filters.joined(separator: " · "))).</p>")
    }
    out.append("</section>")
    return out
  }

  private func answers(_ review: PromptReview) -> [String] {
    guard let number = review.filter.question else { return [] }
    let text = review.question?.text ?? "Question \(number)"
    var out = [
      "<section id=\"answers\">",
      "<h2>\(number). \(HTMLPage.escape(text))</h2>",
      "<p class=\"muted\">Your answers over time, oldest first, with the follow-ups each received.</p>",
    ]
    if review.answers.isEmpty {
      out.append("<p>You have not answered question \(number) in this part of your log.</p>")
    }
    for answer in review.answers {
      let coachee = answer.coachee.isEmpty ? "" : " · \(answer.coachee)"
      out.append("<div class=\"answer\">")
      out.append("<h3>\(HTMLPage.escape("\(answer.sessionDate.iso) · \(answer.kind.title)\(coachee) · entry \(answer.entryID)"))</h3>")
      out.append("<p class=\"text\">\(HTMLPage.escape(answer.text))</p>")
      if !answer.followUps.isEmpty {
        out.append("<ul>")
        for followUp in answer.followUps {
          var item = "<li>\(HTMLPage.escape(followUp.ask)) <code>\(HTMLPage.escape(followUp.rule))</code> · \(followUp.response.rawValue)"
          if followUp.response == .answered, let reply = followUp.reply {
            item += "<br><span class=\"text\">\(HTMLPage.escape(reply))</span>"
          }
          out.append(item + "</li>")
        }
        out.append("</ul>")
      }
      out.append("</div>")
    }
    out.append("</section>")
    return out
  }

  private func rules(_ review: PromptReview) -> [String] {
    var out = ["<section id=\"rules\">", "<h2>Follow-ups per month, by rule</h2>"]
    guard !review.rules.isEmpty else {
      return out + ["<p>No follow-ups were offered in this part of your log.</p>", "</section>"]
    }
    let scale = max(1, review.rules.flatMap(\.byMonth).max() ?? 1)
    out.append("<p class=\"muted\">Each bar is one month; all charts share one scale (tallest bar: \(scale) follow-ups). Grey marks months with no entries.</p>")
    out.append("<div class=\"scroll\"><table>")
    out.append("<thead><tr><th>Rule</th><th>Per month</th><th>Offered</th><th>Answered</th><th>Skipped</th><th>Dismissed</th><th>Pending</th><th>First</th><th>Last</th></tr></thead>")
    out.append("<tbody>")
    for rule in review.rules {
      let theme = rule.theme.map { "<br><span class=\"muted\">theme: \(HTMLPage.escape($0.frequency))</span>" } ?? ""
      out.append("<tr>")
      out.append("<td class=\"rule\"><code>\(HTMLPage.escape(rule.ruleID))</code>\(theme)<br><span class=\"muted\">\(HTMLPage.escape(rule.why))</span></td>")
      out.append("<td>\(chart(rule, review: review, scale: scale))</td>")
      out.append(
        "<td>\(rule.offered) in \(review.entryCount == 1 ? "the one entry" : "\(rule.entries) of \(review.entryCount) entries")</td>")
      for response in FollowUpResponse.ordered {
        out.append("<td>\(rule.responses[response])</td>")
      }
      out.append("<td>\(rule.firstDate.iso)</td><td>\(rule.lastDate.iso)</td>")
      out.append("</tr>")
    }
    out.append("</tbody></table></div>")
    out.append("</section>")
    return out
  }

  /// One rule's bars, one per month, on the shared `scale`.
  func chart(_ rule: PromptReview.RuleHistory, review: PromptReview, scale: Int) -> String {
    let step = Self.barWidth + Self.barGap
    let width = max(step, review.months.count * step)
    let height = Self.chartHeight + Self.labelHeight
    let label = "Follow-ups from \(rule.ruleID) per month"
    var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" aria-label=\"\(HTMLPage.escape(label))\">"
    svg += "<title>\(HTMLPage.escape(label))</title>"
    let barClass = rule.theme == nil ? "bar" : "theme"
    for (index, month) in review.months.enumerated() {
      let count = rule.byMonth[index]
      let entries = review.entriesByMonth[index]
      let x = index * step
      let tip = "\(MonthAxis.title(month)): \(count) of \(entries) entries"
      if entries == 0 {
        svg += "<rect class=\"empty\" x=\"\(x)\" y=\"\(Self.chartHeight - 2)\" width=\"\(Self.barWidth)\" height=\"2\"><title>\(HTMLPage.escape(MonthAxis.title(month))): no entries</title></rect>"
        continue
      }
      let barHeight = max(count > 0 ? 2 : 1, count * Self.chartHeight / scale)
      svg += "<rect class=\"\(count > 0 ? barClass : "empty")\" x=\"\(x)\" y=\"\(Self.chartHeight - barHeight)\" width=\"\(Self.barWidth)\" height=\"\(barHeight)\"><title>\(HTMLPage.escape(tip))</title></rect>"
    }
    if let first = review.months.first {
      svg += "<text x=\"0\" y=\"\(height - 2)\">\(HTMLPage.escape(first))</text>"
    }
    if review.months.count > 4, let last = review.months.last {
      svg += "<text x=\"\(width)\" y=\"\(height - 2)\" text-anchor=\"end\">\(HTMLPage.escape(last))</text>"
    }
    return svg + "</svg>"
  }
}
