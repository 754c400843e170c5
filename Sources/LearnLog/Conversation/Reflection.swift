/// A reflection in progress, as a value: the conversation's state machine.
///
/// The shell feeds it the coach's input and applies the effects it returns (show, persist). It
/// does no I/O itself, so every path, including back/skip/why/pause and follow-ups, is tested
/// as plain values.
public struct Reflection: Sendable {
  public enum State: Sendable, Equatable {
    case running
    case paused
    case finished
  }

  public private(set) var entry: Entry
  public private(set) var step: Step
  public private(set) var state: State = .running
  public let framework: Framework

  private let advisor: any FollowUpAdvisor
  private let history: CoachHistory
  private let today: CalendarDate
  private let steps: [Step]
  /// The follow-up waiting for the coach's reply.
  private var pendingFollowUp: FollowUp?
  /// Further nudges for the same answer, shown after the pending one when the limit allows.
  private var queuedNudges: [Nudge] = []
  /// The follow-up `/why` explains.
  private var lastOffered: FollowUp?
  /// The registered session this reflection is about, when it was started from one: its date
  /// and coachee are the context, so those steps are not asked.
  public let session: CoachingSession?

  /// Starts a reflection on `entry`: a new draft, or a draft being resumed at its current step.
  /// With a `session`, the entry takes its date and coachee and the conversation starts at the
  /// kind: the context steps are neither asked nor reachable with `/back`.
  public init(
    entry: Entry, framework: Framework = .leadershipLearningLog,
    advisor: any FollowUpAdvisor = SilentAdvisor(), history: CoachHistory = .empty,
    today: CalendarDate, session: CoachingSession? = nil
  ) {
    var entry = entry
    if let session {
      entry.sessionDate = session.date
      entry.coachee = session.coachee
    }
    self.entry = entry
    self.framework = framework
    self.advisor = advisor
    self.history = history
    self.today = today
    self.session = session
    let steps = Step.sequence(for: framework).filter { step in
      step != .summary && (session == nil || (step != .sessionDate && step != .coachee))
    }
    self.steps = steps
    let resumeStep = entry.currentStep.flatMap { steps.contains($0) ? $0 : nil }
    self.step = resumeStep ?? steps.first ?? .sessionDate
    if let pending = entry.followUps.last, pending.response == .pending, pending.step == step {
      pendingFollowUp = pending
      lastOffered = pending
    }
  }

  public var isOver: Bool { state != .running }

  /// True while the conversation waits for the reply to a follow-up.
  public var isAwaitingFollowUpReply: Bool { pendingFollowUp != nil }

  /// The opening lines: the first question, or a welcome back at the step where the draft stopped.
  public mutating func start(at now: Date) -> [ConversationEffect] {
    guard entry.currentStep != nil else {
      guard let session else {
        return [say("Let's reflect on a session.", step: nil, at: now)] + ask(step, at: now)
      }
      let topic = session.topic.isEmpty ? "" : ": \(session.topic)"
      let opening =
        "Let's reflect on your session with \(session.coachee) on "
        + "\(session.date.short(currentYear: today.year))\(topic)."
      return [say(opening, step: nil, at: now), contextEffect] + ask(step, at: now)
    }
    let position = step.isReflective ? " We stopped at \(shortName(of: step))." : ""
    var effects = [
      say("Welcome back to your reflection\(contextPhrase).\(position)", step: nil, at: now)
    ]
    if let pending = pendingFollowUp {
      effects.append(.say(Turn(speaker: .assistant, text: pending.ask, step: step, at: now), style: .followUp))
    } else {
      effects += ask(step, at: now)
    }
    return effects
  }

  /// Takes one input from the coach and returns what to show and persist, in order.
  public mutating func receive(_ input: ConversationInput, at now: Date) -> [ConversationEffect] {
    guard state == .running else { return [] }
    switch input {
    case .endOfInput:
      state = .paused
      return [.pause]
    case .pasted(let text):
      return answer(text, at: now)
    case .typed(let line):
      switch ConversationCommand.parse(line) {
      case .answer(let text): return answer(text, at: now)
      case .command(let command): return run(command, typed: line.trimmed, at: now)
      case .commandWithText(let command):
        return [
          .hint(
            "\(command.typed) takes nothing after it. Type \(command.typed) alone, or start the line with // to answer with a slash."
          )
        ]
      case .unknown(let word):
        return [
          .hint(
            "\(word) is not a command. Type /help for the commands, or start the line with // to answer with a slash."
          )
        ]
      }
    }
  }

  // MARK: - Answers

  private mutating func answer(_ text: String, at now: Date) -> [ConversationEffect] {
    if pendingFollowUp != nil {
      if text.trimmed.isEmpty { return skipFollowUp(typed: nil, at: now) }
      return replyToFollowUp(text, at: now)
    }
    switch step {
    case .sessionDate: return answerDate(text, at: now)
    case .coachee: return answerCoachee(text, at: now)
    case .kind: return answerKind(text, at: now)
    case .summary: return []
    case .grow, .question:
      if text.trimmed.isEmpty { return skipStep(typed: nil, at: now) }
      return answerReflective(text, at: now)
    }
  }

  private mutating func answerDate(_ text: String, at now: Date) -> [ConversationEffect] {
    guard let date = CalendarDate(answer: text, today: today) else {
      return [.hint("I can't read that as a date. Try today, yesterday, 3 days ago, or 2026-12-01.")]
    }
    guard date <= today else {
      return [.hint("That date is in the future. Which day did the session take place?")]
    }
    entry.sessionDate = date
    return [record(text, at: now), contextEffect] + advance(at: now)
  }

  private mutating func answerCoachee(_ text: String, at now: Date) -> [ConversationEffect] {
    let name = text.singleLine
    guard !name.isEmpty else {
      return [.hint("A name or an alias, please: it is how you will find this reflection later.")]
    }
    entry.coachee = name
    return [record(text, at: now), contextEffect] + advance(at: now)
  }

  private mutating func answerKind(_ text: String, at now: Date) -> [ConversationEffect] {
    guard let kind = EntryKind(answer: text) else {
      return [.hint("Type best, challenging, or other.")]
    }
    entry.kind = kind
    return [record(text, at: now), contextEffect, contextComplete] + advance(at: now)
  }

  private mutating func answerReflective(_ text: String, at now: Date) -> [ConversationEffect] {
    var effects = [record(text, at: now)]
    if let earlier = entry.answer(at: step), earlier != text {
      effects += withdrawUnansweredFollowUps(at: step)
    }
    entry.setAnswer(text, at: step)
    effects.append(.saveAnswer(step, text))
    if entry.skipped.remove(step) != nil { effects.append(.setSkipped(step, false)) }
    let offered = Set(entry.followUps.map(\.ruleID))
    let limit = max(1, min(advisor.maxFollowUpsPerAnswer, 2))
    let nudges = advisor.nudges(for: text, at: step, in: entry, history: history)
      .filter { !offered.contains($0.ruleID) }
    var seen = Set<String>()
    queuedNudges = Array(nudges.filter { seen.insert($0.ruleID).inserted }.prefix(limit))
    return effects + offerNextFollowUp(at: now)
  }

  // MARK: - Follow-ups

  /// A revised answer drops the follow-ups its old text raised and the coach did not reply to
  /// (skipped, dismissed or pending): they were about words that are gone. Replies stay: they
  /// are the coach's own reflection.
  private mutating func withdrawUnansweredFollowUps(at step: Step) -> [ConversationEffect] {
    let stale = entry.followUps.filter { $0.step == step && $0.response != .answered }
    guard !stale.isEmpty else { return [] }
    let staleIDs = Set(stale.map(\.ruleID))
    entry.followUps.removeAll { $0.step == step && staleIDs.contains($0.ruleID) }
    if let last = lastOffered, last.step == step, staleIDs.contains(last.ruleID) { lastOffered = nil }
    return stale.map { .withdrawFollowUp(ruleID: $0.ruleID) }
  }

  private mutating func offerNextFollowUp(at now: Date) -> [ConversationEffect] {
    guard !queuedNudges.isEmpty else { return advance(at: now) }
    let nudge = queuedNudges.removeFirst()
    let followUp = FollowUp(nudge: nudge, step: step, at: now)
    entry.followUps.append(followUp)
    pendingFollowUp = followUp
    lastOffered = followUp
    return [
      .offerFollowUp(followUp),
      .say(Turn(speaker: .assistant, text: nudge.ask, step: step, at: now), style: .followUp),
    ]
  }

  private mutating func replyToFollowUp(_ text: String, at now: Date) -> [ConversationEffect] {
    let effects = [record(text, at: now)] + resolveFollowUp(.answered, reply: text)
    return effects + offerNextFollowUp(at: now)
  }

  private mutating func skipFollowUp(typed: String?, at now: Date) -> [ConversationEffect] {
    let effects = typed.map { [record($0, at: now)] } ?? []
    return effects + resolveFollowUp(.skipped, reply: nil) + offerNextFollowUp(at: now)
  }

  private mutating func resolveFollowUp(_ response: FollowUpResponse, reply: String?)
    -> [ConversationEffect]
  {
    guard let pending = pendingFollowUp else { return [] }
    pendingFollowUp = nil
    if let index = entry.followUps.lastIndex(where: { $0.ruleID == pending.ruleID }) {
      entry.followUps[index].response = response
      entry.followUps[index].reply = reply
    }
    return [.respondToFollowUp(ruleID: pending.ruleID, response: response, reply: reply)]
  }

  // MARK: - Commands

  private mutating func run(_ command: ConversationCommand, typed: String, at now: Date)
    -> [ConversationEffect]
  {
    switch command {
    case .help:
      return [.hint(ConversationCommand.helpText)]
    case .why:
      guard let followUp = lastOffered else {
        return [.hint("No follow-up has been asked yet; /why explains the last one.")]
      }
      let explanation =
        "\(followUp.ruleID) — \(followUp.why) Fired because: \(followUp.evidence.summary)"
      return [record(typed, at: now), say(explanation, step: step, at: now, style: .explanation)]
    case .skip:
      if pendingFollowUp != nil { return skipFollowUp(typed: typed, at: now) }
      return skipStep(typed: typed, at: now)
    case .dismiss:
      guard pendingFollowUp != nil else {
        return [.hint("There is no follow-up to dismiss right now.")]
      }
      queuedNudges.removeAll()
      return [record(typed, at: now)] + resolveFollowUp(.dismissed, reply: nil)
        + [say("Understood: I won't ask that again in this reflection.", step: step, at: now)]
        + advance(at: now)
    case .back:
      return back(typed: typed, at: now)
    case .edit:
      return [.openEditor(initialText: pendingFollowUp == nil ? currentValue(of: step) ?? "" : "")]
    case .pause:
      state = .paused
      return [record(typed, at: now), .pause]
    case .done:
      // A reflection needs at least its session: `/done` before the date, coachee and kind
      // would save an entry about no one.
      switch step {
      case .sessionDate, .coachee, .kind:
        return [
          .hint(
            "There is nothing to save yet: say when the session was, who it was with and which "
              + "kind it was first, or /pause to stop.")
        ]
      default:
        // A complete reflection with nothing in it would count as the programme's Best.
        let hasAnswers =
          !entry.answers.isEmpty || GrowStage.allCases.contains { entry.grow[$0] != nil }
        guard hasAnswers else {
          return [
            .hint("Nothing is answered yet: answer a question first, or /pause to keep this as a draft.")
          ]
        }
        return [record(typed, at: now)] + finish(at: now)
      }
    case .prepare:
      return showView(.prepare)
    case .review:
      return showView(.review)
    case .sessions:
      return showView(.sessions)
    }
  }

  /// A view of the log, then the question the coach was at, so the conversation carries on.
  /// Neither is recorded: the transcript is the reflection, not what was looked at meanwhile.
  private func showView(_ request: ViewRequest) -> [ConversationEffect] {
    let current = pendingFollowUp?.ask ?? StepPrompt.text(for: step, in: entry, framework: framework)
    return [.showView(request), .hint("Back to your reflection. " + current)]
  }

  private mutating func skipStep(typed: String?, at now: Date) -> [ConversationEffect] {
    var effects = typed.map { [record($0, at: now)] } ?? []
    switch step {
    case .sessionDate:
      // Said, not silent: the date is how the entry sorts and what the programme counts.
      entry.sessionDate = today
      effects += [contextEffect, .hint("Dated today, \(today.iso).")]
    case .coachee:
      return effects + [
        .hint("The coachee is how you will find this reflection later: an alias or initials will do.")
      ]
    case .kind:
      entry.kind = .other
      effects += [contextEffect, .hint("Filed as another session (not Best or Most Challenging)."), contextComplete]
    case .grow, .question:
      // Skipping a step already answered (revisited with /back) keeps the answer.
      if entry.answer(at: step) == nil, entry.skipped.insert(step).inserted {
        effects.append(.setSkipped(step, true))
      }
    case .summary:
      break
    }
    return effects + advance(at: now)
  }

  private mutating func back(typed: String, at now: Date) -> [ConversationEffect] {
    var effects = [record(typed, at: now)]
    let target: Step
    if let pending = pendingFollowUp {
      effects += resolveFollowUp(.skipped, reply: nil)
      queuedNudges.removeAll()
      target = pending.step
    } else {
      guard let index = steps.firstIndex(of: step), index > 0 else {
        return [.hint("This is the first question; there is nothing before it.")]
      }
      target = steps[index - 1]
    }
    step = target
    entry.currentStep = target
    effects += [.moveTo(target), say(StepPrompt.text(for: target, in: entry, framework: framework), step: target, at: now, style: .question)]
    if let value = currentValue(of: target) { effects.append(.preload(value)) }
    return effects
  }

  // MARK: - Moving on

  private mutating func advance(at now: Date) -> [ConversationEffect] {
    guard let index = steps.firstIndex(of: step), index + 1 < steps.count else {
      return finish(at: now)
    }
    step = steps[index + 1]
    return ask(step, at: now)
  }

  private mutating func ask(_ step: Step, at now: Date) -> [ConversationEffect] {
    entry.currentStep = step
    var effects: [ConversationEffect] = []
    if let intro = StepPrompt.sectionIntro(before: step, framework: framework) {
      effects.append(say(intro, step: step, at: now))
    }
    effects.append(.moveTo(step))
    effects.append(
      say(StepPrompt.text(for: step, in: entry, framework: framework), step: step, at: now, style: .question))
    return effects
  }

  private mutating func finish(at now: Date) -> [ConversationEffect] {
    var effects = resolveFollowUp(.skipped, reply: nil)
    queuedNudges.removeAll()
    for step in steps where step.isReflective {
      if entry.answer(at: step) == nil, entry.skipped.insert(step).inserted {
        effects.append(.setSkipped(step, true))
      }
    }
    entry.status = .complete
    state = .finished
    step = .summary
    entry.currentStep = nil
    let summary = makeSummary()
    effects += summaryLines(summary).map { say($0, step: .summary, at: now, style: .summary) }
    effects.append(.finish(summary))
    return effects
  }

  private func makeSummary() -> ReflectionSummary {
    let questions = framework.questions.map(\.number)
    return ReflectionSummary(
      entryID: entry.id, kind: entry.kind, coachee: entry.coachee, sessionDate: entry.sessionDate,
      answeredQuestions: questions.filter { entry.answers[$0] != nil }.count,
      totalQuestions: questions.count,
      skippedSteps: entry.skipped.sorted(),
      followUpsOffered: entry.followUps.count,
      followUpsSkipped: entry.followUps.filter { $0.response == .skipped }.count,
      themes: advisor.themes(for: entry, history: history))
  }

  private func summaryLines(_ summary: ReflectionSummary) -> [String] {
    let date = summary.sessionDate.short(currentYear: today.year)
    var lines = [
      "Saved as entry \(summary.entryID) (\(summary.kind.title), \(summary.coachee), \(date)). "
        + "\(summary.answeredQuestions) of \(summary.totalQuestions) answered, "
        + plural(summary.followUpsOffered, "follow-up")
        + (summary.followUpsSkipped > 0 ? " (\(summary.followUpsSkipped) skipped)." : ".")
    ]
    if let skipped = StepList.describe(summary.skippedSteps) {
      lines.append("Skipped: \(skipped).")
    }
    for theme in summary.themes {
      lines.append("A theme is coming back: \(theme.ask)")
    }
    return lines
  }

  // MARK: - Helpers

  private func currentValue(of step: Step) -> String? {
    switch step {
    case .sessionDate: entry.sessionDate.iso
    case .coachee: entry.coachee.isEmpty ? nil : entry.coachee
    case .kind: entry.kind.rawValue
    case .grow, .question: entry.answer(at: step)
    case .summary: nil
    }
  }

  private var contextEffect: ConversationEffect {
    .updateContext(kind: entry.kind, coachee: entry.coachee, sessionDate: entry.sessionDate)
  }

  /// Said once the kind is known: date, coachee and kind are all set.
  private var contextComplete: ConversationEffect {
    .contextComplete(kind: entry.kind, coachee: entry.coachee, sessionDate: entry.sessionDate)
  }

  private var contextPhrase: String {
    guard !entry.coachee.isEmpty else { return "" }
    return " (\(entry.kind.title), with \(entry.coachee), \(entry.sessionDate.short(currentYear: today.year)))"
  }

  private func shortName(of step: Step) -> String {
    switch step {
    case .question(let number): "\(number)/\(framework.questions.count)"
    case .grow(let stage): stage.title
    default: step.id
    }
  }

  private func say(_ text: String, step: Step?, at now: Date, style: LineStyle = .info)
    -> ConversationEffect
  {
    .say(Turn(speaker: .assistant, text: text, step: step, at: now), style: style)
  }

  private func record(_ text: String, at now: Date) -> ConversationEffect {
    .record(Turn(speaker: .coach, text: text, step: step, at: now))
  }

  private func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }
}
