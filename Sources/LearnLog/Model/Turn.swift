/// Who said a line of the conversation.
public enum Speaker: String, Sendable, Codable, Hashable {
  case assistant
  case coach
}

/// One line of a reflection's transcript, kept exactly as shown or typed.
public struct Turn: Sendable, Codable, Equatable, Hashable {
  public var speaker: Speaker
  public var text: String
  /// The step the line belongs to; nil for greetings and closing lines.
  public var step: Step?
  public var at: Date

  public init(speaker: Speaker, text: String, step: Step?, at: Date) {
    self.speaker = speaker
    self.text = text
    self.step = step
    self.at = at
  }

  /// Something the coach answered, not a `/command` they typed (commands are recorded too).
  public var isCoachAnswer: Bool { speaker == .coach && !text.hasPrefix("/") }
}
