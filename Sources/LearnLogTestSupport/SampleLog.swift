import LearnLog

/// A made-up coach's log for report tests: seven reflections from July to December 2026 (none in
/// August), a Best and a Most Challenging among them, and follow-ups of every response kind.
/// Names, clients and figures are invented; some text is in Chinese, and some holds `<` and `&`
/// to prove the renderers escape it.
public enum SampleLog {
  /// The day the reports are "prepared": 3 December 2026.
  public static let today = CalendarDate(year: 2026, month: 12, day: 3)!

  /// The entries, oldest first, with ids 1…7 (the order a fresh store assigns them).
  public static let entries: [Entry] = [
    entry(
      1, .other, "Ravi", "2026-07-08",
      grow: GrowRecall(goal: "Prepare the quarterly review with the logistics client.", questions: "Is the deck ready? Did you call them?"),
      answers: [
        1: "I went through his slides and told him what to change.",
        6: "I talk too much when I am nervous.",
        7: "Stop fixing the slides myself.",
      ],
      followUps: [
        followUp("questions.open", .grow(.questions), "Most of these can be answered yes or no. What \"how\" question could you have asked?", .answered, "How would the client know the review went well?"),
        followUp("feelings.name-it", .question(2), "Which feeling was strongest for you in it?", .skipped, nil),
      ]),
    entry(
      2, .other, "Mei 李", "2026-07-22",
      grow: GrowRecall(goal: "梅想在下个月之前接手华东区的客户。"),
      answers: [
        1: "I asked Mei what she already knew about the East China accounts.",
        5: "OK.",
        6: "Silence gives her room to think.",
      ],
      followUps: [
        followUp("questions.open", .grow(.questions), "Which of your questions opened the conversation up?", .answered, "\"What would make the handover feel safe?\""),
        followUp("depth.too-short", .question(5), "Can you say a little more? What went well, and what did not?", .dismissed, nil),
      ]),
    entry(
      3, .other, "Ravi", "2026-09-10",
      answers: [
        6: "I still jump in with answers; waiting ten seconds worked once.",
        9: "He booked the renewal meeting himself.",
      ],
      followUps: [
        followUp("questions.open", .grow(.questions), "What \"how\" question could you have asked here?", .skipped, nil),
        followUp("results.measurable", .question(9), "What figure would show the result?", .answered, "Renewal worth 1.2M, margin <5% & falling."),
      ]),
    entry(
      4, .challenging, "Aiko", "2026-10-14",
      answers: [
        2: "Frustrated.",
        6: "When she pushes back, I defend instead of asking.",
      ],
      followUps: [
        followUp("questions.open", .grow(.questions), "Which of your questions could have been a \"how\" question?", .answered, "How could you test that idea with one customer?"),
        followUp("feelings.name-it", .question(2), "What was underneath the frustration?", .answered, "Worry that the account would slip."),
      ]),
    entry(
      5, .best, "Ravi", "2026-11-05",
      grow: GrowRecall(
        goal: "A plan to win back the spring volume from a key client.",
        reality: "Volume down 30%; the client's new buyer prefers a rival.",
        options: "Meet the new buyer; offer a trial lane; ask his manager to join.",
        will: "Book the buyer meeting by Friday.",
        questions: "What would success look like?\nHow could you find out what the new buyer values?"),
      answers: [
        1: "I let Ravi lay out the numbers, then asked him what he thought had changed for the client.",
        2: "Relieved, and a bit impatient when he went quiet.",
        5: "Well: he left with his own plan, not mine.",
        6: "Waiting out the silence gave him time to find the answer.",
        7: "Start: ask one \"how\" question before offering anything.\nStop: filling pauses.",
        8: "I will count to ten in my head before speaking.",
        9: "He booked the meeting with the new buyer for Friday.",
        10: "I held back my own solution for the whole session.",
        11: "I am more patient than I thought when I trust the person.",
        14: "Use the same structure for the Q1 account reviews.",
        15: "Ask Mei to observe one session and give me feedback.",
        16: "How do I keep quiet longer when a coachee stalls?",
      ],
      followUps: [
        followUp("feelings.name-it", .question(2), "What did the impatience tell you?", .answered, "That I wanted to rescue him."),
        followUp("actions.when", .question(8), "By when will you try it?", .skipped, nil),
        followUp("results.measurable", .question(9), "What would tell you the meeting worked?", .answered, "A signed trial lane by the end of the month."),
      ]),
    entry(
      6, .challenging, "Mei 李", "2026-11-26",
      grow: GrowRecall(
        goal: "Mei wanted to stop feeling stuck with the distributor in Suzhou.",
        reality: "Two missed deliveries; the distributor blames our forecast.",
        will: "Mei will call the distributor's planner on Monday."),
      answers: [
        1: "I told Mei what I would do with the distributor.",
        2: "Uncomfortable: I took over.",
        5: "Badly at first; better once I asked what she had tried.",
        6: "I need to listen more and talk less.",
        7: "Stop: giving the answer in the first ten minutes.",
        9: "None yet; the delivery problem is still open.",
        10: "I noticed myself telling, and stopped.",
        11: "Under time pressure I go back to telling.",
        14: "Prepare two open questions before each session with Mei.",
        16: "Ask my coach to role-play a coachee who wants to be told the answer.",
      ],
      skipped: [.grow(.options), .question(8), .question(15)],
      followUps: [
        followUp("telling.not-asking", .question(1), "What could you have asked instead of telling?", .answered, "\"What have you tried so far?\""),
        followUp("questions.open", .grow(.questions), "Which of your questions opened the conversation up?", .skipped, nil),
        followUp("history.repeated-answer", .question(6), "You wrote something similar before. What is different this time?", .dismissed, nil),
      ]),
    entry(
      7, .other, "Tomás", "2026-12-02", status: .draft,
      answers: [1: "We looked at the hiring plan together."],
      followUps: [
        followUp("questions.open", .grow(.questions), "What \"how\" question could you have asked?", .pending, nil),
        followUp("ownership.i-not-we", .question(1), "What did you do, yourself?", .pending, nil),
      ]),
  ]

  /// The entry with `id`.
  public static func entry(_ id: Int64) -> Entry {
    guard let entry = entries.first(where: { $0.id == id }) else {
      fatalError("the sample log has no entry \(id)")
    }
    return entry
  }

  /// What the store's aggregate queries should return for `filter`, computed from the entries
  /// in memory: the tests compare the two.
  public static func activity(filter: ReportFilter, recentWindow: Int = RecurringTheme.window)
    -> LogActivity
  {
    let inDates = entries.filter { filter.includes($0.sessionDate) }
    var entriesByMonth: [String: Int] = [:]
    for entry in inDates { entriesByMonth[entry.sessionDate.monthKey, default: 0] += 1 }
    struct Key: Hashable {
      var rule: String
      var month: String
      var response: FollowUpResponse
    }
    var tallies: [Key: LogActivity.Tally] = [:]
    for entry in inDates {
      for followUp in entry.followUps {
        if let rule = filter.ruleID, followUp.ruleID != rule { continue }
        if let question = filter.question, followUp.step != .question(question) { continue }
        let key = Key(rule: followUp.ruleID, month: entry.sessionDate.monthKey, response: followUp.response)
        var tally = tallies[key] ?? LogActivity.Tally(
          ruleID: key.rule, month: key.month, response: key.response, count: 0,
          firstDate: entry.sessionDate, lastDate: entry.sessionDate)
        tally.count += 1
        tally.firstDate = min(tally.firstDate, entry.sessionDate)
        tally.lastDate = max(tally.lastDate, entry.sessionDate)
        tallies[key] = tally
      }
    }
    let recent = inDates.filter { $0.status == .complete }
      .sorted { ($0.sessionDate, $0.id) > ($1.sessionDate, $1.id) }
      .prefix(recentWindow)
    var recentRuleCounts: [String: Int] = [:]
    for entry in recent {
      for ruleID in Set(entry.followUps.map(\.ruleID)) { recentRuleCounts[ruleID, default: 0] += 1 }
    }
    return LogActivity(
      tallies: tallies.values.sorted { ($0.ruleID, $0.month, $0.response.rawValue) < ($1.ruleID, $1.month, $1.response.rawValue) },
      entriesByMonth: entriesByMonth, recentEntries: recent.count,
      recentRuleCounts: recentRuleCounts)
  }

  /// The answers to question `number`, oldest first, as the store returns them.
  public static func answerHistory(question number: Int, filter: ReportFilter) -> [AnswerHistory] {
    entries.filter { filter.includes($0.sessionDate) }
      .sorted { ($0.sessionDate, $0.id) < ($1.sessionDate, $1.id) }
      .compactMap { entry in
        guard let text = entry.answers[number] else { return nil }
        let replies = entry.followUps
          .filter { $0.step == .question(number) && (filter.ruleID == nil || $0.ruleID == filter.ruleID) }
          .map { AnswerHistory.Reply(rule: $0.ruleID, ask: $0.ask, response: $0.response, reply: $0.reply) }
        return AnswerHistory(
          entryID: entry.id, kind: entry.kind, coachee: entry.coachee,
          sessionDate: entry.sessionDate, text: text, followUps: replies)
      }
  }

  // MARK: Building the entries

  private static func entry(
    _ id: Int64, _ kind: EntryKind, _ coachee: String, _ date: String,
    status: EntryStatus = .complete, grow: GrowRecall = GrowRecall(), answers: [Int: String],
    skipped: Set<Step> = [], followUps: [FollowUp]
  ) -> Entry {
    guard let sessionDate = CalendarDate(iso: date) else { fatalError("bad sample date \(date)") }
    let created = instant(sessionDate, hour: 18)
    return Entry(
      id: id, kind: kind, status: status, coachee: coachee, sessionDate: sessionDate, grow: grow,
      answers: answers, skipped: skipped,
      followUps: followUps.map { followUp in
        var followUp = followUp
        followUp.offeredAt = instant(sessionDate, hour: 18, minute: 5)
        return followUp
      },
      currentStep: status == .draft ? .question(2) : nil, createdAt: created,
      updatedAt: created.addingTimeInterval(1800))
  }

  private static func followUp(
    _ rule: String, _ step: Step, _ ask: String, _ response: FollowUpResponse, _ reply: String?
  ) -> FollowUp {
    FollowUp(
      ruleID: rule, step: step, ask: ask, why: "Recorded reason for \(rule).",
      evidence: Evidence(summary: "sample evidence"), response: response, reply: reply,
      offeredAt: Date(timeIntervalSince1970: 0))
  }

  private static func instant(_ date: CalendarDate, hour: Int, minute: Int = 0) -> Date {
    Date(timeIntervalSince1970: Double(date.dayNumber * 86400 + hour * 3600 + minute * 60))
  }
}
