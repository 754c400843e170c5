/// A line that starts a GROW section before the questions: `Goal: …`, `**Reality:**`,
/// `## Options`, `Will (way forward): …`, `Questions I asked:`.
enum GrowMarker {
  /// Names for each stage, longest first so `questions i asked` wins over `questions`.
  static let names: [(name: String, stage: GrowStage)] = [
    ("the questions i asked", .questions),
    ("questions i asked", .questions),
    ("questions asked", .questions),
    ("questions", .questions),
    ("way forward", .will),
    ("goal", .goal),
    ("reality", .reality),
    ("options", .options),
    ("will", .will),
  ]

  /// The stage and the text after the marker, or nil. A plain line needs the colon
  /// ("Will: …"); a heading may stand alone ("## Goal").
  static func recognise(_ shape: LineShape) -> (stage: GrowStage, rest: Substring)? {
    let body = shape.body
    let lower = body.lowercased()
    guard let (name, stage) = names.first(where: { lower.hasPrefix($0.name) }) else { return nil }
    var rest = body.dropFirst(name.count)
    // The name must end there: "Goals for Q3" and "Willing" are not markers.
    if let next = rest.first, next.isLetter || next.isNumber { return nil }
    if rest.hasPrefix("**") || rest.hasPrefix("__") { rest = rest.dropFirst(2) }
    rest = rest.drop(while: { $0 == " " })
    if rest.first == "(", let close = rest.firstIndex(of: ")") {
      // "Will (way forward):"
      rest = rest[rest.index(after: close)...].drop(while: { $0 == " " })
    }
    if rest.hasPrefix("**") || rest.hasPrefix("__") { rest = rest.dropFirst(2) }
    if let colon = rest.first, colon == ":" || colon == "：" {
      return (stage, rest.dropFirst().droppingMarkerPunctuation())
    }
    if shape.headingLevel != nil && rest.allSatisfy({ $0.isWhitespace || $0 == "*" || $0 == "_" }) {
      return (stage, rest.dropFirst(rest.count))
    }
    return nil
  }
}
