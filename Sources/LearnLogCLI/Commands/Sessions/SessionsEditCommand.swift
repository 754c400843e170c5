import LearnLog
import LearnLogStore

/// `learnlog sessions edit ID [--date D] [--coachee NAME] [--topic T] [--minutes N]
/// [--group N | --individual] [--paid | --pro-bono]`: only the fields given change.
struct SessionsEditCommand {
  let id: Int64
  let change: (inout CoachingSession) -> Void

  init(_ command: ParsedCommand, today: CalendarDate) throws {
    id = try SessionFields.id(command)
    let given = try SessionFields.Given(command, today: today)
    try command.refuseTogether("group", "individual")
    try command.refuseTogether("paid", "pro-bono")
    let individual = command.flag("individual")
    let payment: SessionPayment? =
      command.flag("paid") ? .paid : command.flag("pro-bono") ? .proBono : nil
    let changesSomething =
      given.date != nil || given.coachee != nil || given.topic != nil || given.minutes != nil
      || given.groupSize != nil || individual || payment != nil
    guard changesSomething else {
      throw command.usageError(
        .unusableOptions(
          "nothing to change: give --date, --coachee, --topic, --minutes, --group, --individual, "
            + "--paid or --pro-bono"))
    }
    change = { session in
      if let date = given.date { session.date = date }
      if let coachee = given.coachee { session.coachee = coachee }
      if let topic = given.topic { session.topic = topic }
      if let minutes = given.minutes { session.durationMinutes = minutes }
      if let groupSize = given.groupSize { session.groupSize = groupSize }
      if individual { session.groupSize = nil }
      if let payment { session.payment = payment }
    }
  }

  func run(_ app: App) throws {
    let store = try app.existingStore(missing: "there is no session \(id)")
    guard var session = try store.session(id: id) else {
      throw CLIError.store(.sessionNotFound(id: id))
    }
    // Reflections matched to it only by its date and coachee (imported ones) are tied to it
    // first, so changing either keeps them with it.
    try store.adoptReflections(ofSession: id)
    change(&session)
    try store.updateSession(session)
    app.out("Session \(id): \(SessionFields.describe(session, today: app.today)).\n")
  }
}
