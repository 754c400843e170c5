import LearnLog
import LearnLogStore
import LearnLogTerminal

/// The shell around a `Reflection`: reads the coach's lines, feeds them to the conversation, shows
/// what it says and commits every change to the store before the next line is read.
final class ReflectSession {
  private let store: LogStore
  private let reader: any LineReader
  private let console: any Console
  private let chat: ChatPrinter
  private let clock: @Sendable () -> Date
  private let databasePath: String
  /// How to continue this reflection later, shown when it pauses.
  /// ` --db PATH` (or nothing), for the commands the chat suggests.
  private let databaseArgument: String
  /// Whether the coach has answered anything, now or before a resume (commands do not count):
  /// pausing before that keeps nothing.
  private lazy var hasCoachSpoken = reflection.entry.transcript.contains(where: \.isCoachAnswer)
  private var reflection: Reflection
  /// Store writes that failed (a full disk, a locked file) and are retried before the next one,
  /// so the order of the log is kept and nothing typed is lost while the program runs.
  private var unsaved: [ConversationEffect] = []
  /// Every turn of the conversation so far (the resumed draft's and this run's), kept so a
  /// recovery file carries the whole transcript, not only the answers.
  private lazy var transcript: [Turn] = reflection.entry.transcript
  /// True from a failed save until one succeeds: the coach is warned once, not every answer.
  private var isWaitingToSave = false
  private let editor: ExternalEditor
  /// Called when the context steps are done (after the kind), with the context saved: the
  /// command registers or attaches the session here. The lines it returns are shown, not
  /// recorded (where the programme stands changes; the reflection does not).
  var onContextComplete: ((_ entryID: Int64, _ kind: EntryKind, _ coachee: String, _ date: CalendarDate) -> [String])?
  /// Prints a view of the log (`/prepare`, `/review`) asked for mid-conversation.
  private let showView: (ViewRequest) -> Void
  /// Where the `/commands` typed are recorded (never answers); `nil` when input is not typed.
  private let history: HistoryFile?
  /// Half-typed text kept from an earlier run is back on the line, and no line has been given
  /// since.
  private var isPendingInputOnLine = false
  /// The kept half-typed text is out of date: the line it was put back on was given (answered,
  /// erased, or replaced by a command such as `/pause`), so it is deleted with the next save
  /// and never offered again.
  private var isPendingInputStale = false

  enum Outcome: Equatable {
    case finished(entryID: Int64)
    case paused(entryID: Int64)
  }

  init(
    reflection: Reflection, store: LogStore, reader: any LineReader, console: any Console,
    chat: ChatPrinter, editor: ExternalEditor, databasePath: String, history: HistoryFile? = nil,
    databaseArgument: String = "",
    clock: @escaping @Sendable () -> Date, showView: @escaping (ViewRequest) -> Void = { _ in }
  ) {
    self.history = history
    self.showView = showView
    self.reflection = reflection
    self.store = store
    self.reader = reader
    self.console = console
    self.chat = chat
    self.editor = editor
    self.databasePath = databasePath
    self.databaseArgument = databaseArgument
    self.clock = clock
  }

  var entryID: Int64 { reflection.entry.id }

  /// Runs the conversation until it finishes or pauses.
  func run() -> Outcome {
    rememberEarlierAnswers()
    apply(reflection.start(at: clock()))
    offerHalfTypedText()
    while !reflection.isOver {
      let conversationInput = readInput()
      if case .typed(let text) = conversationInput, !text.hasPrefix("/") {
        reader.rememberAnswer(text)
      } else if case .pasted(let text) = conversationInput {
        reader.rememberAnswer(text)
      }
      recordIfCommand(conversationInput)
      apply(reflection.receive(conversationInput, at: clock()))
      // Also when the line changed nothing else (`/help`): stale half-typed text goes now.
      if isPendingInputStale { flushUnsaved() }
    }
    saveOrRescue()
    return reflection.state == .finished ? .finished(entryID: entryID) : .paused(entryID: entryID)
  }

  /// Reads one answer or command. A line ending in a backslash continues on the next line, so a
  /// long answer can be typed in paragraphs; a continued answer is never run as a command.
  private func readInput() -> ConversationInput {
    var lines: [String] = []
    var isPasted = false
    var prompt = chat.prompt(awaitingFollowUp: reflection.isAwaitingFollowUpReply)
    var cleaning = InputCleaning()
    defer { reportCleaning(cleaning) }
    while true {
      let text: String
      let input = reader.readLine(prompt: prompt)
      switch input {
      case .line, .paste:
        // Whatever this line is, the text put back on it has been used or removed.
        if isPendingInputOnLine {
          isPendingInputOnLine = false
          isPendingInputStale = true
        }
      case .endOfInput, .hangup, .interrupted:
        break
      }
      switch input {
      case .line(let line):
        text = cleaning.clean(line)
      case .paste(let pasted):
        text = cleaning.clean(pasted)
        isPasted = true
      case .endOfInput:
        // Ctrl-D after a continued line submits what was typed; the next read pauses.
        guard lines.isEmpty else { return .pasted(lines.joined(separator: "\n")) }
        // Ctrl-D on an empty line: half-typed text offered back on this line was cleared on
        // purpose, so it is not offered again. (A pipe never saw it, so it is kept there.)
        if reader.isInteractive,
          (try? store.pendingInput(entryID: entryID))??.step == reflection.step
        {
          try? store.clearPendingInput(entryID: entryID)
        }
        return .endOfInput
      case .hangup(let partial):
        keepHalfTypedText((lines + [cleaning.clean(partial)]).joined(separator: "\n"))
        return .endOfInput
      case .interrupted:
        // The reflection's reader clears the line on Ctrl-C instead (`InterruptBehaviour`);
        // were one to stop, pausing keeps everything answered.
        return .endOfInput
      }
      if text.hasSuffix("\\") {
        lines.append(String(text.dropLast()))
        prompt = chat.continuationPrompt
        continue
      }
      lines.append(text)
      let answer = lines.joined(separator: "\n")
      return isPasted || lines.count > 1 ? .pasted(answer) : .typed(answer)
    }
  }

  /// One hint line when an answer had to be cleaned; it names counts, never the text.
  private func reportCleaning(_ cleaning: InputCleaning) {
    if let summary = cleaning.summary { chat.hint(summary) }
  }

  // MARK: - Effects

  /// Saves first, then shows: once the coach sees the next question, the answer before it and
  /// the step to resume at are on disk, so a `kill -9` at that moment loses nothing.
  private func apply(_ effects: [ConversationEffect]) {
    var remaining = effects[...]
    while !remaining.isEmpty {
      // Effects up to an action (the editor, registering the session) are committed together,
      // then shown; the action runs after them, in order.
      let batch = remaining.prefix { !Self.isAction($0) }
      remaining = remaining.dropFirst(batch.count)
      unsaved.append(contentsOf: batch)
      flushUnsaved()
      batch.forEach(show)
      guard let action = remaining.first else { break }
      remaining = remaining.dropFirst()
      show(action)
      switch action {
      case .openEditor(let initialText):
        editInEditor(initialText)
      case .contextComplete(let kind, let coachee, let date):
        for line in onContextComplete?(entryID, kind, coachee, date) ?? [] {
          chat.say(line, style: .info)
        }
      default:
        break
      }
    }
  }

  private static func isAction(_ effect: ConversationEffect) -> Bool {
    switch effect {
    case .openEditor, .contextComplete: true
    default: false
    }
  }

  private func show(_ effect: ConversationEffect) {
    switch effect {
    case .say(let turn, _):
      transcript.append(turn)
    case .record(let turn):
      transcript.append(turn)
      if turn.isCoachAnswer { hasCoachSpoken = true }
    default:
      break
    }
    switch effect {
    case .say(_, .summary) where !unsaved.isEmpty:
      // "Saved as entry…" would not be true: `saveOrRescue` says where the reflection went.
      break
    case .say(let turn, let style):
      chat.say(turn.text, style: style)
    case .hint(let text):
      chat.hint(text)
    case .preload(let text):
      reader.preload(text)
    case .showView(let request):
      showView(request)
    case .pause:
      // Not saved (the disk is full): `saveOrRescue` says where the answers went instead.
      if hasCoachSpoken && unsaved.isEmpty {
        chat.hint(
          "Paused. Your answers are saved; continue with: learnlog reflect --resume\(databaseArgument)")
      }
    case .finish:
      guard unsaved.isEmpty else { break }
      chat.say("Saved in \(databasePath).", style: .summary)
      chat.say(
        "Next: `learnlog show \(entryID)\(databaseArgument)` reads it back; "
          + "`learnlog prepare\(databaseArgument)` builds your coach-the-coach brief.",
        style: .summary)
    default:
      break
    }
  }

  /// Commits every unsaved effect in one transaction: an answer, its follow-up and the next
  /// question cost one sync to disk, not one each. When it fails, none of them is written and
  /// all are kept for the next try, in order.
  private func flushUnsaved() {
    guard !unsaved.isEmpty || isPendingInputStale else { return }
    do {
      try store.database.transaction {
        if isPendingInputStale { try store.clearPendingInput(entryID: entryID) }
        for effect in unsaved { try persist(effect) }
      }
      unsaved.removeAll()
      isPendingInputStale = false
      if isWaitingToSave {
        isWaitingToSave = false
        chat.hint("Saved: everything you typed while the log could not be written is in it now.")
      }
    } catch {
      // Once until it works again, not after every answer.
      guard !isWaitingToSave else { return }
      isWaitingToSave = true
      chat.warning(
        "Could not save to the log (\(describe(error))). Your answers are kept and saved as soon as it works again.")
    }
  }

  private func persist(_ effect: ConversationEffect) throws {
    let id = entryID
    switch effect {
    case .say(let turn, _), .record(let turn):
      try store.appendTurn(entryID: id, turn)
    case .updateContext(let kind, let coachee, let date):
      try store.updateContext(entryID: id, kind: kind, coachee: coachee, sessionDate: date)
    case .saveAnswer(let step, let text):
      try store.saveAnswer(entryID: id, step: step, text: text, at: clock())
      try store.clearPendingInput(entryID: id)
    case .setSkipped(let step, let isSkipped):
      try store.setSkipped(entryID: id, step: step, isSkipped: isSkipped)
    case .offerFollowUp(let followUp):
      try store.recordFollowUp(entryID: id, followUp)
    case .respondToFollowUp(let ruleID, let response, let reply):
      try store.updateFollowUp(entryID: id, ruleID: ruleID, response: response, reply: reply)
    case .withdrawFollowUp(let ruleID):
      try store.removeFollowUp(entryID: id, ruleID: ruleID)
    case .moveTo(let step):
      try store.setCurrentStep(entryID: id, step: step)
    case .finish:
      try store.complete(entryID: id, at: clock())
    case .pause, .hint, .preload, .openEditor, .contextComplete, .showView:
      break
    }
  }

  /// True when the conversation ended with writes the log never took (they went to a recovery
  /// file, if one could be made).
  var isUnsaved: Bool { !unsaved.isEmpty }

  /// Last chance when the conversation ends with writes still failing: put the whole entry in a
  /// private recovery file, so a full disk never costs the coach their reflection.
  private func saveOrRescue() {
    flushUnsaved()
    guard !unsaved.isEmpty else { return }
    do {
      var entry = reflection.entry
      entry.transcript = transcript
      let path = try RecoveryFile.write(entry, besideDatabase: databasePath, now: clock())
      chat.warning(
        "The log could not be written; your reflection is kept in \(path) (only you can read it). "
          + "Once the log works again: learnlog import --format json\(databaseArgument) "
          + shellQuoted(path, keepingPlain: true))
    } catch {
      chat.warning("The log could not be written and no recovery file could be made: \(describe(error)).")
    }
  }

  // MARK: - Editor, history, half-typed text

  private func editInEditor(_ initialText: String) {
    switch editor.edit(initialText) {
    case .edited(let text):
      var cleaning = InputCleaning()
      let cleaned = cleaning.clean(text)
      chat.echo(cleaned, awaitingFollowUp: reflection.isAwaitingFollowUpReply)
      reportCleaning(cleaning)
      apply(reflection.receive(.pasted(cleaned), at: clock()))
    case .unchanged:
      chat.hint("Edit cancelled: the text was unchanged or empty.")
    case .failed(let reason):
      chat.warning(reason)
    }
  }

  /// A typed `/command` goes to the history file; answers (and unknown `/words`) never do.
  private func recordIfCommand(_ input: ConversationInput) {
    guard case .typed(let text) = input,
      case .command(let command) = ConversationCommand.parse(text)
    else { return }
    try? history?.append(HistoryLine.conversationCommand(command))
  }

  /// Up-arrow recalls this reflection's earlier answers and follow-up replies, also after a
  /// resume, in the order they were given.
  private func rememberEarlierAnswers() {
    let entry = reflection.entry
    for step in Step.sequence(for: reflection.framework) {
      if let answer = entry.answer(at: step) { reader.rememberAnswer(answer) }
      for followUp in entry.followUps where followUp.step == step {
        if let reply = followUp.reply { reader.rememberAnswer(reply) }
      }
    }
  }

  /// Keeps what is on the line when the terminal goes: it replaces any text kept before, and an
  /// empty line after text was put back on it means the coach erased that text, so it goes too.
  private func keepHalfTypedText(_ partial: String) {
    guard !partial.trimmed.isEmpty else {
      if isPendingInputOnLine {
        isPendingInputOnLine = false
        isPendingInputStale = true
        flushUnsaved()
      }
      return
    }
    do {
      try store.savePendingInput(entryID: entryID, step: reflection.step, text: partial, at: clock())
      isPendingInputOnLine = false
      isPendingInputStale = false
    } catch {
      chat.warning("Could not keep the half-typed answer (\(describe(error))).")
    }
  }

  private func offerHalfTypedText() {
    guard let pending = try? store.pendingInput(entryID: entryID), pending.step == reflection.step
    else { return }
    chat.hint("You had started typing an answer here; it is back on the line.")
    reader.preload(pending.text)
    // A pipe cannot show it, so there it stays kept until an answer is saved.
    isPendingInputOnLine = reader.isInteractive
  }

  private func describe(_ error: any Error) -> String {
    // The store's own words for a full disk end "try again"; here learnlog tries by itself.
    if case .diskFull(let path) = error as? StoreError {
      return "the disk holding \(path) is full; free some space"
    }
    if let error = error as? StoreError { return error.message }
    return "an unexpected error"
  }
}
