/// One coaching session in the coach's register: when, with whom, how long, and on what terms.
///
/// A session is what a credential log counts; a reflection (an `Entry`) may be attached to it.
public struct CoachingSession: Sendable, Equatable, Codable {
  /// Assigned by the store; 0 until the session is first saved.
  public var id: Int64
  public var date: CalendarDate
  /// The coachee's name or alias (for a group, the group's name).
  public var coachee: String
  /// What the session was about; may be empty.
  public var topic: String
  /// The length in minutes; nil when not known yet (a session registered by a reflection).
  public var durationMinutes: Int?
  /// How many people took part in a group session; nil for an individual session.
  public var groupSize: Int?
  public var payment: SessionPayment
  public var createdAt: Date

  public init(
    id: Int64 = 0, date: CalendarDate, coachee: String, topic: String = "",
    durationMinutes: Int? = nil, groupSize: Int? = nil, payment: SessionPayment = .paid,
    createdAt: Date
  ) {
    self.id = id
    self.date = date
    self.coachee = coachee
    self.topic = topic
    self.durationMinutes = durationMinutes
    self.groupSize = groupSize
    self.payment = payment
    self.createdAt = createdAt
  }

  public var format: SessionFormat { groupSize == nil ? .individual : .group }

  /// "individual" or "group of 4".
  public var formatDescription: String {
    groupSize.map { "group of \($0)" } ?? "individual"
  }

  /// True when this session is the one a reflection about `coachee` on `date` recalls: same
  /// day, same name ignoring case and surrounding spaces.
  public func matches(coachee other: String, on otherDate: CalendarDate) -> Bool {
    date == otherDate && coachee.trimmed.lowercased() == other.trimmed.lowercased()
  }

  /// The smallest group: a session with one coachee is individual.
  public static let smallestGroup = 2
  /// A sanity bound for typed durations: a whole day.
  public static let longestMinutes = 24 * 60
}

/// Individual or group coaching, as a credential log asks.
public enum SessionFormat: String, Sendable, Codable, CaseIterable {
  case individual
  case group
}

/// Whether the coach was paid for the session, as a credential log asks. Coaching one's own
/// direct reports as part of the job counts as paid in most credential schemes.
public enum SessionPayment: String, Sendable, Codable, CaseIterable {
  case paid
  case proBono = "pro_bono"

  /// "paid" or "pro bono".
  public var title: String {
    switch self {
    case .paid: "paid"
    case .proBono: "pro bono"
    }
  }
}
