import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `learnlog reflect [--resume]`, and bare `learnlog`, which greets the coach first.
struct ReflectCommand {
  let resume: Bool
  let greet: Bool
  /// `--session ID`: reflect on this registered session.
  var sessionID: Int64? = nil

  /// Reads `--session ID`; it cannot go with `--resume`.
  static func sessionOption(_ command: ParsedCommand) throws -> Int64? {
    guard let id = try command.identifier("session") else { return nil }
    if command.flag("resume") {
      throw command.usageError(
        .unusableOptions("--session and --resume cannot go together: a draft keeps its session"))
    }
    return id
  }

  /// How many earlier entries the history rules may look at.
  static let historyDepth = 20

  func run(_ app: App) throws {
    // Resuming or reflecting on a registered session needs what is in the log: never create one.
    let store =
      if let sessionID {
        try app.existingStore(missing: "there is no session \(sessionID)")
      } else if resume {
        try app.existingStore(missing: "there is no unfinished reflection to resume")
      } else {
        try app.store()
      }
    let interactive = LineReaderFactory.isInteractiveTerminal
    let reader = LineReaderFactory.makeReader(
      commands: ConversationCommand.allCases.map(\.typed), console: app.stdout)
    let chat = ChatPrinter(
      console: app.stdout, style: app.style, width: app.width, isInteractive: interactive,
      currentWidth: TerminalSize.columns)
    let settings = app.settings
    let rules = FollowUpAdvisors.forReflection(app: app, warn: chat.warning)
    let advisor: any FollowUpAdvisor =
      settings.followUpsPerAnswer.value.map { FollowUpLimitAdvisor(rules, maxFollowUpsPerAnswer: $0) }
      ?? rules

    var resumed: Entry?
    var chosen: CoachingSession?
    if let sessionID {
      guard let session = try store.session(id: sessionID) else {
        throw CLIError.store(.sessionNotFound(id: sessionID))
      }
      // A planned session has not happened yet: a reflection on it would be dated ahead, as
      // the date question refuses.
      if session.date > app.today {
        throw CLIError.other(
          "session \(sessionID) is planned for \(session.date.iso), which is ahead; reflect on it once it "
            + "has happened, or correct its date with `learnlog sessions edit \(sessionID) --date D`")
      }
      chosen = session
      // A draft already about this session is continued rather than started again.
      resumed = try store.drafts().first { try store.sessionID(ofEntry: $0.id) == sessionID }
    } else if resume {
      guard let draft = try store.newestDraft() else { throw CLIError.noDraftToResume }
      resumed = draft
    } else if greet {
      let isReturning = try !store.summaries(limit: 1, status: .complete).isEmpty
      chat.say(
        isReturning
          ? "Hello again. At any prompt, /prepare builds your coach-the-coach brief, /review shows "
            + "your follow-ups over time, /sessions your programme; /help lists everything."
          : "Hello. I'll walk you through a reflection on a coaching session, one question at a time. Type /help at any time.",
        style: .info)
      if let draft = try store.newestDraft() {
        switch askToResume(draft, reader: reader, chat: chat, today: app.today) {
        case .resume: resumed = draft
        case .startNew: break
        case .leave:
          chat.hint("Your unfinished reflection is kept; `learnlog reflect --resume` continues it.")
          return
        }
      }
    }
    let entry = try resumed ?? newDraft(store, app: app, session: chosen)
    guard let lock = DraftLock(databasePath: app.databasePath, entryID: entry.id) else {
      throw CLIError.other(
        "reflection \(entry.id) is open in another learnlog; finish it or /pause it there first")
    }
    // A resumed draft attached to a session keeps its context fixed too.
    if chosen == nil, let attached = try store.sessionID(ofEntry: entry.id) {
      chosen = try store.session(id: attached)
    }

    let history = try store.history(limit: Self.historyDepth, excluding: entry.id)
    let reflection = Reflection(
      entry: entry, advisor: advisor, history: history, today: app.today, session: chosen)
    let session = ReflectSession(
      reflection: reflection, store: store, reader: reader, console: app.stdout, chat: chat,
      editor: ExternalEditor(
        environment: app.environment, isAvailable: interactive,
        preferredCommand: settings.editor.value),
      databasePath: app.databasePath, history: interactive ? app.historyFile : nil,
      databaseArgument: Self.databaseArgument(app),
      clock: { Date() },
      showView: { ChatViews.show($0, app: app, chat: chat) })
    let registrar = SessionRegistrar(
      app: app, store: store, chosenSessionID: chosen?.id, warn: chat.warning)
    session.onContextComplete = { entryID, _, coachee, date in
      registrar.contextComplete(entryID: entryID, coachee: coachee, date: date)
    }
    let outcome = withExtendedLifetime(lock) { session.run() }
    // Kept only in a recovery file (or nowhere): the warning said so; the status tells scripts.
    guard !session.isUnsaved else { throw CLIError.silentFailure }
    if case .paused(let id) = outcome {
      try discardIfEmpty(id, store: store, chat: chat)
    }
  }

  /// ` --db PATH` when the log is not the one learnlog finds without it, else nothing: added to
  /// the commands the conversation suggests (a bare `learnlog reflect --resume` would look in the
  /// default log and not find this draft).
  static func databaseArgument(_ app: App) -> String {
    guard app.databasePath != LogStore.defaultPath(environment: app.environment) else { return "" }
    return " --db " + shellQuoted(app.databasePath, keepingPlain: true)
  }

  private func newDraft(_ store: LogStore, app: App, session: CoachingSession?) throws -> Entry {
    var entry = Entry(
      coachee: session?.coachee ?? "", sessionDate: session?.date ?? app.today, createdAt: app.now)
    entry.id = try store.database.transaction {
      let id = try store.createEntry(entry)
      if let session { try store.attach(entryID: id, toSession: session.id) }
      return id
    }
    return entry
  }

  /// What the coach answered to "Resume it?".
  private enum ResumeChoice {
    case resume, startNew
    /// Ctrl-D (or a closing terminal): leave, as Ctrl-D pauses everywhere else.
    case leave
  }

  /// "You have one unfinished reflection (…). Resume it? [Y/n]"; Enter means yes.
  private func askToResume(
    _ draft: Entry, reader: any LineReader, chat: ChatPrinter, today: CalendarDate
  ) -> ResumeChoice {
    let about = draft.coachee.isEmpty
      ? "started \(draft.createdAt.formattedDay)"
      : "\(draft.kind.title), with \(draft.coachee), \(draft.sessionDate.short(currentYear: today.year))"
    chat.say("You have an unfinished reflection (\(about)). Resume it? [Y/n]", style: .question)
    while true {
      switch reader.readLine(prompt: chat.prompt(awaitingFollowUp: false)) {
      case .line(let text), .paste(let text):
        switch text.trimmed.lowercased() {
        case "", "y", "yes": return .resume
        case "n", "no": return .startNew
        default: chat.hint("Type y to resume it, n to start a new reflection, or Ctrl-D to leave.")
        }
      case .endOfInput, .hangup, .interrupted:
        return .leave
      }
    }
  }

  /// A draft the coach left before answering anything is not worth keeping.
  private func discardIfEmpty(_ id: Int64, store: LogStore, chat: ChatPrinter) throws {
    guard let entry = try store.entry(id: id) else { return }
    // `/pause` and other commands are recorded too, but they are not reflection.
    let coachSpoke = entry.transcript.contains(where: \.isCoachAnswer)
    // Text half typed when the terminal closed counts: it is offered back on resume.
    if !coachSpoke, try store.pendingInput(entryID: id) == nil {
      try store.deleteEntry(id: id)
      chat.hint("Nothing was answered, so nothing was kept.")
    }
  }
}

extension Date {
  fileprivate var formattedDay: String { CalendarDate(self).iso }
}
