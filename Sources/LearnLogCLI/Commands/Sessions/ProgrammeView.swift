import LearnLog
import LearnLogStore

/// The programme status from the store and the settings in effect.
enum ProgrammeView {
  static func status(_ app: App) throws -> ProgrammeStatus {
    let store = try app.readingStore()
    return ProgrammeStatus(
      sessions: try store.sessions(), reflections: try store.sessionReflections(),
      settings: app.settings.programme, today: app.today)
  }
}

/// `learnlog programme`.
struct ProgrammeCommand {
  func run(_ app: App) throws {
    app.outLines(ProgrammeText.lines(try ProgrammeView.status(app)))
  }
}
