import Foundation
import LearnLogTestSupport
import Testing

/// A reflection with standard input on a pipe: the plain line reader, one line per answer.
@Suite("Reflect through a pipe")
struct PipeReflectionTests {
  @Test(arguments: ["/done\n", "/pause\n", "/done\n/pause\n"])
  func commandsBeforeAnyAnswerKeepNothing(input: String) throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("pipe/log.sqlite3")
    let environment = sandbox.environment(includesDatabase: false)
    let run = try BinaryRunner.learnlog(["reflect", "--db", db], input: input, environment: environment)
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stdout.contains("Nothing was answered, so nothing was kept."), "\(run.stdout)")
    #expect(!run.stdout.contains("Saved as entry") && !run.stdout.contains("Paused."), "\(run.stdout)")
    let log = try BinaryRunner.learnlog(["log", "--json", "--db", db], environment: environment)
    let entries = try JSONSerialization.jsonObject(with: Data(log.standardOutput)) as? [Any]
    #expect(entries?.isEmpty == true, "\(log.stdout)")
  }

  @Test func prepareAndTheProgrammeAgreeOnTheBest() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("pipe/log.sqlite3")
    let environment = sandbox.environment(includesDatabase: false)
    // Anna's session is newer, but Ben's reflection was marked Best last: the coach's latest choice.
    for (date, coachee) in [("today", "Anna"), ("3 days ago", "Ben")] {
      let run = try BinaryRunner.learnlog(
        ["reflect", "--db", db],
        input: "\(date)\n\(coachee)\nbest\n\(coachee) wanted a plan for the quarterly review.\n/done\n",
        environment: environment)
      #expect(run.status == 0, "\(run.description)")
    }
    let programme = try BinaryRunner.learnlog(["programme", "--db", db], environment: environment)
    #expect(programme.stdout.contains("Best: Ben"), "\(programme.stdout)")
    let brief = try BinaryRunner.learnlog(["prepare", "--format", "json", "--db", db], environment: environment)
    #expect(brief.stdout.contains("\"coachee\" : \"Ben\""), "\(brief.stdout)")
    #expect(!brief.stdout.contains("\"coachee\" : \"Anna\""), "\(brief.stdout)")
  }

  @Test func wholeReflectionIsStoredAndReadBack() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("pipe/log.sqlite3")
    let lines = EndToEnd.wholeReflection
    let run = try BinaryRunner.learnlog(
      ["reflect", "--db", db], input: EndToEnd.input(lines),
      environment: sandbox.environment(includesDatabase: false))
    try #require(run.status == 0, "\(run.description)")

    // Plain mode: no escape codes, no prompts, and nothing typed echoed back.
    #expect(run.hasNoEscapeBytes)
    #expect(!run.stdout.contains("›"))
    for text in EndToEnd.answerTexts {
      #expect(!run.stdout.contains(text), "input echoed: \(text)")
    }
    #expect(!run.stdout.contains("(/why"), "a follow-up fired:\n\(run.stdout)")
    #expect(run.stdout.contains("1/16  What did I do?"))
    #expect(run.stdout.contains("16/16  How should I use this experience"))
    #expect(run.stdout.contains("Saved as entry 1 (Best, Ravi, 28 Nov). 16 of 16 answered"))
    #expect(run.stdout.contains("learnlog show 1"))
    #expect(run.stderr.isEmpty, "\(run.stderr)")

    let environment = sandbox.environment(includesDatabase: false)
    let log = try BinaryRunner.learnlog(["log", "--db", db], environment: environment)
    #expect(log.status == 0)
    let row = log.stdout.split(separator: "\n").first { $0.contains("Ravi") }.map(String.init) ?? ""
    for field in ["2026-11-28", "Ravi", "Best", "complete", "16/16", "1"] {
      #expect(row.contains(field), "log row lacks \(field): \(log.stdout)")
    }

    let logJSON = try BinaryRunner.learnlog(["log", "--json", "--db", db], environment: environment)
    #expect(logJSON.status == 0)
    let listed = try JSONDecoder().decode([ShownEntry].self, from: Data(logJSON.standardOutput))
    try #require(listed.count == 1)
    #expect(listed[0].id == 1)
    #expect(listed[0].status == "complete")
    #expect(listed[0].coachee == "Ravi")

    let shown = try BinaryRunner.learnlog(["show", "1", "--db", db], environment: environment)
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("Ravi"))
    for text in EndToEnd.answerTexts {
      #expect(shown.stdout.contains(text), "show lacks: \(text)")
    }
    #expect(!shown.stdout.contains("you [q1]"), "the transcript is only shown with --transcript")

    let json = try BinaryRunner.learnlog(["show", "1", "--json", "--db", db], environment: environment)
    #expect(json.status == 0)
    let entry = try EndToEnd.decodeEntry(json)
    #expect(entry.id == 1)
    #expect(entry.kind == "best")
    #expect(entry.status == "complete")
    #expect(entry.coachee == "Ravi")
    #expect(entry.sessionDate == "2026-11-28")
    for stage in EndToEnd.growOrder {
      #expect(entry.grow[stage] == EndToEnd.grow[stage], "grow.\(stage)")
    }
    #expect(entry.answers.map(\.question) == Array(1...16))
    #expect(entry.answers.map(\.text) == EndToEnd.answers)
    // The transcript holds every turn: what the coach typed, in order, with steps and times.
    let transcript = try #require(entry.transcript)
    #expect(entry.coachTurns == lines)
    #expect(transcript.first?.speaker == "assistant")
    #expect(transcript.filter { $0.speaker == "coach" }.map(\.step)
      == (["date", "coachee", "kind"] + EndToEnd.growOrder + (1...16).map { "q\($0)" }).map { $0 })
    let timestamps = ISO8601DateFormatter()
    timestamps.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    for turn in transcript {
      #expect(timestamps.date(from: turn.at) != nil, "unreadable time \(turn.at)")
    }

    let full = try BinaryRunner.learnlog(
      ["show", "1", "--transcript", "--db", db], environment: environment)
    #expect(full.status == 0)
    #expect(full.stdout.contains(EndToEnd.answers[15]))
    #expect(full.stdout.contains("16/16  How should I use this experience"))
    #expect(full.hasNoEscapeBytes)
    for result in [log, logJSON, shown, json, full] { expectNoAnswers(onStandardErrorOf: result) }
  }

  @Test func closedInputKeepsTheDraftAndResumeContinuesWhereItStopped() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("resume/log.sqlite3")
    let environment = sandbox.environment(includesDatabase: false)
    let lines = EndToEnd.wholeReflection
    // Context and the first two GROW answers, then end of file.
    let first = try BinaryRunner.learnlog(
      ["reflect", "--db", db], input: EndToEnd.input(Array(lines[..<5])), environment: environment)
    #expect(first.status == 0, "\(first.description)")
    #expect(first.stdout.contains("Paused"))
    // The way back must work from here: with --db, the hint has to name the same database.
    let hint = first.stdout.split(separator: "\n").first { $0.contains("--resume") }.map(String.init)
    let resumeHint = try #require(hint, "no resume hint:\n\(first.stdout)")
    #expect(resumeHint.contains("learnlog reflect --resume"))
    #expect(resumeHint.contains("--db") && resumeHint.contains(db), "\(resumeHint)")
    expectNoAnswers(onStandardErrorOf: first)

    let draft = try EndToEnd.decodeEntry(
      BinaryRunner.learnlog(["show", "1", "--json", "--db", db], environment: environment))
    #expect(draft.status == "draft")
    #expect(draft.grow.goal == EndToEnd.grow["goal"])
    #expect(draft.grow.reality == EndToEnd.grow["reality"])
    #expect(draft.grow.options == nil)

    let second = try BinaryRunner.learnlog(
      ["reflect", "--resume", "--db", db], input: EndToEnd.input(Array(lines[5...])),
      environment: environment)
    #expect(second.status == 0, "\(second.description)")
    #expect(second.stdout.contains("Welcome back to your reflection (Best, with Ravi, 28 Nov)."))
    // It asks Options next, not the date or the goal again.
    let asked = second.stdout.split(separator: "\n").map(String.init)
    #expect(asked.dropFirst().first == "Options — which options did Ravi come up with?", "\(asked)")
    #expect(!second.stdout.contains("When was the session?"))
    #expect(second.stdout.contains("16 of 16 answered"))
    #expect(second.hasNoEscapeBytes)
    expectNoAnswers(onStandardErrorOf: second)

    let entry = try EndToEnd.decodeEntry(
      BinaryRunner.learnlog(["show", "1", "--json", "--db", db], environment: environment))
    #expect(entry.status == "complete")
    for stage in EndToEnd.growOrder {
      #expect(entry.grow[stage] == EndToEnd.grow[stage], "grow.\(stage)")
    }
    #expect(entry.answers.map(\.text) == EndToEnd.answers)
    #expect(entry.coachTurns == lines)
    let listed = try JSONDecoder().decode(
      [ShownEntry].self,
      from: Data(BinaryRunner.learnlog(["log", "--json", "--db", db], environment: environment).standardOutput))
    #expect(listed.count == 1, "resuming must not start a second entry")
  }

  @Test func backSkipPauseAndDone() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    let first = try BinaryRunner.learnlog(
      ["reflect"],
      input: EndToEnd.input([
        "2026-11-30", "Ravi", "challenging",
        "A first goal that I want to revise, with a clear outcome.",
        "/back",
        EndToEnd.grow["goal"]!,
        "/skip",  // reality
        EndToEnd.grow["options"]!,
        "/pause",
        "This line comes after /pause and must not be read as an answer.",
      ]),
      environment: environment)
    #expect(first.status == 0, "\(first.description)")
    #expect(first.stdout.contains("Paused"))
    // /back asked the goal again.
    #expect(first.stdout.components(separatedBy: "Goal — what did Ravi want").count == 3)
    #expect(first.hasNoEscapeBytes)
    expectNoAnswers(onStandardErrorOf: first)

    let paused = try EndToEnd.show(1, in: sandbox)
    #expect(paused.status == "draft")
    #expect(paused.kind == "challenging")
    #expect(paused.grow.goal == EndToEnd.grow["goal"], "/back revises the answer")
    #expect(paused.grow.reality == nil)
    #expect(paused.skipped?.contains("reality") == true)
    #expect(paused.grow.options == EndToEnd.grow["options"])
    #expect(paused.grow.will == nil)
    #expect(!paused.coachTurns.contains { $0.hasPrefix("This line comes after") })

    let second = try BinaryRunner.learnlog(
      ["reflect", "--resume"],
      input: EndToEnd.input([EndToEnd.grow["will"]!, "/skip", EndToEnd.answers[0], "/done"]),
      environment: environment)
    #expect(second.status == 0, "\(second.description)")
    #expect(second.stdout.contains("1 of 16 answered"))
    #expect(second.stdout.contains("Skipped:"))
    expectNoAnswers(onStandardErrorOf: second)

    let done = try EndToEnd.show(1, in: sandbox)
    #expect(done.status == "complete")
    #expect(done.grow.will == EndToEnd.grow["will"])
    #expect(done.answers.map(\.question) == [1])
    let skipped = Set(done.skipped ?? [])
    #expect(skipped.isSuperset(of: ["reality", "questions"] + (2...16).map { "q\($0)" }))
    #expect(!skipped.contains("goal") && !skipped.contains("q1"))
  }

  /// Plain mode reads bytes from a pipe and cannot tell a paste from typing (only a terminal's
  /// bracketed paste marks one), so each pasted-looking line is a line of its own, and a
  /// `/done` line among them is the command. This test documents that behaviour.
  @Test func pastedLookingLinesInPlainModeAreSeparateLines() throws {
    let sandbox = try Sandbox()
    let run = try BinaryRunner.learnlog(
      ["reflect"],
      input: EndToEnd.input(
        ["2026-11-30", "Ravi", "other", "First pasted line of the goal, to win the deal.", "/done",
         "Third pasted line."]),
      environment: sandbox.environment())
    #expect(run.status == 0, "\(run.description)")
    let entry = try EndToEnd.show(1, in: sandbox)
    #expect(entry.status == "complete")
    #expect(entry.grow.goal == "First pasted line of the goal, to win the deal.")
    #expect(!entry.coachTurns.contains("Third pasted line."))
  }

  @Test func bareLearnlogOffersToResumeADraft() throws {
    let sandbox = try Sandbox()
    let environment = sandbox.environment()
    // A draft: context and the goal, then end of input.
    let draft = try BinaryRunner.learnlog(
      ["reflect"], input: EndToEnd.input(Array(EndToEnd.wholeReflection[..<4])),
      environment: environment)
    #expect(draft.status == 0, "\(draft.description)")

    // End of input (Ctrl-D) at the question leaves, keeping the draft: nothing is started.
    let left = try BinaryRunner.learnlog([], input: "", environment: environment)
    #expect(left.status == 0, "\(left.description)")
    #expect(left.stdout.contains("Resume it? [Y/n]"), "\(left.stdout)")
    #expect(
      left.stdout.contains("Your unfinished reflection is kept; `learnlog reflect --resume` continues it."),
      "\(left.stdout)")
    #expect(!left.stdout.contains("Welcome back"), "\(left.stdout)")
    #expect(try EndToEnd.show(1, in: sandbox).status == "draft")

    // "n" starts a new reflection and leaves the draft alone.
    let declined = try BinaryRunner.learnlog(
      [], input: EndToEnd.input(
        ["n", "2026-11-30", "Sam", "other", "Sam wanted a plan for the quarterly review with her team.", "/done"]),
      environment: environment)
    #expect(declined.status == 0, "\(declined.description)")
    #expect(declined.stdout.contains("Resume it? [Y/n]"))
    #expect(declined.stdout.contains("(Best, with Ravi, 28 Nov)"))
    #expect(declined.stdout.contains("When was the session?"))
    #expect(declined.hasNoEscapeBytes)
    let second = try EndToEnd.show(2, in: sandbox)
    #expect(second.coachee == "Sam")
    #expect(second.status == "complete")
    #expect(try EndToEnd.show(1, in: sandbox).status == "draft")

    // Enter (yes) resumes it at the step where it stopped.
    let accepted = try BinaryRunner.learnlog(
      [], input: EndToEnd.input([""] + Array(EndToEnd.wholeReflection[4...])),
      environment: environment)
    #expect(accepted.status == 0, "\(accepted.description)")
    #expect(accepted.stdout.contains("Resume it? [Y/n]"))
    #expect(accepted.stdout.contains("Welcome back"))
    let resumed = try EndToEnd.show(1, in: sandbox)
    #expect(resumed.status == "complete")
    #expect(resumed.answers.map(\.text) == EndToEnd.answers)
    #expect(try EndToEnd.log(in: sandbox).count == 2)
    for result in [draft, declined, accepted] { expectNoAnswers(onStandardErrorOf: result) }
  }
}
