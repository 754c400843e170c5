/// What the rules may know about the coach's earlier reflections: enough to notice a repeated
/// answer or a recurring theme, loaded by the shell before a conversation starts.
public struct CoachHistory: Sendable, Equatable {
  /// Earlier entries, newest first.
  public var entries: [PastEntry]

  public init(entries: [PastEntry] = []) {
    self.entries = entries
  }

  public static let empty = CoachHistory()

  /// An earlier entry, reduced to what history conditions read.
  public struct PastEntry: Sendable, Equatable {
    public var id: Int64
    public var sessionDate: CalendarDate
    public var grow: GrowRecall
    public var answers: [Int: String]
    /// Ids of the rules that offered a follow-up in that entry.
    public var firedRules: Set<String>

    public init(
      id: Int64, sessionDate: CalendarDate, grow: GrowRecall = GrowRecall(),
      answers: [Int: String] = [:], firedRules: Set<String> = []
    ) {
      self.id = id
      self.sessionDate = sessionDate
      self.grow = grow
      self.answers = answers
      self.firedRules = firedRules
    }

    public func answer(at step: Step) -> String? {
      switch step {
      case .grow(let stage): grow[stage]
      case .question(let number): answers[number]
      default: nil
      }
    }
  }
}
