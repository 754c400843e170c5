/// What a condition can look at while one answer is evaluated: the answer (read once and shared
/// by every rule), the other answers of the entry, and the coach's history.
final class EvaluationContext {
  let analysis: AnswerAnalysis
  let step: Step
  let entry: Entry
  /// Earlier entries, newest first, without the entry being evaluated.
  let history: [CoachHistory.PastEntry]
  /// The rule a history condition asks about by default: the rule being evaluated, or, for an
  /// entry rule, each rule that fired in the entry in turn.
  var subjectRule: String
  private let cache: AnalysisCache

  init(answer: String, step: Step, entry: Entry, history: CoachHistory, subjectRule: String = "") {
    let cache = AnalysisCache()
    self.analysis = cache.analysis(of: answer)
    self.step = step
    self.entry = entry
    self.history = history.entries.filter { entry.id == 0 || $0.id != entry.id }
    self.subjectRule = subjectRule
    self.cache = cache
  }

  private init(
    analysis: AnswerAnalysis, step: Step, parent: EvaluationContext
  ) {
    self.analysis = analysis
    self.step = step
    self.entry = parent.entry
    self.history = parent.history
    self.subjectRule = parent.subjectRule
    self.cache = parent.cache
  }

  /// A context for another answer of the same entry, or nil when that step has no answer.
  func context(forAnswerAt other: Step) -> EvaluationContext? {
    guard let text = entry.answer(at: other), !text.trimmed.isEmpty else { return nil }
    return EvaluationContext(analysis: cache.analysis(of: text), step: other, parent: self)
  }

  /// The analysis of any text, made once per evaluation (earlier answers are compared with
  /// many times when a user file adds several history rules).
  func analysis(of text: String) -> AnswerAnalysis {
    cache.analysis(of: text)
  }
}

/// Analyses keyed by text, so each distinct answer is tokenized once per evaluation.
final class AnalysisCache {
  private var analyses: [String: AnswerAnalysis] = [:]

  func analysis(of text: String) -> AnswerAnalysis {
    if let known = analyses[text] { return known }
    let made = AnswerAnalysis(text)
    analyses[text] = made
    return made
  }
}
