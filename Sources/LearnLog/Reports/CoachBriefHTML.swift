/// The brief as one self-contained HTML page: inline CSS, no external assets, two columns on a
/// wide screen and on paper, one column on a phone. Every piece of text is escaped.
public struct CoachBriefHTML: Sendable {
  public init() {}

  /// The section ids, in order; a test checks that each one is present.
  public static let sectionIDs =
    ["overview", "grow"] + CoachBrief.parts.map(\.id) + ["follow-ups", "themes", "questions"]

  public func render(_ brief: CoachBrief) -> String {
    var body: [String] = []
    body += overview(brief)
    body += grow(brief)
    for part in CoachBrief.parts {
      body.append("<section id=\"\(part.id)\">")
      body.append("<h2>\(HTMLPage.escape(part.title))</h2>")
      for number in part.questions {
        body.append("<h3>\(number). \(HTMLPage.escape(brief.questionText(number)))</h3>")
        body += pair(brief) { entry in
          answer(entry.answers[number], skipped: entry.skipped.contains(.question(number)))
        }
      }
      body.append("</section>")
    }
    body += followUps(brief)
    body += HTMLPage.themesSection(brief.themes, heading: "Themes across your log")
    body += questions(brief)
    return HTMLPage.document(title: "Coach-the-coach brief", css: HTMLPage.baseCSS + "\n" + Self.css, body: body)
  }

  static let css = """
    .pair { display: grid; grid-template-columns: 1fr; gap: 0.75rem 1.5rem; }
    .side { min-width: 0; }
    .side.best h4 { color: #2e7d4f; }
    .side.challenging h4 { color: #a4452c; }
    dl { margin: 0; }
    dt { font-weight: 600; margin-top: 0.5rem; }
    dd { margin: 0 0 0.25rem; }
    ul.follow-ups { padding-left: 1.1rem; }
    ul.follow-ups li { margin-bottom: 0.5rem; }
    .response { display: inline-block; font-size: 0.8rem; padding: 0 0.4rem; border-radius: 0.6rem; background: #eef1f4; }
    @media (min-width: 48rem) { .pair.two { grid-template-columns: 1fr 1fr; } }
    @media print { .pair.two { grid-template-columns: 1fr 1fr; } .side { break-inside: avoid; } }
    """

  private func overview(_ brief: CoachBrief) -> [String] {
    var out = [
      "<section id=\"overview\">",
      "<h1>Coach-the-coach brief</h1>",
      "<p class=\"muted\">Prepared \(brief.preparedOn.iso) for your meeting with your own coach.</p>",
    ]
    if !brief.entries.isEmpty {
      out.append("<div class=\"scroll\"><table>")
      out.append("<thead><tr><th></th>" + brief.entries.map { "<th>\(HTMLPage.escape($0.kind.title))</th>" }.joined() + "</tr></thead>")
      out.append("<tbody>")
      out.append(row("Coachee", brief.entries.map { $0.coachee.isEmpty ? "—" : $0.coachee }))
      out.append(row("Session", brief.entries.map(\.sessionDate.iso)))
      out.append(row("Entry", brief.entries.map { $0.status == .draft ? "\($0.id) (draft)" : "\($0.id)" }))
      out.append("</tbody></table></div>")
    }
    for kind in brief.missingKinds {
      out.append("<p class=\"note\"><strong>Note.</strong> \(HTMLPage.escape(CoachBrief.howToCreate(kind)))</p>")
    }
    out.append("</section>")
    return out
  }

  private func row(_ title: String, _ cells: [String]) -> String {
    "<tr><th scope=\"row\">\(HTMLPage.escape(title))</th>" + cells.map { "<td>\(HTMLPage.escape($0))</td>" }.joined() + "</tr>"
  }

  private func grow(_ brief: CoachBrief) -> [String] {
    var out = ["<section id=\"grow\">", "<h2>The sessions through GROW</h2>"]
    out += pair(brief, captioned: true) { entry in
      var lines = ["<dl>"]
      for stage in GrowStage.allCases {
        lines.append("<dt>\(HTMLPage.escape(stage.title))</dt>")
        lines.append("<dd>" + answer(entry.grow[stage], skipped: entry.skipped.contains(.grow(stage))).joined() + "</dd>")
      }
      lines.append("</dl>")
      return lines
    }
    out.append("</section>")
    return out
  }

  /// The reflections side by side: one `.side` per reflection, two columns when both are there.
  private func pair(_ brief: CoachBrief, captioned: Bool = false, _ content: (Entry) -> [String]) -> [String] {
    let entries = brief.entries
    var out = ["<div class=\"pair\(entries.count == 2 ? " two" : "")\">"]
    for entry in entries {
      out.append("<div class=\"side \(entry.kind.rawValue)\">")
      let caption = captioned ? " <span class=\"muted\">· \(HTMLPage.escape(CoachBrief.caption(entry)))</span>" : ""
      out.append("<h4>\(HTMLPage.escape(entry.kind.title))\(caption)</h4>")
      out += content(entry)
      out.append("</div>")
    }
    out.append("</div>")
    return out
  }

  private func answer(_ text: String?, skipped: Bool) -> [String] {
    guard let text, !text.trimmed.isEmpty else {
      return ["<p class=\"muted\">\(skipped ? "(skipped)" : "(not answered)")</p>"]
    }
    return ["<p class=\"text\">\(HTMLPage.escape(text))</p>"]
  }

  private func followUps(_ brief: CoachBrief) -> [String] {
    var out = ["<section id=\"follow-ups\">", "<h2>Follow-ups and how you responded</h2>"]
    out += pair(brief) { entry in
      guard !entry.followUps.isEmpty else { return ["<p class=\"muted\">No follow-ups were asked.</p>"] }
      var lines = ["<ul class=\"follow-ups\">"]
      for followUp in entry.followUps {
        var item = "<li><span class=\"muted\">\(HTMLPage.escape(CoachBriefMarkdown.capitalised(CoachBrief.stepName(followUp.step)))), <code>\(HTMLPage.escape(followUp.ruleID))</code></span><br>"
        item += HTMLPage.escape(followUp.ask) + "<br>"
        item += "<span class=\"response\">\(followUp.response.rawValue)</span>"
        if followUp.response == .answered, let reply = followUp.reply {
          item += " <span class=\"text\">\(HTMLPage.escape(reply))</span>"
        }
        lines.append(item + "</li>")
      }
      lines.append("</ul>")
      return lines
    }
    out.append("</section>")
    return out
  }

  private func questions(_ brief: CoachBrief) -> [String] {
    var out = ["<section id=\"questions\">", "<h2>Questions to bring to your coach</h2>"]
    let list = brief.questionsToBring
    if list.isEmpty {
      out.append("<p class=\"muted\">Nothing yet: answer question 16 in your reflections to start this list.</p>")
    } else {
      out.append("<ol>")
      for item in list {
        out.append("<li><span class=\"muted\">\(HTMLPage.escape(CoachBriefMarkdown.origin(item)))</span> <span class=\"text\">\(HTMLPage.escape(item.text))</span></li>")
      }
      out.append("</ol>")
    }
    out.append("</section>")
    return out
  }
}
