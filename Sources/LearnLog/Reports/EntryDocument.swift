/// The machine-readable form of an entry, as `show --json`, `log --json` and the JSON export
/// print it. Field names are a public contract: scripts read them.
public struct EntryDocument: Codable, Equatable, Sendable {
  public struct Grow: Codable, Equatable, Sendable {
    public var goal: String?
    public var reality: String?
    public var options: String?
    public var will: String?
    public var questions: String?

    // Absent stages are written as null, not left out: scripts can rely on every key.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(goal, forKey: .goal)
      try container.encode(reality, forKey: .reality)
      try container.encode(options, forKey: .options)
      try container.encode(will, forKey: .will)
      try container.encode(questions, forKey: .questions)
    }
  }

  public struct Answer: Codable, Equatable, Sendable {
    public var question: Int
    public var text: String
  }

  public struct FollowUpDocument: Codable, Equatable, Sendable {
    public var rule: String
    public var step: String
    public var ask: String
    public var why: String
    public var evidence: Evidence
    public var response: FollowUpResponse
    public var reply: String?
    public var at: String
    public var fromImport: Bool

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(rule, forKey: .rule)
      try container.encode(step, forKey: .step)
      try container.encode(ask, forKey: .ask)
      try container.encode(why, forKey: .why)
      try container.encode(evidence, forKey: .evidence)
      try container.encode(response, forKey: .response)
      try container.encode(reply, forKey: .reply)
      try container.encode(at, forKey: .at)
      try container.encode(fromImport, forKey: .fromImport)
    }
  }

  public struct TurnDocument: Codable, Equatable, Sendable {
    public var speaker: Speaker
    public var text: String
    public var step: String?
    public var at: String

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(speaker, forKey: .speaker)
      try container.encode(text, forKey: .text)
      try container.encode(step, forKey: .step)
      try container.encode(at, forKey: .at)
    }
  }

  public var id: Int64
  public var kind: EntryKind
  public var status: EntryStatus
  public var coachee: String
  public var sessionDate: String
  public var grow: Grow
  public var answers: [Answer]
  public var skipped: [String]
  public var followUps: [FollowUpDocument]
  public var transcript: [TurnDocument]
  public var source: EntrySource
  public var currentStep: String?
  public var createdAt: String
  public var updatedAt: String
  /// The registered session this reflection is attached to, by its id in the log that wrote
  /// the document. Only the JSON export writes it (absent when there is none); older exports
  /// have no such key.
  public var session: Int64?

  public init(_ entry: Entry) {
    id = entry.id
    kind = entry.kind
    status = entry.status
    coachee = entry.coachee
    sessionDate = entry.sessionDate.iso
    grow = Grow(
      goal: entry.grow.goal, reality: entry.grow.reality, options: entry.grow.options,
      will: entry.grow.will, questions: entry.grow.questions)
    answers = entry.answers.sorted { $0.key < $1.key }.map { Answer(question: $0.key, text: $0.value) }
    skipped = entry.skipped.sorted().map(\.id)
    followUps = entry.followUps.map {
      FollowUpDocument(
        rule: $0.ruleID, step: $0.step.id, ask: $0.ask, why: $0.why, evidence: $0.evidence,
        response: $0.response, reply: $0.reply, at: Timestamp.format($0.offeredAt),
        fromImport: $0.isFromImport)
    }
    transcript = entry.transcript.map {
      TurnDocument(speaker: $0.speaker, text: $0.text, step: $0.step?.id, at: Timestamp.format($0.at))
    }
    source = entry.source
    currentStep = entry.currentStep?.id
    createdAt = Timestamp.format(entry.createdAt)
    updatedAt = Timestamp.format(entry.updatedAt)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(kind, forKey: .kind)
    try container.encode(status, forKey: .status)
    try container.encode(coachee, forKey: .coachee)
    try container.encode(sessionDate, forKey: .sessionDate)
    try container.encode(grow, forKey: .grow)
    try container.encode(answers, forKey: .answers)
    try container.encode(skipped, forKey: .skipped)
    try container.encode(followUps, forKey: .followUps)
    try container.encode(transcript, forKey: .transcript)
    try container.encode(source, forKey: .source)
    try container.encode(currentStep, forKey: .currentStep)
    try container.encode(createdAt, forKey: .createdAt)
    try container.encode(updatedAt, forKey: .updatedAt)
    try container.encodeIfPresent(session, forKey: .session)
  }

  /// Encodes with sorted keys and no escaped slashes, so output is stable and diffable.
  public static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// `value` as pretty-printed JSON text (`encoder()`), with empty arrays and objects written
  /// `[]` and `{}`: Foundation on Linux prints them over three lines with a blank one inside.
  public static func prettyJSON(_ value: some Encodable) throws -> String {
    let text = String(decoding: try encoder().encode(value), as: UTF8.self)
    // Inside JSON strings a line feed is always escaped, so a raw one is only layout.
    return text.replacing(/\[\n[ ]*\n[ ]*\]/, with: "[]").replacing(/\{\n[ ]*\n[ ]*\}/, with: "{}")
  }
}
