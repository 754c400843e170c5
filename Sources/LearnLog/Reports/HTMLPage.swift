/// Small pieces for the self-contained HTML reports: escaping, and the page around a body.
/// No scripts, no external assets: the file opens the same offline, on a phone and on paper.
public enum HTMLPage {
  /// Text safe in element content and in double-quoted attribute values.
  public static func escape(_ text: String) -> String {
    // Byte by byte: the five characters are ASCII, and UTF-8 never uses ASCII bytes inside a
    // multi-byte character, so this is exact and fast enough for thousands of answers.
    let bytes = text.utf8
    guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
    else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 16)
    for byte in bytes {
      switch byte {
      case 0x26: result += Array("&amp;".utf8)
      case 0x3C: result += Array("&lt;".utf8)
      case 0x3E: result += Array("&gt;".utf8)
      case 0x22: result += Array("&quot;".utf8)
      case 0x27: result += Array("&#39;".utf8)
      default: result.append(byte)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// A whole document: UTF-8, a viewport for phones, the inline style sheet, the body.
  public static func document(title: String, css: String, body: [String]) -> String {
    (
      [
        "<!DOCTYPE html>",
        "<html lang=\"en\">",
        "<head>",
        "<meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>\(escape(title))</title>",
        "<style>",
        css,
        "</style>",
        "</head>",
        "<body>",
        "<main>",
      ] + body + ["</main>", "</body>", "</html>"]
    ).joined(separator: "\n") + "\n"
  }

  /// The style both reports share: a readable column, system fonts, print without colour.
  public static let baseCSS = """
    :root { color-scheme: light; --ink: #1d2430; --muted: #5b6472; --line: #d9dee5; --accent: #2f6f8f; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; color: var(--ink); background: #fff; }
    main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.6rem; margin: 0.5rem 0; }
    h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
    h4 { font-size: 0.95rem; margin: 0 0 0.25rem; color: var(--accent); }
    p { margin: 0.25rem 0 0.75rem; }
    .muted { color: var(--muted); }
    .text { white-space: pre-wrap; overflow-wrap: anywhere; }
    .note { border-left: 4px solid #c98a1b; background: #fff7e6; padding: 0.5rem 0.75rem; }
    code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); }
    .scroll { overflow-x: auto; }
    @media print {
      body { font-size: 10.5pt; color: #000; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      h3, h4 { break-after: avoid; }
      .note { background: none; }
    }
    """
}

extension HTMLPage {
  /// The themes section both the brief and the review show: the rules that keep coming back.
  static func themesSection(_ themes: [RecurringTheme], heading: String) -> [String] {
    var out = ["<section id=\"themes\">", "<h2>\(escape(heading))</h2>"]
    if themes.isEmpty {
      out.append(
        "<p class=\"muted\">No follow-up has come back in \(RecurringTheme.minimumEntries) or more of your last \(RecurringTheme.window) reflections.</p>"
      )
    } else {
      out.append("<ul>")
      for theme in themes {
        out.append(
          "<li><code>\(escape(theme.ruleID))</code>, in \(escape(theme.frequency)). \(escape(theme.why))</li>"
        )
      }
      out.append("</ul>")
    }
    out.append("</section>")
    return out
  }
}
