/// The assistant's words for each step. Short lines, the coachee's name where it helps, the
/// question numbers always visible: coaches refer to "question 9".
public enum StepPrompt {
  public static func text(for step: Step, in entry: Entry, framework: Framework) -> String {
    let name = entry.coachee.isEmpty ? "your coachee" : entry.coachee
    switch step {
    case .sessionDate: return "When was the session? (today, yesterday, or a date like 2026-12-01)"
    case .coachee: return "Who was your coachee? (a name or an alias)"
    case .kind: return "Was this your Best session, your Most Challenging, or another?"
    case .grow(.goal): return "Goal — what did \(name) want from the session?"
    case .grow(.reality): return "Reality — where do things stand?"
    case .grow(.options): return "Options — which options did \(name) come up with?"
    case .grow(.will): return "Will — what did \(name) commit to, and by when?"
    case .grow(.questions): return "Which questions did you ask? List the ones you remember."
    case .question(let number):
      let total = framework.questions.count
      let text = framework.question(number)?.text ?? "Question \(number)"
      return "\(number)/\(total)  \(text)"
    case .summary: return "That's everything."
    }
  }

  /// A framing line shown before a step begins a new part of the reflection.
  public static func sectionIntro(before step: Step, framework: Framework) -> String? {
    switch step {
    case .grow(.goal): "First, the session itself, through GROW."
    case .question(let number) where number == framework.questions.first?.number:
      "Now the \(spelled(framework.questions.count)) questions of your \(framework.name)."
    default: nil
    }
  }

  static func spelled(_ number: Int) -> String {
    let words = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    ]
    return words.indices.contains(number) ? words[number] : String(number)
  }
}
