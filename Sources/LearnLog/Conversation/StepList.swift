/// Names a set of steps compactly for a sentence: `Goal, Will, questions 3, 6–16`.
public enum StepList {
  public static func describe(_ steps: [Step]) -> String? {
    let sorted = Set(steps).sorted()
    var parts = sorted.compactMap { step -> String? in
      if case .grow(let stage) = step { return stage.title }
      return nil
    }
    let numbers = sorted.compactMap { step -> Int? in
      if case .question(let number) = step { return number }
      return nil
    }
    if !numbers.isEmpty {
      let label = numbers.count == 1 ? "question" : "questions"
      parts.append("\(label) \(ranges(numbers).joined(separator: ", "))")
    }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// `[3, 6, 7, 8]` → `["3", "6–8"]`.
  static func ranges(_ numbers: [Int]) -> [String] {
    var result: [String] = []
    var start = numbers.first
    var previous = numbers.first
    for number in numbers.dropFirst() + [Int.min] {
      guard let first = start, let last = previous else { break }
      if number == last + 1 {
        previous = number
        continue
      }
      result.append(first == last ? "\(first)" : last == first + 1 ? "\(first), \(last)" : "\(first)–\(last)")
      start = number
      previous = number
    }
    return result
  }
}
