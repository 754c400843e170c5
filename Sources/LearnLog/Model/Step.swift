/// One step of a reflection, in the order the conversation walks them.
public enum Step: Sendable, Hashable, Comparable {
  case sessionDate
  case coachee
  case kind
  case grow(GrowStage)
  case question(Int)
  case summary

  /// A stable string form, used in the database, JSON and rule files:
  /// `date`, `coachee`, `kind`, `goal`…`questions`, `q1`…`q16`, `summary`.
  public var id: String {
    switch self {
    case .sessionDate: "date"
    case .coachee: "coachee"
    case .kind: "kind"
    case .grow(let stage): stage.rawValue
    case .question(let number): "q\(number)"
    case .summary: "summary"
    }
  }

  public init?(id: String) {
    switch id {
    case "date": self = .sessionDate
    case "coachee": self = .coachee
    case "kind": self = .kind
    case "summary": self = .summary
    default:
      if let stage = GrowStage(rawValue: id) {
        self = .grow(stage)
      } else if id.hasPrefix("q"), let number = Int(id.dropFirst()), number > 0 {
        self = .question(number)
      } else {
        return nil
      }
    }
  }

  /// Every step of a reflection on `framework`, in order.
  public static func sequence(for framework: Framework) -> [Step] {
    [.sessionDate, .coachee, .kind]
      + GrowStage.allCases.map(Step.grow)
      + framework.questions.map { .question($0.number) }
      + [.summary]
  }

  /// True for the steps whose answers are the reflection proper (GROW recall and questions).
  public var isReflective: Bool {
    switch self {
    case .grow, .question: true
    default: false
    }
  }

  private var rank: (Int, Int) {
    switch self {
    case .sessionDate: (0, 0)
    case .coachee: (0, 1)
    case .kind: (0, 2)
    case .grow(let stage): (1, GrowStage.allCases.firstIndex(of: stage) ?? 0)
    case .question(let number): (2, number)
    case .summary: (3, 0)
    }
  }

  public static func < (lhs: Step, rhs: Step) -> Bool { lhs.rank < rhs.rank }
}

extension Step: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let id = try container.decode(String.self)
    guard let step = Step(id: id) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(id)' is not a reflection step")
    }
    self = step
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(id)
  }
}
