import LearnLog
import LearnLogStore

/// `learnlog sessions edit ID [--date D] [--coachee NAME] [--topic T] [--minutes N]
/// [--group N | --individual] [--paid | --pro-bono]`: only the fields given change.
struct SessionsEditCommand {
  let id: Int64
  let change: (inout CoachingSession) -> Void

  init(_ command: ParsedCommand, today: CalendarDate) throws {
    id = try SessionFields.id(command)
    let date = try SessionFields.option(command, "date", needs: SessionFields.dateHint) {
      SessionFields.date($0, today: today)
    }
    let coachee = try SessionFields.option(command, "coachee", needs: "a name or alias", SessionFields.coachee)
    let topic = command.option("topic")?.singleLine
    let minutes = try SessionFields.option(command, "minutes", needs: SessionFields.minutesNeeds, SessionFields.minutes)
    let groupSize = try SessionFields.option(command, "group", needs: SessionFields.groupNeeds, SessionFields.groupSize)
    let individual = command.flag("individual")
    if individual, groupSize != nil {
      throw CLIError.other("--group and --individual contradict each other; give one")
    }
    if command.flag("paid"), command.flag("pro-bono") {
      throw CLIError.other("--paid and --pro-bono contradict each other; give one")
    }
    let payment: SessionPayment? =
      command.flag("paid") ? .paid : command.flag("pro-bono") ? .proBono : nil
    let changesSomething =
      date != nil || coachee != nil || topic != nil || minutes != nil || groupSize != nil
      || individual || payment != nil
    guard changesSomething else {
      throw CLIError.other(
        "nothing to change: give --date, --coachee, --topic, --minutes, --group, --individual, "
          + "--paid or --pro-bono")
    }
    change = { session in
      if let date { session.date = date }
      if let coachee { session.coachee = coachee }
      if let topic { session.topic = topic }
      if let minutes { session.durationMinutes = minutes }
      if let groupSize { session.groupSize = groupSize }
      if individual { session.groupSize = nil }
      if let payment { session.payment = payment }
    }
  }

  func run(_ app: App) throws {
    let store = try app.existingStore(missing: "there is no session \(id)")
    guard var session = try store.session(id: id) else {
      throw CLIError.store(.sessionNotFound(id: id))
    }
    change(&session)
    try store.updateSession(session)
    app.out("Session \(id): \(SessionFields.describe(session, today: app.today)).\n")
  }
}
