extension Entry {
  /// The entry a document describes (the reverse of `EntryDocument.init`). `at` names the
  /// place in the file for an error message, which never quotes the text.
  public init(document: EntryDocument, at place: String) throws(ImportError) {
    func step(_ id: String, _ field: String) throws(ImportError) -> Step {
      guard let step = Step(id: id) else {
        throw .invalidExport(reason: "\(place).\(field) is not a step learnlog knows")
      }
      return step
    }
    guard let sessionDate = CalendarDate(iso: document.sessionDate) else {
      throw .invalidExport(reason: "\(place).sessionDate is not a date like 2026-11-28")
    }
    var answers: [Int: String] = [:]
    for (index, answer) in document.answers.enumerated() {
      guard answer.question >= 1, answers[answer.question] == nil else {
        throw .invalidExport(
          reason: "\(place).answers[\(index)] has a question number that is repeated or below 1")
      }
      answers[answer.question] = answer.text
    }
    var skipped: Set<Step> = []
    for (index, id) in document.skipped.enumerated() {
      skipped.insert(try step(id, "skipped[\(index)]"))
    }
    var followUps: [FollowUp] = []
    for (index, followUp) in document.followUps.enumerated() {
      let field = "followUps[\(index)]"
      followUps.append(
        FollowUp(
          ruleID: followUp.rule, step: try step(followUp.step, field + ".step"),
          ask: followUp.ask, why: followUp.why, evidence: followUp.evidence,
          response: followUp.response, reply: followUp.reply,
          offeredAt: try ExportDocument.timestamp(followUp.at, at: "\(place).\(field).at"),
          isFromImport: followUp.fromImport))
    }
    var transcript: [Turn] = []
    for (index, turn) in document.transcript.enumerated() {
      let field = "transcript[\(index)]"
      transcript.append(
        Turn(
          speaker: turn.speaker, text: turn.text,
          step: try turn.step.map { id throws(ImportError) in try step(id, field + ".step") },
          at: try ExportDocument.timestamp(turn.at, at: "\(place).\(field).at")))
    }
    self.init(
      id: document.id, kind: document.kind, status: document.status, coachee: document.coachee,
      sessionDate: sessionDate,
      grow: GrowRecall(
        goal: document.grow.goal, reality: document.grow.reality, options: document.grow.options,
        will: document.grow.will, questions: document.grow.questions),
      answers: answers, skipped: skipped, followUps: followUps, transcript: transcript,
      currentStep: try document.currentStep.map { id throws(ImportError) in
        try step(id, "currentStep")
      },
      source: document.source,
      createdAt: try ExportDocument.timestamp(document.createdAt, at: "\(place).createdAt"),
      updatedAt: try ExportDocument.timestamp(document.updatedAt, at: "\(place).updatedAt"))
  }
}
