import LearnLog
import LearnLogStore
import LearnLogTerminal

/// `learnlog reflect [--resume]`, and bare `learnlog`, which greets the coach first.
struct ReflectCommand {
  let resume: Bool
  let greet: Bool

  /// How many earlier entries the history rules may look at.
  static let historyDepth = 20

  func run(_ app: App) throws {
    let store = try app.store()
    let interactive = LineReaderFactory.isInteractiveTerminal
    let reader = LineReaderFactory.makeReader(
      commands: ConversationCommand.allCases.map(\.typed), console: app.stdout)
    let chat = ChatPrinter(console: app.stdout, style: app.style, width: app.width, isInteractive: interactive)
    let advisor = FollowUpAdvisors.forReflection(app: app, warn: chat.warning)

    var resumed: Entry?
    if resume {
      guard let draft = try store.newestDraft() else { throw CLIError.noDraftToResume }
      resumed = draft
    } else if greet {
      let isReturning = try !store.summaries(limit: 1).isEmpty
      chat.say(
        isReturning
          ? "Hello again."
          : "Hello. I'll walk you through a reflection on a coaching session, one question at a time. Type /help at any time.",
        style: .info)
      if let draft = try store.newestDraft(),
        askToResume(draft, reader: reader, chat: chat, today: app.today)
      {
        resumed = draft
      }
    }
    let entry = try resumed ?? newDraft(store, app: app)

    let history = try store.history(limit: Self.historyDepth, excluding: entry.id)
    let reflection = Reflection(entry: entry, advisor: advisor, history: history, today: app.today)
    let session = ReflectSession(
      reflection: reflection, store: store, reader: reader, console: app.stdout, chat: chat,
      editor: ExternalEditor(environment: app.environment, isAvailable: interactive),
      databasePath: app.databasePath, clock: { Date() })
    if case .paused(let id) = session.run() {
      try discardIfEmpty(id, store: store, chat: chat)
    }
  }

  private func newDraft(_ store: LogStore, app: App) throws -> Entry {
    var entry = Entry(sessionDate: app.today, createdAt: app.now)
    entry.id = try store.createEntry(entry)
    return entry
  }

  /// "You have one unfinished reflection (…). Resume it? [Y/n]"; Enter means yes.
  private func askToResume(_ draft: Entry, reader: any LineReader, chat: ChatPrinter, today: CalendarDate) -> Bool {
    let about = draft.coachee.isEmpty
      ? "started \(draft.createdAt.formattedDay)"
      : "\(draft.kind.title), with \(draft.coachee), \(draft.sessionDate.short(currentYear: today.year))"
    chat.say("You have an unfinished reflection (\(about)). Resume it? [Y/n]", style: .question)
    while true {
      switch reader.readLine(prompt: chat.prompt(awaitingFollowUp: false)) {
      case .line(let text), .paste(let text):
        switch text.trimmed.lowercased() {
        case "", "y", "yes": return true
        case "n", "no": return false
        default: chat.hint("Type y to resume it, or n to start a new reflection.")
        }
      case .endOfInput, .hangup:
        return true
      }
    }
  }

  /// A draft the coach left before answering anything is not worth keeping.
  private func discardIfEmpty(_ id: Int64, store: LogStore, chat: ChatPrinter) throws {
    guard let entry = try store.entry(id: id) else { return }
    let coachSpoke = entry.transcript.contains { $0.speaker == .coach }
    if !coachSpoke {
      try store.deleteEntry(id: id)
      chat.hint("Nothing was answered, so nothing was kept.")
    }
  }
}

extension Date {
  fileprivate var formattedDay: String { CalendarDate(self).iso }
}
