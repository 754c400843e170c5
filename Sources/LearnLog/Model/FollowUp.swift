/// How the coach responded to a follow-up.
public enum FollowUpResponse: String, Sendable, Codable, CaseIterable, Hashable {
  /// Offered, not yet answered (the conversation is waiting, or was paused there). A follow-up
  /// from an import (`FollowUp.isFromImport`) stays pending: the rules ran after the fact and
  /// the coach never saw it in a conversation.
  case pending
  case answered
  case skipped
  case dismissed
}

/// A follow-up a rule suggested for one answer, before the conversation shows it.
public struct Nudge: Sendable, Codable, Equatable, Hashable {
  public var ruleID: String
  public var ask: String
  public var why: String
  public var priority: Int
  public var evidence: Evidence

  public init(ruleID: String, ask: String, why: String, priority: Int, evidence: Evidence) {
    self.ruleID = ruleID
    self.ask = ask
    self.why = why
    self.priority = priority
    self.evidence = evidence
  }
}

/// A follow-up that was offered to the coach, and what became of it: the prompt history.
public struct FollowUp: Sendable, Codable, Equatable, Hashable {
  public var ruleID: String
  public var step: Step
  public var ask: String
  public var why: String
  public var evidence: Evidence
  public var response: FollowUpResponse
  /// The coach's reply, when they answered it.
  public var reply: String?
  public var offeredAt: Date
  /// True when the rules ran over an imported reflection after the fact.
  public var isFromImport: Bool

  public init(
    ruleID: String, step: Step, ask: String, why: String, evidence: Evidence,
    response: FollowUpResponse = .pending, reply: String? = nil, offeredAt: Date,
    isFromImport: Bool = false
  ) {
    self.ruleID = ruleID
    self.step = step
    self.ask = ask
    self.why = why
    self.evidence = evidence
    self.response = response
    self.reply = reply
    self.offeredAt = offeredAt
    self.isFromImport = isFromImport
  }

  public init(nudge: Nudge, step: Step, at date: Date, isFromImport: Bool = false) {
    self.init(
      ruleID: nudge.ruleID, step: step, ask: nudge.ask, why: nudge.why, evidence: nudge.evidence,
      offeredAt: date, isFromImport: isFromImport)
  }
}
