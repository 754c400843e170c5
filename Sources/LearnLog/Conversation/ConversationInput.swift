/// What the coach gave the conversation.
public enum ConversationInput: Sendable, Equatable {
  /// A typed line. A line that names an in-conversation command (`/skip`) is run as one.
  case typed(String)
  /// Text that came from a paste (or from an editor): always an answer, never a command.
  case pasted(String)
  /// Ctrl-D on an empty line, or the end of piped input: the reflection pauses.
  case endOfInput
}
