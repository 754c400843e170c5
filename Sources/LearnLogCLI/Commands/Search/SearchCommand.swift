import Foundation
import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `learnlog search TEXT… [--since D] [--until D] [--kind K] [--question N] [-n N] [--json]`.
struct SearchCommand {
  let query: SearchQuery
  let filter: SearchFilter
  let json: Bool

  init(_ command: ParsedCommand) throws {
    let text = command.positionals("text").joined(separator: " ")
    query = SearchQuery(text)
    guard !query.isEmpty else {
      throw command.usageError(
        .unusableOptions("there is nothing to search for in '\(text)'; give a word or two"))
    }
    guard query.wordCount <= SearchQuery.maxWords else {
      throw command.usageError(
        .unusableOptions(
          "a search takes at most \(SearchQuery.maxWords) words and this one has \(query.wordCount); "
            + "keep the few that matter"))
    }
    let bounds = try DateBounds(command)
    filter = SearchFilter(
      since: bounds.since, until: bounds.until,
      kind: try command.choice("kind", EntryKind.allCases.map(\.rawValue)).flatMap(
        EntryKind.init(rawValue:)),
      question: try command.int("question", range: 1...Framework.leadershipLearningLog.questions.count),
      limit: try command.int("limit", range: 1...100_000) ?? 20)
    json = command.flag("json")
  }

  func run(_ app: App) throws {
    let hits = try app.readingStore().search(query, filter: filter)
    if json {
      app.out(try JSONText.encode(hits.map(SearchHitDocument.init)) + "\n")
      return
    }
    guard !hits.isEmpty else {
      app.out("Nothing found.\n")
      return
    }
    let printer = SearchHitText(
      style: app.style, width: app.isOutputTerminal ? app.width : nil,
      currentYear: app.today.year)
    app.out(hits.map(printer.render).joined(separator: "\n"))
  }
}

/// A search match as `search --json` prints it.
struct SearchHitDocument: Encodable {
  /// `answer`, `reply` (to a follow-up) or `note`.
  var type: SearchHit.Origin
  var entry: Int64?
  var note: Int64?
  var date: String
  var coachee: String?
  var kind: EntryKind?
  /// `q7`, `goal`…: the question or GROW stage; absent for a note.
  var step: String?
  /// The text around the match, each match in [brackets].
  var snippet: String
  /// The words matched, as they appear in the text.
  var matches: [String]
  /// bm25: lower is better.
  var score: Double

  init(_ hit: SearchHit) {
    type = hit.origin
    entry = hit.entryID
    note = hit.noteID
    date = hit.date.iso
    coachee = hit.coachee
    kind = hit.kind
    step = hit.step?.id
    snippet = SearchHitText.flattened(hit.snippet).rendered(open: "[", close: "]")
    matches = hit.snippet.pieces.filter(\.isMatch).map(\.text)
    score = hit.score
  }
}

/// A match as text: a heading (what and where; on a narrow terminal wrapped, its continuation
/// lines indented by two spaces), then the snippet, indented.
///
/// ```
/// entry 14 · 2 Nov · Ravi · Best · Q7 What will I do differently next time…
///   …I will give [feedback] sooner…
/// ```
struct SearchHitText {
  let style: TerminalStyle
  /// The terminal's width, or nil when the output is not a terminal (no wrapping then).
  let width: Int?
  let currentYear: Int

  func render(_ hit: SearchHit) -> String {
    var parts: [String] = []
    if let noteID = hit.noteID {
      parts.append("note \(noteID)")
      parts.append(hit.date.iso)
      if hit.noteSource == .jrnl { parts.append("from jrnl") }
    } else {
      parts.append("entry \(hit.entryID ?? 0)")
      parts.append(hit.date.iso)
      if let coachee = hit.coachee, !coachee.isEmpty { parts.append(coachee) }
      if let kind = hit.kind { parts.append(kind.title) }
      if let step = hit.step { parts.append(Self.label(step, isReply: hit.origin == .reply)) }
    }
    // Emphasis on each line's text, never on the indent before it.
    let heading = Self.heading(parts.joined(separator: " · "), width: width).enumerated()
      .map { $0 == 0 ? style.emphasis($1) : Self.indent + style.emphasis(String($1.dropFirst(Self.indent.count))) }
      .joined(separator: "\n")
    let snippet = Self.flattened(hit.snippet)
    let marked =
      style.isColourEnabled
      ? snippet.rendered(open: Self.markOn, close: Self.markOff)
      : snippet.rendered(open: "[", close: "]")
    return heading + "\n" + Self.indented(marked, width: width) + "\n"
  }

  /// The heading, and on a terminal wrapped to its width: continuation lines are indented by two
  /// spaces, so nothing of it (the question above all) is lost to a cut.
  static func heading(_ text: String, width: Int?) -> [String] {
    guard let width, DisplayWidth.of(text) > width else { return [text] }
    let first = DisplayWidth.wrap(text, width: max(10, width)).first ?? ""
    // The first line is the start of the heading; the rest wraps under the indent.
    guard text.hasPrefix(first) else {
      return DisplayWidth.wrap(text, width: max(10, width - indent.count)).enumerated()
        .map { $0 == 0 ? $1 : indent + $1 }
    }
    let rest = text.dropFirst(first.count).drop { $0 == " " }
    guard !rest.isEmpty else { return [first] }
    return [first] + DisplayWidth.wrap(String(rest), width: max(10, width - indent.count)).map { indent + $0 }
  }

  private static let markOn = "\u{1B}[1;7m"
  private static let markOff = "\u{1B}[0m"
  private static let indent = "  "

  /// The snippet indented, and on a terminal wrapped to its width under the indent. A match
  /// cut by a line break is closed at the end of its line and opened again after the indent,
  /// so the indent is never drawn highlighted.
  static func indented(_ marked: String, width: Int?) -> String {
    guard let width else { return indent + marked }
    var isOpen = false
    let lines = DisplayWidth.wrap(marked, width: max(10, width - indent.count)).map { line in
      let start = isOpen ? markOn : ""
      if let on = line.range(of: markOn, options: .backwards) {
        isOpen = line.range(of: markOff, range: on.upperBound..<line.endIndex) == nil
      } else if line.contains(markOff) {
        isOpen = false
      }
      return indent + start + line + (isOpen ? markOff : "")
    }
    return lines.joined(separator: "\n")
  }

  /// `Q7 What will I do differently…`, `GROW Goal`, `reply on Q7`.
  static func label(_ step: Step, isReply: Bool) -> String {
    let name: String
    switch step {
    case .question(let number):
      let text = Framework.leadershipLearningLog.question(number)?.text
      name = isReply ? "Q\(number)" : "Q\(number)" + (text.map { " " + shortened($0) } ?? "")
    case .grow(let stage): name = "GROW \(stage.title)"
    default: name = step.id
    }
    return isReply ? "follow-up reply on \(name)" : name
  }

  private static func shortened(_ text: String) -> String {
    text.count <= 40 ? text : String(text.prefix(39)) + "…"
  }

  /// The snippet on one line: line breaks and runs of spaces become one space.
  static func flattened(_ snippet: Snippet) -> Snippet {
    Snippet(
      pieces: snippet.pieces.map { piece in
        var text = ""
        var lastWasSpace = false
        for character in piece.text {
          let isSpace = character.isWhitespace
          if isSpace && lastWasSpace { continue }
          text.append(isSpace ? " " : character)
          lastWasSpace = isSpace
        }
        return Snippet.Piece(text, isMatch: piece.isMatch)
      })
  }
}
