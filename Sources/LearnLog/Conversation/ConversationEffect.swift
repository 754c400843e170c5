/// How an assistant line should look; the shell picks colours, the transcript keeps only text.
public enum LineStyle: Sendable, Equatable {
  /// Framing lines: greetings, section headers, confirmations.
  case info
  /// A step's question.
  case question
  /// A follow-up from the rules.
  case followUp
  /// Why a follow-up was asked (`/why`): set under it, as part of it.
  case explanation
  /// A line of the closing summary.
  case summary
}

/// A view of the log the coach can open from inside a conversation.
public enum ViewRequest: String, Sendable, Equatable, CaseIterable {
  /// The coach-the-coach brief, as `learnlog prepare` shows it.
  case prepare
  /// The prompt history, as `learnlog review` shows it.
  case review
  /// The programme and the session register, as `learnlog sessions` shows them.
  case sessions
}

/// What the conversation asks its shell to do after an input: show lines, persist changes.
/// The shell applies effects in order; persisting each before reading the next input is what
/// makes every answer survive a crash.
public enum ConversationEffect: Sendable, Equatable {
  /// An assistant line: shown, and recorded in the transcript.
  case say(Turn, style: LineStyle)
  /// A coach line: recorded in the transcript (the coach already sees it).
  case record(Turn)
  /// Shown, not recorded: help, hints, explanations of a mistake.
  case hint(String)
  /// The session context changed.
  case updateContext(kind: EntryKind, coachee: String, sessionDate: CalendarDate)
  /// The context steps are done (the kind was just given): the shell may register the session
  /// or attach the reflection to one, and say where the programme stands. Comes again if the
  /// coach goes back and changes the context.
  case contextComplete(kind: EntryKind, coachee: String, sessionDate: CalendarDate)
  /// An answer at a reflective step was given (nil: cleared).
  case saveAnswer(Step, String?)
  case setSkipped(Step, Bool)
  /// A follow-up was offered; its question is shown by a `.say` that follows.
  case offerFollowUp(FollowUp)
  /// The coach answered, skipped or dismissed a follow-up.
  case respondToFollowUp(ruleID: String, response: FollowUpResponse, reply: String?)
  /// A follow-up about an answer the coach has since rewritten, never replied to: it no longer
  /// applies, so it leaves the entry (and `review`'s counts).
  case withdrawFollowUp(ruleID: String)
  /// The conversation moved to a step (where a resume picks up).
  case moveTo(Step)
  /// The next line the coach types should start with this text (revising an earlier answer).
  case preload(String)
  /// The coach asked to write the answer in their editor, starting from this text.
  case openEditor(initialText: String)
  /// Shown, not recorded: a view of the log (the brief, the prompt history) that the shell
  /// builds and prints; the conversation stays where it was.
  case showView(ViewRequest)
  /// The reflection paused; it stays a draft.
  case pause
  /// The reflection is complete.
  case finish(ReflectionSummary)
}
