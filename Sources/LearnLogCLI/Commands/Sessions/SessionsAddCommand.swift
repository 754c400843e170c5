import LearnLog
import LearnLogStore

/// `learnlog sessions add [--date D] [--coachee NAME] [--topic T] [--minutes N] [--group N]
/// [--pro-bono]`. On a terminal, missing values are asked one by one.
struct SessionsAddCommand {
  let given: SessionFields.Given
  let isProBono: Bool

  init(_ command: ParsedCommand, today: CalendarDate) throws {
    given = try SessionFields.Given(command, today: today)
    isProBono = command.flag("pro-bono")
  }

  func run(_ app: App) throws {
    try run(app, prompter: FieldPrompter.forTerminal(app))
  }

  /// Runs with `prompter` asking for what is missing; without one, only the coachee is required.
  func run(_ app: App, prompter: FieldPrompter?) throws {
    var (date, coachee, topic, minutes) = (given.date, given.coachee, given.topic, given.minutes)
    if let prompter {
      // Sessions are often registered days later, from a calendar; but a command line that
      // names the coachee has said what it means ("the date is today"), so it is not asked.
      if date == nil && coachee == nil {
        date = try prompter.ask(
          "Date (Enter for today, \(app.today.iso)):", isOptional: true,
          hint: "A date like \(app.today.iso), today, yesterday or 3 days ago.",
          parse: { SessionFields.date($0, today: app.today) })
      }
      if coachee == nil {
        coachee = try prompter.ask(
          "Coachee (a name or alias):", hint: "A name or an alias, please.",
          parse: SessionFields.coachee)
      }
      if topic == nil {
        topic = try prompter.ask(
          "Topic (Enter to leave out):", isOptional: true, hint: "", parse: { $0.trimmed })
      }
      if minutes == nil {
        minutes = try prompter.ask(
          "Length in minutes (Enter if not known yet):", isOptional: true,
          hint: "A whole number of minutes, such as 45.", parse: SessionFields.minutes)
      }
    }
    guard let coachee else {
      throw UsageError(
        .missingOption("--coachee", purpose: "who was the session with? (On a terminal, learnlog asks.)"),
        commandPath: ["sessions", "add"])
    }
    var session = CoachingSession(
      date: date ?? app.today, coachee: coachee, topic: topic ?? "", durationMinutes: minutes,
      groupSize: given.groupSize, payment: isProBono ? .proBono : .paid, createdAt: app.now)
    let store = try app.store()
    let earlier = try store.sessions(on: session.date, coachee: session.coachee)
    session.id = try store.addSession(session)
    // A reflection already in the log about this session (imported, or written before it was
    // registered) is tied to it now, so it stays tied if the session is edited later.
    let adopted = try store.adoptReflections(ofSession: session.id)
    app.outLines(
      [
        "Registered session \(session.id): \(SessionFields.describe(session, today: app.today))."
      ]
        + (adopted.isEmpty
          ? []
          : ["Linked \(adopted.count == 1 ? "reflection" : "reflections") "
            + adopted.map(String.init).joined(separator: ", ") + " to it (same date and coachee)."])
        + [ProgrammeText.headline(try ProgrammeView.status(app))])
    // Two sessions with one coachee on one day happen, but a command run twice is likelier,
    // and it would count the hours twice in the ICF log: say so, with the way back.
    if !earlier.isEmpty {
      let ids = earlier.map { String($0.id) }.joinedAsProse()
      let others = earlier.count == 1 ? "session \(ids) is" : "sessions \(ids) are"
      app.errorLine(
        "learnlog: warning: \(others) also with \(session.coachee) on \(session.date.iso); "
          + "if this one repeats it, `learnlog sessions remove \(session.id)` takes it out.")
    }
  }
}
