/// A line that starts a question: `Question 7.`, `Q7:`, `Q 7)`, `## 7`, `### Q7`, `**Q7.**`, or
/// `7. What will I do…` when the words after the number are question 7's own.
struct QuestionMarker: Equatable {
  var number: Int
  /// What follows the marker and the question's text on the same line: the answer's start.
  var answerStart: Substring
  /// The heading level when the marker is a Markdown heading.
  var headingLevel: Int?
  /// True for a bare `7. What will I…` line, a marker only because its words are question 7's.
  /// Such a line only starts a question when it moves forward: under question 14, `2. How do I
  /// think…` is a list item of the answer, not question 2.
  var isInferred = false

  /// What a line turned out to be.
  enum Recognition: Equatable {
    case none
    case marker(QuestionMarker)
    /// A clear question marker whose number the framework does not have.
    case outOfRange(Int)
  }

  /// How the number was introduced.
  private enum Form { case word, letter, bare }
  /// What came right after the number.
  private enum Separator { case end, punctuation, space }

  /// Leading words that must match for a bare `7.` line to count as question 7 rather than a
  /// numbered list item: every question has at least four words.
  static let bareNumberWords = 4
  /// Leading words that make the text after `Q7:` the question rather than the answer.
  static let markedQuestionWords = 3

  static func recognise(_ shape: LineShape, questions: [Int: QuestionText]) -> Recognition {
    var rest = shape.body
    let form: Form
    if rest.prefix(8).lowercased() == "question",
      let next = rest.dropFirst(8).first, next == " " || next.isASCIIDigit
    {
      form = .word
      rest = rest.dropFirst(8).drop(while: { $0 == " " })
    } else if let first = rest.first, first == "Q" || first == "q" {
      let after = rest.dropFirst()
      let spaced = after.first == " " ? after.dropFirst() : after
      guard spaced.first?.isASCIIDigit == true else { return .none }
      form = .letter
      rest = spaced
    } else if rest.first?.isASCIIDigit == true {
      form = .bare
    } else {
      return .none
    }

    let digits = rest.prefix(while: \.isASCIIDigit)
    // Four digits is a year ("2026 goals"), not a question.
    guard (1...3).contains(digits.count), let number = Int(digits) else { return .none }
    rest = rest.dropFirst(digits.count)
    if shape.emphasised, rest.hasPrefix("**") || rest.hasPrefix("__") { rest = rest.dropFirst(2) }

    let separator: Separator
    if rest.isEmpty {
      separator = .end
    } else if let mark = rest.first, ".:)：．、".contains(mark) {
      // `7.5` and `7:30` are numbers, not markers.
      if rest.dropFirst().first?.isASCIIDigit == true { return .none }
      separator = .punctuation
      rest = rest.dropFirst()
    } else if let mark = rest.first, "-–—".contains(mark) {
      separator = .punctuation
      rest = rest.dropFirst()
    } else if rest.first?.isWhitespace == true {
      rest = rest.drop(while: \.isWhitespace)
      if let mark = rest.first, "-–—".contains(mark), rest.dropFirst().first?.isWhitespace ?? true {
        separator = .punctuation
        rest = rest.dropFirst()
      } else {
        separator = .space
      }
    } else {
      // `Q7th`, `7am`, `Q4s`: a word, not a marker.
      return .none
    }
    rest = rest.droppingMarkerPunctuation()

    let structural = form != .bare || shape.headingLevel != nil || shape.emphasised
    guard let question = questions[number] else {
      // Only a marker that cannot be anything else is an error; `## 17 ways to listen` is not.
      let unmistakable = form != .bare || rest.isEmpty
      return structural && unmistakable && separator != .space ? .outOfRange(number) : .none
    }

    let match = question.match(
      rest, required: form == .bare && !structural ? bareNumberWords : markedQuestionWords)
    let accepted: Bool
    if structural {
      // "Question 7 was hard" is a sentence; "Question 7: I…" and "Question 7 What will…" are not.
      accepted = separator != .space || match.isQuestion || rest.isEmpty
    } else {
      accepted =
        match.isQuestion && match.matchedWords >= min(bareNumberWords, question.words.count)
    }
    guard accepted else { return .none }
    let answer = match.isQuestion ? match.remainder : rest
    return .marker(
      QuestionMarker(
        number: number, answerStart: answer.droppingMarkerPunctuation(),
        headingLevel: shape.headingLevel, isInferred: !structural))
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
