import LearnLog

/// `learnlog __bench-rules [--rules FILE] [--repeat N] [--step STEP] FILE`: times the rule
/// engine in-process for `Scripts/bench`, which a whole-program timing could not separate from
/// start-up. Prints JSON: the rule count, the answer's word count, the compile time and every
/// evaluation's time in milliseconds, per step.
struct BenchRulesCommand {
  /// The steps a reflection evaluates answers at: the GROW recall, then the questions.
  static let reflectiveSteps = GrowStage.allCases.map(Step.grow) + (1...16).map(Step.question)

  let path: String
  let repeatCount: Int
  let steps: [Step]

  init(_ command: ParsedCommand) throws {
    path = command.positional("file") ?? ""
    repeatCount = try command.int("repeat", range: 1...100_000) ?? 20
    let step = try command.value("step", expected: "goal, reality, options, will, questions or q1…q16") {
      Step(id: $0).flatMap { $0.isReflective ? $0 : nil }
    }
    steps = step.map { [$0] } ?? Self.reflectiveSteps
  }

  struct Report: Encodable {
    struct StepTimings: Encodable {
      var step: String
      var fired: Int
      var milliseconds: [Double]
    }
    var rules: Int
    var words: Int
    var compileMilliseconds: Double
    var steps: [StepTimings]
  }

  func run(_ app: App) throws {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      throw CLIError.cannotReadFile(path: path, reason: error.reason)
    }
    let answer = String(decoding: bytes, as: UTF8.self)
    let clock = ContinuousClock()
    var engine: RuleEngine?
    let compile = clock.measure {
      engine = FollowUpAdvisors.load(app: app) { app.errorLine("learnlog: warning: \($0)") }
    }
    guard let engine else { return }
    var report = Report(
      rules: engine.rules.count, words: AnalyzedText(answer).wordCount,
      compileMilliseconds: compile.milliseconds, steps: [])
    let createdAt = Date(timeIntervalSince1970: 0)
    for step in steps {
      var entry = Entry(sessionDate: CalendarDate(createdAt), createdAt: createdAt)
      entry.setAnswer(answer, at: step)
      var timings = StepTimings(step: step.id, fired: 0, milliseconds: [])
      timings.milliseconds.reserveCapacity(repeatCount)
      for _ in 0..<repeatCount {
        var fired = 0
        let elapsed = clock.measure {
          fired = engine.nudges(for: answer, at: step, in: entry, history: .empty).count
        }
        timings.fired = fired
        timings.milliseconds.append(elapsed.milliseconds)
      }
      report.steps.append(timings)
    }
    app.out(try JSONText.encode(report) + "\n")
  }

  typealias StepTimings = Report.StepTimings
}

extension Duration {
  /// The duration in milliseconds, to the nanosecond.
  fileprivate var milliseconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) * 1000 + Double(attoseconds / 1_000_000_000) / 1_000_000
  }
}
