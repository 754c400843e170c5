import Testing

@testable import LearnLog

/// Made-up reflections in the shapes coaches write them in.
@Suite("Reflection document import")
struct ReflectionDocumentTests {
  /// All 16 questions in `Question N. text` style, one answer paragraph each.
  static func questionStyle(answers: (Int) -> String = { "Answer \($0) in my own words." })
    -> String
  {
    Framework.leadershipLearningLog.questions.map {
      "Question \($0.number). \($0.text)\n\(answers($0.number))\n"
    }.joined(separator: "\n")
  }

  @Test func questionStyleFindsAllSixteen() throws {
    let reflection = try ReflectionDocument.parse(Self.questionStyle())
    #expect(reflection.answers.count == 16)
    #expect(reflection.answers[7] == "Answer 7 in my own words.")
    #expect(reflection.answers[16] == "Answer 16 in my own words.")
    #expect(reflection.foundSummary == "found 16 of 16 questions")
    #expect(reflection.warnings.isEmpty)
    #expect(reflection.questionLines[1] == 1)
    #expect(reflection.questionLines[2] == 4)
  }

  @Test func qColonStyleWithAnswerOnTheMarkerLine() throws {
    let text = """
      Q1: I walked my account manager through two past tender negotiations.
      Q2: What did I plan
      Q5. How well did it go? Better than I feared.
      Q 6) What did I learn?
      That silence works.

      It gives her room to think.
      Q7: What will I do differently next time? Stop interrupting.
      Q9 - She closed the renewal on her own.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(
      reflection.answers[1]
        == "I walked my account manager through two past tender negotiations.")
    // "What did I plan" is not question 2's text, so it is the answer.
    #expect(reflection.answers[2] == "What did I plan")
    #expect(reflection.answers[5] == "Better than I feared.")
    #expect(reflection.answers[6] == "That silence works.\n\nIt gives her room to think.")
    #expect(reflection.answers[7] == "Stop interrupting.")
    #expect(reflection.answers[9] == "She closed the renewal on her own.")
    #expect(reflection.foundSummary == "found 6 of 16 questions")
  }

  @Test func markdownHeadings() throws {
    let text = """
      # Reflection: Best session with Ravi

      ## 1
      I asked Ravi what he wanted from the quarter.

      ### Q2
      Energised.

      ## 6. What did I learn?
      Open questions work better than advice.

      **Q7.** Stop: telling. Start: asking how.

      **Question 8: How will I do it differently next time?**
      Prepare three how-questions before the session.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.kind == .best)
    #expect(reflection.coachee == "Ravi")
    #expect(reflection.answers[1] == "I asked Ravi what he wanted from the quarter.")
    #expect(reflection.answers[2] == "Energised.")
    #expect(reflection.answers[6] == "Open questions work better than advice.")
    #expect(reflection.answers[7] == "Stop: telling. Start: asking how.")
    #expect(reflection.answers[8] == "Prepare three how-questions before the session.")
  }

  @Test func numberedQuestionNeedsTheQuestionText() throws {
    let text = """
      1. What did I do?
      I tried three things:
      1. Asked open questions
      2. Let the silence run
      3. How did it go? I asked that too.
      7. What will I do differently next time (stop, start, continue)?
      Continue the silences.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(
      reflection.answers[1]
        == "I tried three things:\n1. Asked open questions\n2. Let the silence run\n"
        + "3. How did it go? I asked that too.")
    #expect(reflection.answers[7] == "Continue the silences.")
    #expect(reflection.answers.count == 2)
  }

  @Test func recurringNameLabelIsStripped() throws {
    let text = """
      Question 1. What did I do?
      Sam. I asked her what she wanted from the meeting.
      Sam. Then I waited.

      Question 2. How do I think/feel about this?
      Sam. Relieved.

      Question 3. What did I plan to do but did not do?
      Sam.
      Agree a date for the follow-up.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.label == "Sam")
    #expect(
      reflection.answers[1] == "I asked her what she wanted from the meeting.\nThen I waited.")
    #expect(reflection.answers[2] == "Relieved.")
    #expect(reflection.answers[3] == "Agree a date for the follow-up.")
  }

  @Test func ordinarySentencesAreNotLabels() throws {
    let text = """
      Q3: Yes. I did plan to ask about the budget.
      Q4: Nothing. It went as planned.
      Q5: Yes. It went well.
      Q6: Ravi. He taught me patience.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.label == nil)
    #expect(reflection.answers[3] == "Yes. I did plan to ask about the budget.")
    #expect(reflection.answers[5] == "Yes. It went well.")
    #expect(reflection.answers[6] == "Ravi. He taught me patience.")
  }

  @Test func explicitLabelIsStrippedEvenOnce() throws {
    let text = "Q1: Li Wei. I asked about the client.\nQ2: I felt calm."
    let reflection = try ReflectionDocument.parse(
      text, options: ReflectionImportOptions(label: "Li Wei."))
    #expect(reflection.label == "Li Wei")
    #expect(reflection.answers[1] == "I asked about the client.")
    #expect(reflection.answers[2] == "I felt calm.")
  }

  @Test func growSectionsTitleAndMetadata() throws {
    let text = """
      # Reflection: Most Challenging session
      Date: 2026-11-28
      Coachee: Ravi

      Goal: Ravi wants to run the renewal meeting alone.
      **Reality:** He has never led one.
      He is worried about pricing questions.
      ## Options
      Role play; shadow me once more; write a script.
      Will (way forward): Role play on Thursday.
      Questions I asked:
      - What would success look like?
      - How will you know?

      Question 1. What did I do?
      I coached instead of telling.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.kind == .challenging)
    #expect(reflection.sessionDate == CalendarDate(year: 2026, month: 11, day: 28))
    #expect(reflection.coachee == "Ravi")
    #expect(reflection.grow.goal == "Ravi wants to run the renewal meeting alone.")
    #expect(
      reflection.grow.reality == "He has never led one.\nHe is worried about pricing questions.")
    #expect(reflection.grow.options == "Role play; shadow me once more; write a script.")
    #expect(reflection.grow.will == "Role play on Thursday.")
    #expect(reflection.grow.questions == "- What would success look like?\n- How will you know?")
    #expect(reflection.answers[1] == "I coached instead of telling.")
    #expect(reflection.warnings.isEmpty)
  }

  @Test func titleAsFirstPlainLine() throws {
    let reflection = try ReflectionDocument.parse(
      "Best session, 2026-12-01, with Mei\n\nQ1: Listened.")
    #expect(reflection.kind == .best)
    #expect(reflection.sessionDate == CalendarDate(year: 2026, month: 12, day: 1))
    #expect(reflection.coachee == "Mei")
  }

  @Test func titleNamingNeitherSessionLeavesKindUnset() throws {
    let reflection = try ReflectionDocument.parse(
      "# A difficult conversation with my team\nQ1: Listened.")
    #expect(reflection.kind == nil)
    #expect(reflection.coachee == nil)
  }

  @Test func cjkAnswersKeptByteForByte() throws {
    let text = """
      # 反思: Best session with 李明
      Q1: 我和李明讨论了续约谈判。
      他自己提出了三个方案。
      Q6: 沉默比建议更有用。🙂
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.coachee == "李明")
    #expect(reflection.answers[1] == "我和李明讨论了续约谈判。\n他自己提出了三个方案。")
    #expect(reflection.answers[6] == "沉默比建议更有用。🙂")
  }

  @Test func cjkLabelDetected() throws {
    let text = "Q1: 小明. 我问了目标。\nQ2: 小明. 很好。"
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.label == "小明")
    #expect(reflection.answers[2] == "很好。")
  }

  @Test func crlfLineEnds() throws {
    let text = "# Best session\r\nQ1: First line.\r\nSecond line.\r\n\r\nQ2: Calm.\r\n"
    let reflection = try ReflectionDocument.parse(Array(text.utf8))
    #expect(reflection.kind == .best)
    #expect(reflection.answers[1] == "First line.\nSecond line.")
    #expect(reflection.answers[2] == "Calm.")
    #expect(reflection.warnings.isEmpty)
  }

  @Test func invalidUTF8IsReplacedAndReported() throws {
    var bytes = Array("Q1: caf".utf8)
    bytes += [0xE9]  // Latin-1 é
    bytes += Array(" talk\nQ2: ok ".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
    let reflection = try ReflectionDocument.parse(bytes)
    #expect(reflection.answers[1] == "caf\u{FFFD} talk")
    #expect(reflection.warnings.contains { $0.hasPrefix("replaced 3 invalid UTF-8 sequences") })
  }

  @Test func nulAndControlCharactersAreRemovedAndReported() throws {
    let bytes: [UInt8] =
      Array("Q1: a".utf8) + [0x00] + Array("b\nQ2: c".utf8) + [0x07, 0x1B] + Array("d\t!".utf8)
      + [0xC2, 0x85]
    let reflection = try ReflectionDocument.parse(bytes)
    #expect(reflection.answers[1] == "ab")
    #expect(reflection.answers[2] == "cd\t!")
    // Everything cleaned is one sentence: one warning line.
    #expect(reflection.warnings.contains {
      $0.hasSuffix("removed 1 NUL byte (first at line 1) and removed 3 control characters (first at line 2)")
    }, "\(reflection.warnings)")
  }

  @Test func byteOrderMarkIsSkipped() throws {
    let reflection = try ReflectionDocument.parse([0xEF, 0xBB, 0xBF] + Array("# Best\nQ1: x".utf8))
    #expect(reflection.kind == .best)
    #expect(reflection.answers[1] == "x")
  }

  @Test func utf16WithByteOrderMark() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "Q1: 你好\r\nQ2: ok".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let reflection = try ReflectionDocument.parse(bytes)
    #expect(reflection.answers == [1: "你好", 2: "ok"])
  }

  @Test func leftOutTextIsReported() throws {
    let text = """
      # Reflection
      Some notes I wrote on the train.
      More notes.
      ## 1
      Listened.
      ## Notes for later
      Private aside.
      ## 2
      Calm.
      """
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.answers == [1: "Listened.", 2: "Calm."])
    #expect(
      reflection.warnings.contains("left out 2 lines before the first question (first at line 2)"))
    #expect(
      reflection.warnings.contains(
        "left out 1 line under the heading at line 6, which is not a question"))
  }

  @Test func emptyQuestionsAreReportedAndSkipped() throws {
    let text = "Q1:\nQ2: Calm.\nQ3:\n---\n"
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.answers == [2: "Calm."])
    #expect(reflection.warnings.contains("questions 1, 3 have no answer: marked skipped"))
    #expect(reflection.foundSummary == "found 1 of 16 questions")
  }

  @Test func buildsACompleteImportedEntry() throws {
    let text = "# Most Challenging session with Ravi\nGoal: Renewal.\nQ1: Listened.\nQ2: Calm."
    let reflection = try ReflectionDocument.parse(text)
    let today = try #require(CalendarDate(iso: "2026-12-02"))
    let at = Date(timeIntervalSince1970: 1_800_000_000)
    let entry = reflection.entry(today: today, at: at)
    #expect(entry.kind == .challenging)
    #expect(entry.status == .complete)
    #expect(entry.source == .import)
    #expect(entry.coachee == "Ravi")
    #expect(entry.sessionDate == today)
    #expect(entry.grow.goal == "Renewal.")
    #expect(entry.answers == [1: "Listened.", 2: "Calm."])
    #expect(entry.skipped.contains(.question(3)) && entry.skipped.contains(.question(16)))
    #expect(!entry.skipped.contains(.question(1)))
    #expect(entry.skipped.contains(.grow(.reality)) && !entry.skipped.contains(.grow(.goal)))
    #expect(entry.skipped.count == 14 + 4)
    #expect(entry.createdAt == at)

    let overridden = reflection.entry(
      overrides: ImportOverrides(
        kind: .best, sessionDate: CalendarDate(iso: "2026-11-01"), coachee: "Mei"),
      today: today, at: at)
    #expect(overridden.kind == .best)
    #expect(overridden.coachee == "Mei")
    #expect(overridden.sessionDate == CalendarDate(iso: "2026-11-01"))
  }

  @Test func wholeSixteenQuestionMarkdownDocument() throws {
    var text = "# Reflection: Best session with Ravi\nDate: 2026-11-28\n\n"
    text += "## GROW\n**Goal:** Close the renewal.\n**Reality:** Two failed tenders.\n"
    text += "**Options:** Role play.\n**Will:** Thursday.\n**Questions asked:** How?\n\n"
    for question in Framework.leadershipLearningLog.questions {
      text +=
        "## \(question.number). \(question.text)\n\nSam. Answer \(question.number).\n\n---\n\n"
    }
    let reflection = try ReflectionDocument.parse(text)
    #expect(reflection.answers.count == 16)
    #expect(reflection.label == "Sam")
    #expect(reflection.answers[13] == "Answer 13.")
    #expect(reflection.grow.questions == "How?")
    #expect(reflection.sessionDate == CalendarDate(iso: "2026-11-28"))
    #expect(reflection.warnings.isEmpty)
  }
}
