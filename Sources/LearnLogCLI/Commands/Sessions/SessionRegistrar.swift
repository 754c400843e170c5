import LearnLog
import LearnLogStore

/// Registers the session a reflection is about once its context is known, or attaches the
/// reflection to a registered session with the same date and coachee, then says where the
/// programme stands.
///
/// It asks nothing: the conversation stays about learning. A session registered this way has no
/// length yet; the line that confirms it says how to add one, and `sessions export` names it.
final class SessionRegistrar {
  private let app: App
  private let store: LogStore
  private let warn: (String) -> Void
  /// The session attached with `--session`: fixed for the whole reflection.
  private let chosenSessionID: Int64?
  /// A session this reflection registered or matched, which a changed context may move.
  private var registeredID: Int64?
  private var matchedID: Int64?

  init(app: App, store: LogStore, chosenSessionID: Int64?, warn: @escaping (String) -> Void) {
    self.app = app
    self.store = store
    self.chosenSessionID = chosenSessionID
    self.warn = warn
  }

  /// Lines to show after the context: a registration notice when one was made, and the
  /// programme headline.
  func contextComplete(entryID: Int64, coachee: String, date: CalendarDate) -> [String] {
    var lines: [String] = []
    do {
      if let notice = try settle(entryID: entryID, coachee: coachee, date: date) {
        lines.append(notice)
      }
      let status = try ProgrammeView.status(app)
      if status.window != nil { lines.insert(ProgrammeText.headline(status), at: 0) }
    } catch {
      warn("Could not register the session (\((error as? StoreError)?.message ?? "\(error)")).")
    }
    return lines
  }

  private func settle(entryID: Int64, coachee: String, date: CalendarDate) throws -> String? {
    if chosenSessionID != nil { return nil }
    if let current = try store.sessionID(ofEntry: entryID) {
      guard var session = try store.session(id: current) else { return nil }
      if session.matches(coachee: coachee, on: date) { return nil }
      if current == registeredID {
        // The coach went back and changed the date or coachee: the session follows.
        session.date = date
        session.coachee = coachee
        try store.updateSession(session)
        return nil
      }
      guard current == matchedID else { return nil }
      try store.attach(entryID: entryID, toSession: nil)
      matchedID = nil
    }
    if let existing = try store.sessions(on: date, coachee: coachee).first {
      try store.attach(entryID: entryID, toSession: existing.id)
      matchedID = existing.id
      return nil
    }
    let id = try store.addSession(CoachingSession(date: date, coachee: coachee, createdAt: app.now))
    try store.attach(entryID: entryID, toSession: id)
    registeredID = id
    return "(Registered as session \(id); `learnlog sessions edit \(id) --minutes N` adds its length.)"
  }
}
