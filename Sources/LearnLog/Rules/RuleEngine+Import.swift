extension RuleEngine {
  /// The follow-ups the rules would have offered on a reflection written elsewhere, for
  /// `learnlog import`: each answer in conversation order (GROW, then the questions) is
  /// evaluated with the whole entry and the coach's history, as a reflection would, keeping at
  /// most `maxFollowUpsPerAnswer` per answer and never the same rule twice in the entry.
  ///
  /// They are offered after the fact, so none was answered: each is `.pending` and marked
  /// `isFromImport`. The prompt history (`CoachHistory.firedRules`, recurring themes, reviews)
  /// counts them like follow-ups offered in a conversation.
  public func followUpsForImport(of entry: Entry, history: CoachHistory, at date: Date)
    -> [FollowUp]
  {
    var working = entry
    let steps = Step.sequence(for: .leadershipLearningLog).filter(\.isReflective)
    for step in steps {
      guard let answer = entry.answer(at: step), !answer.trimmed.isEmpty else { continue }
      for nudge in followUpsToShow(for: answer, at: step, in: working, history: history) {
        working.followUps.append(FollowUp(nudge: nudge, step: step, at: date, isFromImport: true))
      }
    }
    return Array(working.followUps.dropFirst(entry.followUps.count))
  }
}
