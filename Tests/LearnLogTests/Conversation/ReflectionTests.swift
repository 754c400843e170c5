import LearnLog
import LearnLogTestSupport
import Testing

@Suite("Reflection state machine")
struct ReflectionTests {
  @Test func startsWithTheSessionDate() {
    let driver = ReflectionDriver()
    #expect(driver.reflection.step == .sessionDate)
    #expect(ReflectionDriver.said(driver.log).last?.hasPrefix("When was the session?") == true)
  }

  @Test func walksEveryStepInOrderAndFinishes() {
    var driver = ReflectionDriver()
    driver.answerContext()
    #expect(driver.reflection.entry.coachee == "Ravi")
    #expect(driver.reflection.entry.kind == .best)
    #expect(driver.reflection.entry.sessionDate == CalendarDate(year: 2026, month: 12, day: 1))
    var visited: [Step] = []
    while !driver.reflection.isOver {
      visited.append(driver.reflection.step)
      driver.type("Answer to \(driver.reflection.step.id)")
    }
    let expected = GrowStage.allCases.map(Step.grow) + (1...16).map(Step.question)
    #expect(visited == expected)
    #expect(driver.reflection.state == .finished)
    #expect(driver.reflection.entry.status == .complete)
    #expect(driver.reflection.entry.answers.count == 16)
    #expect(driver.reflection.entry.grow.questions == "Answer to questions")
    guard case .finish(let summary) = driver.log.last else {
      Issue.record("last effect is not finish")
      return
    }
    #expect(summary.answeredQuestions == 16)
    #expect(summary.skippedSteps.isEmpty)
    let closing = ReflectionDriver.said(driver.log).suffix(1).first ?? ""
    #expect(closing == "Saved as entry 7 (Best, Ravi, 1 Dec). 16 of 16 answered, 0 follow-ups.")
  }

  @Test func everyAnswerIsSavedAndRecordedWhenGiven() {
    var driver = ReflectionDriver()
    driver.answerContext()
    let effects = driver.type("A plan to win back volume")
    #expect(effects.contains(.saveAnswer(.grow(.goal), "A plan to win back volume")))
    #expect(
      effects.contains {
        if case .record(let turn) = $0 {
          return turn.speaker == .coach && turn.step == .grow(.goal)
            && turn.text == "A plan to win back volume"
        }
        return false
      })
    #expect(effects.contains(.moveTo(.grow(.reality))))
  }

  @Test(arguments: [
    ("", CalendarDate(year: 2026, month: 12, day: 2)),
    ("today", CalendarDate(year: 2026, month: 12, day: 2)),
    ("Yesterday", CalendarDate(year: 2026, month: 12, day: 1)),
    ("3 days ago", CalendarDate(year: 2026, month: 11, day: 29)),
    ("2026-11-28", CalendarDate(year: 2026, month: 11, day: 28)),
  ])
  func readsSessionDates(typed: String, expected: CalendarDate?) {
    var driver = ReflectionDriver()
    driver.type(typed)
    #expect(driver.reflection.entry.sessionDate == expected)
    #expect(driver.reflection.step == .coachee)
  }

  @Test(arguments: ["last tuesday", "2026-13-01", "2026-12-03", "2027-01-01", "0001-01-01", "1899-12-31"])
  func refusesDatesItCannotReadOrInTheFuture(typed: String) {
    var driver = ReflectionDriver()
    let effects = driver.type(typed)
    #expect(driver.reflection.step == .sessionDate)
    #expect(ReflectionDriver.hints(effects).count == 1)
    #expect(!effects.contains { if case .record = $0 { return true } else { return false } })
  }

  @Test func asksAgainForAnEmptyCoacheeOrAnUnclearKind() {
    var driver = ReflectionDriver()
    driver.type("today")
    #expect(ReflectionDriver.hints(driver.type("   ")).count == 1)
    #expect(driver.reflection.step == .coachee)
    driver.type("陈伟")
    #expect(driver.reflection.entry.coachee == "陈伟")
    #expect(ReflectionDriver.hints(driver.type("best and challenging")).count == 1)
    driver.type("Most Challenging")
    #expect(driver.reflection.entry.kind == .challenging)
    #expect(driver.reflection.step == .grow(.goal))
  }

  @Test func doneBeforeTheSessionIsKnownSavesNothing() {
    var driver = ReflectionDriver()
    for line in ["today", "Ravi"] {
      let effects = driver.type("/done")
      #expect(ReflectionDriver.hints(effects).first?.hasPrefix("There is nothing to save yet") == true)
      #expect(!driver.reflection.isOver)
      driver.type(line)
    }
    #expect(ReflectionDriver.hints(driver.type("/done")).count == 1)
    driver.type("best")
    // The session is known, but nothing is answered: a complete entry would be empty.
    #expect(ReflectionDriver.hints(driver.type("/done")).first?.hasPrefix("Nothing is answered yet") == true)
    #expect(!driver.reflection.isOver)
    driver.type("A goal for the quarter")
    driver.type("/done")
    #expect(driver.reflection.state == .finished)
  }

  @Test func skipMarksTheStepSkippedAndMovesOn() {
    var driver = ReflectionDriver()
    driver.answerContext()
    let effects = driver.type("/skip")
    #expect(effects.contains(.setSkipped(.grow(.goal), true)))
    #expect(driver.reflection.entry.skipped == [.grow(.goal)])
    #expect(driver.reflection.step == .grow(.reality))
  }

  @Test("Skipping the date or the kind says what was taken instead")
  func skippingTheContextSaysWhatItTakes() {
    var driver = ReflectionDriver()
    let date = ReflectionDriver.hints(driver.type("/skip"))
    #expect(date.contains("Dated today, 2026-12-02."), "\(date)")
    #expect(driver.reflection.entry.sessionDate == ReflectionDriver.today)
    driver.type("Ravi")
    let kind = ReflectionDriver.hints(driver.type("/skip"))
    #expect(kind.contains("Filed as another session (not Best or Most Challenging)."), "\(kind)")
    #expect(driver.reflection.entry.kind == .other)
  }

  @Test func anEmptyAnswerSkipsAReflectiveStep() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.type("")
    #expect(driver.reflection.entry.skipped == [.grow(.goal)])
  }

  @Test func backRevisesThePreviousAnswerWithItPreloaded() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.type("First goal")
    let effects = driver.type("/back")
    #expect(driver.reflection.step == .grow(.goal))
    #expect(effects.contains(.preload("First goal")))
    #expect(effects.contains(.moveTo(.grow(.goal))))
    driver.type("Better goal")
    #expect(driver.reflection.entry.grow.goal == "Better goal")
    #expect(driver.reflection.step == .grow(.reality))
  }

  @Test func backReachesTheContextAndStopsAtTheFirstStep() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.type("/back")
    #expect(driver.reflection.step == .kind)
    driver.type("/back")
    driver.type("/back")
    #expect(driver.reflection.step == .sessionDate)
    let effects = driver.type("/back")
    #expect(driver.reflection.step == .sessionDate)
    #expect(ReflectionDriver.hints(effects).count == 1)
  }

  @Test func skippingAStepAlreadyAnsweredKeepsTheAnswer() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.type("Goal text")
    driver.type("/back")
    driver.type("/skip")
    #expect(driver.reflection.entry.grow.goal == "Goal text")
    #expect(driver.reflection.entry.skipped.isEmpty)
  }

  @Test func pauseStopsAndKeepsTheDraft() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.type("Goal")
    let effects = driver.type("/pause")
    #expect(effects.last == .pause)
    #expect(driver.reflection.state == .paused)
    #expect(driver.reflection.entry.status == .draft)
    #expect(driver.reflection.entry.currentStep == .grow(.reality))
    #expect(driver.type("more").isEmpty)
  }

  @Test func endOfInputPauses() {
    var driver = ReflectionDriver()
    driver.answerContext()
    #expect(driver.send(.endOfInput) == [.pause])
    #expect(driver.reflection.state == .paused)
  }

  @Test func doneFinishesEarlyAndMarksTheRestSkipped() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.type("Goal")
    driver.type("Reality")
    driver.type("/done")
    #expect(driver.reflection.state == .finished)
    #expect(driver.reflection.entry.skipped.count == 3 + 16)
    #expect(!driver.reflection.entry.skipped.contains(.grow(.goal)))
    guard case .finish(let summary) = driver.log.last else {
      Issue.record("no finish")
      return
    }
    #expect(summary.answeredQuestions == 0)
    #expect(ReflectionDriver.said(driver.log).contains { $0.hasPrefix("Skipped: Options, Will") })
  }

  @Test func aPastedCommandIsAnAnswer() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.paste("line one\n/done\nline three")
    #expect(driver.reflection.state == .running)
    #expect(driver.reflection.entry.grow.goal == "line one\n/done\nline three")
  }

  @Test func unknownSlashWordsAreExplainedAndDoubleSlashIsAnAnswer() {
    var driver = ReflectionDriver()
    driver.answerContext()
    let effects = driver.type("/finish")
    #expect(ReflectionDriver.hints(effects).first?.contains("/help") == true)
    #expect(driver.reflection.step == .grow(.goal))
    driver.type("//etc is a folder")
    #expect(driver.reflection.entry.grow.goal == "/etc is a folder")
    driver.type("/s he said")
    #expect(driver.reflection.entry.grow.reality == "/s he said")
  }

  @Test("A command's name followed by more words is refused, neither run nor stored")
  func commandWithTrailingWordsIsRefused() {
    #expect(ConversationCommand.parse("/skip now") == .commandWithText(.skip))
    #expect(ConversationCommand.parse("/Back  to it") == .commandWithText(.back))
    #expect(ConversationCommand.parse("/s he said") == .answer("/s he said"))
    var driver = ReflectionDriver()
    driver.answerContext()
    let effects = driver.type("/skip now")
    #expect(ReflectionDriver.hints(effects).first?.contains("/skip takes nothing after it") == true)
    #expect(driver.reflection.step == .grow(.goal))
    #expect(driver.reflection.entry.grow.goal == nil)
  }

  @Test func helpListsEveryCommand() {
    var driver = ReflectionDriver()
    let text = ReflectionDriver.hints(driver.type("/help")).joined()
    for command in ConversationCommand.allCases {
      #expect(text.contains(command.typed))
    }
  }

  @Test func editAsksTheShellForAnEditorOnTheCurrentAnswer() {
    var driver = ReflectionDriver()
    driver.answerContext()
    driver.type("Goal draft")
    driver.type("/back")
    #expect(driver.type("/edit") == [.openEditor(initialText: "Goal draft")])
    driver.paste("Edited goal\nwith two lines")
    #expect(driver.reflection.entry.grow.goal == "Edited goal\nwith two lines")
  }

  @Test func resumesADraftWhereItStopped() {
    var entry = Entry(
      id: 3, kind: .challenging, coachee: "Ravi", sessionDate: ReflectionDriver.today,
      answers: [1: "one", 2: "two"], currentStep: .question(3), createdAt: Date(timeIntervalSince1970: 0))
    entry.grow.goal = "g"
    let driver = ReflectionDriver(entry: entry)
    #expect(driver.reflection.step == .question(3))
    let said = ReflectionDriver.said(driver.log)
    #expect(said.first?.contains("We stopped at 3/16") == true)
    #expect(said.last?.hasPrefix("3/16") == true)
  }
}
