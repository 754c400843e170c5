/// A registered coaching session as the JSON export writes it: every column of the register,
/// with its id in the exporting log (entries name it in their `session` key).
public struct SessionDocument: Codable, Equatable, Sendable {
  public var id: Int64
  /// `YYYY-MM-DD`.
  public var date: String
  public var coachee: String
  public var topic: String
  /// Absent (null) until the length is known.
  public var durationMinutes: Int?
  /// `individual` or `group`; a group has a `groupSize`, an individual session none.
  public var format: SessionFormat
  public var groupSize: Int?
  public var payment: SessionPayment
  public var createdAt: String

  public init(_ session: CoachingSession) {
    id = session.id
    date = session.date.iso
    coachee = session.coachee
    topic = session.topic
    durationMinutes = session.durationMinutes
    format = session.format
    groupSize = session.groupSize
    payment = session.payment
    createdAt = Timestamp.format(session.createdAt)
  }

  // Absent values are written as null, not left out, as in the entry documents.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(date, forKey: .date)
    try container.encode(coachee, forKey: .coachee)
    try container.encode(topic, forKey: .topic)
    try container.encode(durationMinutes, forKey: .durationMinutes)
    try container.encode(format, forKey: .format)
    try container.encode(groupSize, forKey: .groupSize)
    try container.encode(payment, forKey: .payment)
    try container.encode(createdAt, forKey: .createdAt)
  }
}

extension CoachingSession {
  /// The session a document describes, with the document's id (the exporting log's); `at`
  /// names the place in the file for an error message, which never quotes the text.
  public init(document: SessionDocument, at place: String) throws(ImportError) {
    var cleaning = InputCleaning()
    try self.init(document: document, at: place, cleaning: &cleaning)
  }

  /// The same, with the coachee and topic cleaned as typed text is (`InputCleaning`).
  public init(document: SessionDocument, at place: String, cleaning: inout InputCleaning)
    throws(ImportError)
  {
    guard document.id > 0 else {
      throw .invalidExport(reason: "\(place).id must be a whole number above 0")
    }
    guard let date = CalendarDate(iso: document.date) else {
      throw .invalidExport(reason: "\(place).date is not a date like 2026-11-28")
    }
    if let minutes = document.durationMinutes, minutes <= 0 {
      throw .invalidExport(reason: "\(place).durationMinutes is not a number of minutes above 0")
    }
    switch (document.format, document.groupSize) {
    case (.individual, nil):
      break
    case (.group, let size?) where size >= CoachingSession.smallestGroup:
      break
    case (.group, _):
      throw .invalidExport(
        reason: "\(place).groupSize must be \(CoachingSession.smallestGroup) or more for a group")
    case (.individual, _?):
      throw .invalidExport(reason: "\(place).groupSize must be null for an individual session")
    }
    self.init(
      id: document.id, date: date, coachee: cleaning.clean(document.coachee),
      topic: cleaning.clean(document.topic),
      durationMinutes: document.durationMinutes, groupSize: document.groupSize,
      payment: document.payment,
      createdAt: try ExportDocument.timestamp(document.createdAt, at: "\(place).createdAt"))
  }
}
