/// The line-by-line state of `ReflectionDocument.parse`: one pass, no backtracking. Before the
/// first question it reads the title, metadata and GROW sections; from then on every line
/// belongs to the question above it until the next question marker.
struct ReflectionScanner {
  /// The lines of one answer or GROW stage, and where it started.
  struct Section {
    var line: Int
    var lines: [Substring]
  }

  /// Where the next ordinary line goes.
  private enum Target {
    case nowhere
    case grow(GrowStage)
    case question(Int)
    /// Under a heading after the questions that is not a question ("## Notes").
    case leftOut(headingLine: Int)
  }

  let framework: Framework
  private let questionTexts: [Int: QuestionText]
  private var target = Target.nowhere
  private var title: TitleReading?
  private var metadataKind: EntryKind?
  private var metadataCoachee: String?
  private var metadataDate: CalendarDate?
  /// Where the date and the title were read, for an error about the session date.
  private var metadataDateLine: Int?
  private var titleLine: Int?
  private var grow: [GrowStage: Section] = [:]
  private var growOrder: [GrowStage] = []
  private var questions: [Int: Section] = [:]
  private var questionOrder: [Int] = []
  /// Heading level of the last question marker, when it was a heading.
  private var questionHeadingLevel: Int?
  private var sawPreambleText = false
  private var leftOutBefore: (count: Int, first: Int)?
  private var leftOutAfter: [(headingLine: Int, count: Int)] = []
  private var warnings: [String] = []

  init(framework: Framework) {
    self.framework = framework
    var texts: [Int: QuestionText] = [:]
    for question in framework.questions { texts[question.number] = QuestionText(question.text) }
    questionTexts = texts
  }

  mutating func read(_ line: Substring, number: Int) throws(ImportError) {
    let shape = LineShape(line)
    switch QuestionMarker.recognise(shape, questions: questionTexts) {
    case .outOfRange(let value):
      throw .questionOutOfRange(
        number: value, line: number, questionCount: framework.questions.count)
    case .marker(let marker) where !marker.isInferred || marker.number > (questionOrder.last ?? 0):
      try startQuestion(marker, line: number)
      return
    case .marker, .none:
      // An inferred `2. How do I…` under question 14 is a list item of that answer.
      break
    }
    if questionOrder.isEmpty {
      readPreamble(line, shape: shape, number: number)
    } else {
      readAnswer(line, shape: shape, number: number)
    }
  }

  private mutating func startQuestion(_ marker: QuestionMarker, line: Int) throws(ImportError) {
    if let first = questions[marker.number] {
      throw .duplicateQuestion(number: marker.number, line: line, firstLine: first.line)
    }
    if let previous = questionOrder.last, marker.number < previous {
      warnings.append("line \(line): question \(marker.number) comes after question \(previous)")
    }
    questions[marker.number] = Section(line: line, lines: [marker.answerStart])
    questionOrder.append(marker.number)
    questionHeadingLevel = marker.headingLevel
    target = .question(marker.number)
  }

  private mutating func readPreamble(_ line: Substring, shape: LineShape, number: Int) {
    if let (stage, rest) = GrowMarker.recognise(shape) {
      if grow[stage] == nil {
        grow[stage] = Section(line: number, lines: [])
        growOrder.append(stage)
      } else {
        // A second "Goal:" adds to the first rather than losing either.
        grow[stage]?.lines.append("")
      }
      grow[stage]?.lines.append(rest)
      target = .grow(stage)
      sawPreambleText = true
      return
    }
    if let metadata = DocumentMetadata.recognise(shape) {
      apply(metadata, line: number)
      target = .nowhere
      return
    }
    if shape.isBlank || LineShape.isThematicBreak(line) {
      if case .grow(let stage) = target { grow[stage]?.lines.append("") }
      return
    }
    if shape.headingLevel != nil {
      // "# Reflection: Best session" is the title; later headings ("## GROW") only end the
      // section above them.
      if title == nil && !sawPreambleText {
        title = TitleReading(shape.body)
        titleLine = number
      }
      sawPreambleText = true
      target = .nowhere
      return
    }
    if case .grow(let stage) = target {
      grow[stage]?.lines.append(line)
    } else if title == nil && !sawPreambleText {
      title = TitleReading(shape.body)
      titleLine = number
    } else {
      leftOutBefore = (
        count: (leftOutBefore?.count ?? 0) + 1, first: leftOutBefore?.first ?? number
      )
    }
    sawPreambleText = true
  }

  private mutating func apply(_ metadata: DocumentMetadata, line: Int) {
    switch metadata {
    case .date(let date?):
      metadataDate = date
      metadataDateLine = line
    case .date(nil): warnings.append("line \(line): the date is not YYYY-MM-DD; ignored")
    case .coachee(let name): if !name.isEmpty { metadataCoachee = name }
    case .kind(let kind?): metadataKind = kind
    case .kind(nil):
      warnings.append("line \(line): the kind names neither Best nor Most Challenging; ignored")
    }
  }

  private mutating func readAnswer(_ line: Substring, shape: LineShape, number: Int) {
    if let level = shape.headingLevel, let questionLevel = questionHeadingLevel,
      level <= questionLevel
    {
      // A heading as big as the questions' own that is not a question ends the answer.
      target = .leftOut(headingLine: number)
      leftOutAfter.append((headingLine: number, count: 0))
      return
    }
    switch target {
    case .question(let question):
      questions[question]?.lines.append(line)
    case .leftOut:
      if !shape.isBlank, !leftOutAfter.isEmpty { leftOutAfter[leftOutAfter.count - 1].count += 1 }
    case .nowhere, .grow:
      break
    }
  }

  mutating func finish(lineCount: Int, label given: String?) throws(ImportError)
    -> ImportedReflection
  {
    guard !questionOrder.isEmpty else { throw .noQuestionFound(lineCount: lineCount) }
    let sections = growOrder.compactMap { grow[$0] } + questionOrder.compactMap { questions[$0] }
    let label =
      given
      ?? AnswerLabel.detect(
        firstLines: sections.compactMap {
          $0.lines.first(where: { !$0.allSatisfy(\.isWhitespace) })
        })

    // A `Date:` line wins over a date in the title.
    let dateLine =
      metadataDate != nil ? metadataDateLine : title?.sessionDate != nil ? titleLine : nil
    var reflection = ImportedReflection(
      kind: metadataKind ?? title?.kind,
      coachee: metadataCoachee ?? title?.coachee,
      sessionDate: metadataDate ?? title?.sessionDate,
      label: label,
      questionCount: framework.questions.count,
      sessionDateLine: dateLine)
    for stage in growOrder {
      guard let section = grow[stage] else { continue }
      let text = AnswerText.assemble(section.lines, label: label)
      if !text.isEmpty { reflection.grow[stage] = text }
    }
    var empty: [Int] = []
    for number in questionOrder {
      guard let section = questions[number] else { continue }
      reflection.questionLines[number] = section.line
      let text = AnswerText.assemble(section.lines, label: label)
      if text.isEmpty { empty.append(number) } else { reflection.answers[number] = text }
    }

    var notes = warnings
    if let leftOutBefore {
      notes.append(
        "left out \(DecodedText.count(leftOutBefore.count, "line")) before the first question "
          + "(first at line \(leftOutBefore.first))")
    }
    for block in leftOutAfter where block.count > 0 {
      notes.append(
        "left out \(DecodedText.count(block.count, "line")) under the heading at line "
          + "\(block.headingLine), which is not a question")
    }
    if !empty.isEmpty {
      let list = empty.sorted().map(String.init).joined(separator: ", ")
      notes.append(
        "\(empty.count == 1 ? "question" : "questions") \(list) "
          + "\(empty.count == 1 ? "has" : "have") no answer: marked skipped")
    }
    reflection.warnings = notes
    return reflection
  }
}
