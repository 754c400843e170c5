extension Entry {
  /// The entry a document describes (the reverse of `EntryDocument.init`). `at` names the
  /// place in the file for an error message, which never quotes the text.
  public init(document: EntryDocument, at place: String) throws(ImportError) {
    var cleaning = InputCleaning()
    try self.init(document: document, at: place, cleaning: &cleaning)
  }

  /// The same, with every text cleaned as typed text is (`InputCleaning`): an export written by
  /// hand or by another tool may hold NUL or terminal escape codes, which learnlog never stores.
  public init(document: EntryDocument, at place: String, cleaning: inout InputCleaning)
    throws(ImportError)
  {
    let framework = Framework.leadershipLearningLog
    func step(_ id: String, _ field: String) throws(ImportError) -> Step {
      guard let step = Step(id: id) else {
        throw .invalidExport(reason: "\(place).\(field) is not a step learnlog knows")
      }
      if case .question(let number) = step, framework.question(number) == nil {
        throw .invalidExport(
          reason: "\(place).\(field) is question \(number); the \(framework.name) has "
            + "questions 1 to \(framework.questions.count)")
      }
      return step
    }
    guard document.id > 0 else {
      throw .invalidExport(reason: "\(place).id must be a whole number above 0")
    }
    guard let sessionDate = CalendarDate(iso: document.sessionDate) else {
      throw .invalidExport(reason: "\(place).sessionDate is not a date like 2026-11-28")
    }
    var answers: [Int: String] = [:]
    for (index, answer) in document.answers.enumerated() {
      guard framework.question(answer.question) != nil, answers[answer.question] == nil else {
        throw .invalidExport(
          reason: "\(place).answers[\(index)] has a question number that is repeated or not "
            + "1 to \(framework.questions.count)")
      }
      answers[answer.question] = cleaning.clean(answer.text)
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
          ask: cleaning.clean(followUp.ask), why: cleaning.clean(followUp.why),
          evidence: followUp.evidence, response: followUp.response,
          reply: followUp.reply.map { cleaning.clean($0) },
          offeredAt: try ExportDocument.timestamp(followUp.at, at: "\(place).\(field).at"),
          isFromImport: followUp.fromImport))
    }
    var transcript: [Turn] = []
    for (index, turn) in document.transcript.enumerated() {
      let field = "transcript[\(index)]"
      transcript.append(
        Turn(
          speaker: turn.speaker, text: cleaning.clean(turn.text),
          step: try turn.step.map { id throws(ImportError) in try step(id, field + ".step") },
          at: try ExportDocument.timestamp(turn.at, at: "\(place).\(field).at")))
    }
    self.init(
      id: document.id, kind: document.kind, status: document.status,
      coachee: cleaning.clean(document.coachee), sessionDate: sessionDate,
      grow: GrowRecall(
        goal: document.grow.goal.map { cleaning.clean($0) },
        reality: document.grow.reality.map { cleaning.clean($0) },
        options: document.grow.options.map { cleaning.clean($0) },
        will: document.grow.will.map { cleaning.clean($0) },
        questions: document.grow.questions.map { cleaning.clean($0) }),
      answers: answers, skipped: skipped, followUps: followUps, transcript: transcript,
      currentStep: try document.currentStep.map { id throws(ImportError) in
        try step(id, "currentStep")
      },
      source: document.source,
      createdAt: try ExportDocument.timestamp(document.createdAt, at: "\(place).createdAt"),
      updatedAt: try ExportDocument.timestamp(document.updatedAt, at: "\(place).updatedAt"))
  }
}
