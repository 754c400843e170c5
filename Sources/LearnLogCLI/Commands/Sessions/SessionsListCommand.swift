import LearnLog
import LearnLogStore

/// `learnlog sessions list [--json]` (also bare `learnlog sessions`): the programme view, then
/// the register, newest first.
struct SessionsListCommand {
  let json: Bool

  init(_ command: ParsedCommand) {
    json = command.flag("json")
  }

  init(json: Bool) {
    self.json = json
  }

  func run(_ app: App) throws {
    let store = try app.readingStore()
    if json {
      app.out(try JSONText.encode(try store.sessions().reversed().map(SessionDocument.init)) + "\n")
      return
    }
    app.out(try render(app, store: store, width: app.isOutputTerminal ? app.width : nil))
  }

  /// The programme view, then the register as a table cut to `width` when given.
  func render(_ app: App, store: LogStore, width: Int?) throws -> String {
    let sessions = try store.sessions()
    let reflections = try store.sessionReflections()
    let status = ProgrammeStatus(
      sessions: sessions, reflections: reflections, settings: app.settings.programme,
      today: app.today)
    func prose(_ lines: [String]) -> String { App.prose(lines, width: width) }
    let programme = prose(ProgrammeText.lines(status)) + "\n"
    guard !sessions.isEmpty else {
      return programme
        + prose([
          "No sessions registered yet. Add one with `learnlog sessions add`; a reflection "
            + "registers its session by itself."
        ])
    }
    let links = SessionLinks.reflections(for: sessions, reflections)
    let rows = sessions.reversed().map { session in
      [
        String(session.id), session.date.iso, session.coachee,
        session.topic.isEmpty ? "—" : session.topic,
        session.durationMinutes.map(String.init) ?? "—",
        session.formatDescription, session.payment.title,
        Self.describe(links[session.id] ?? []),
      ]
    }
    let table = TextTable(
      headers: ["ID", "DATE", "COACHEE", "TOPIC", "MIN", "FORMAT", "PAYMENT", "REFLECTIONS"],
      rows: rows, rightAligned: [0, 4], wholeColumns: [0, 1, 4], maxWidth: width)
    return programme + table.render(header: app.style.emphasis)
  }

  /// "14 Best, 15 Other (draft)", or "—".
  static func describe(_ reflections: [SessionReflection]) -> String {
    guard !reflections.isEmpty else { return "—" }
    return reflections.map { reflection in
      "\(reflection.entryID) \(reflection.kind.title)" + (reflection.isComplete ? "" : " (draft)")
    }.joined(separator: ", ")
  }
}
