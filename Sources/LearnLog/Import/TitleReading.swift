/// What a reflection's title line says about the session:
/// `# Reflection: Most Challenging session with Ravi, 2026-11-28`.
struct TitleReading: Equatable {
  var kind: EntryKind?
  var coachee: String?
  var sessionDate: CalendarDate?

  init(_ title: Substring) {
    kind = TitleReading.kind(in: title)
    coachee = TitleReading.coachee(in: title)
    sessionDate = TitleReading.date(in: title)
  }

  /// Best or Most Challenging when the text names exactly one of them ("other" too, when
  /// named). Stricter than `EntryKind(answer:)`: a title about "a difficult conversation" is
  /// not thereby the Most Challenging session.
  static func kind(in text: Substring) -> EntryKind? {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
    let best = words.contains("best")
    let challenging = words.contains(where: { $0.hasPrefix("challeng") })
    switch (best, challenging) {
    case (true, false): return .best
    case (false, true): return .challenging
    case (true, true): return nil
    case (false, false): return words.contains("other") ? .other : nil
    }
  }

  /// The name after the last " with ", when it looks like a name: one to three words, each
  /// capitalised or in a script without case ("with Ravi", "with 李明"), not "with my team".
  static func coachee(in text: Substring) -> String? {
    // Lowercasing can change the length of some scripts, so search word by word instead.
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard let with = words.lastIndex(where: { $0.lowercased() == "with" }), with > 0 else {
      return nil
    }
    var name = words[(with + 1)...].joined(separator: " ")[...]
    for stop in [",", "(", " – ", " — ", " - ", " on ", ";", ":", "*"] {
      if let cut = name.firstRange(of: stop) { name = name[..<cut.lowerBound] }
    }
    let nameWords = name.split(separator: " ")
    guard (1...3).contains(nameWords.count),
      nameWords.allSatisfy({ word in
        guard let first = word.first, first.isLetter else { return false }
        return first.isUppercase || !first.isCased
      })
    else { return nil }
    return nameWords.joined(separator: " ")
  }

  /// The first `YYYY-MM-DD` in the text that is a real day.
  static func date(in text: Substring) -> CalendarDate? {
    for token in text.split(whereSeparator: { !($0.isASCIIDigit || $0 == "-") }) {
      if let date = CalendarDate(iso: String(token)) { return date }
    }
    return nil
  }
}
