/// A `Key: value` line before the questions that says something about the session:
/// `Date: 2026-11-28`, `Coachee: Ravi`, `Kind: Most Challenging`.
enum DocumentMetadata: Equatable {
  case date(CalendarDate?)
  case coachee(String)
  case kind(EntryKind?)

  static let keys: [(key: String, field: Field)] = [
    ("session date", .date), ("date", .date),
    ("coachee", .coachee), ("client", .coachee),
    ("session kind", .kind), ("session type", .kind), ("kind", .kind), ("type", .kind),
  ]

  enum Field { case date, coachee, kind }

  static func recognise(_ shape: LineShape) -> DocumentMetadata? {
    guard shape.headingLevel == nil else { return nil }
    var body = shape.body
    if body.hasPrefix("- ") || body.hasPrefix("* ") { body = body.dropFirst(2) }
    if body.hasPrefix("**") || body.hasPrefix("__") { body = body.dropFirst(2) }
    let lower = body.lowercased()
    guard let (key, field) = keys.first(where: { lower.hasPrefix($0.key) }) else { return nil }
    var rest = body.dropFirst(key.count)
    if rest.hasPrefix("**") || rest.hasPrefix("__") { rest = rest.dropFirst(2) }
    guard let colon = rest.first, colon == ":" || colon == "：" else { return nil }
    var value = rest.dropFirst().droppingMarkerPunctuation().droppingTrailingWhitespace()
    while value.hasSuffix("*") || value.hasSuffix("_") { value = value.dropLast() }
    switch field {
    case .date: return .date(CalendarDate(iso: value.trimmed))
    case .coachee: return .coachee(value.trimmed)
    case .kind: return .kind(TitleReading.kind(in: value))
    }
  }
}
