/// What Ctrl-C does while a reader waits for a line.
public enum InterruptBehaviour: Sendable, Equatable {
  /// Abandons the line typed so far and asks again on a fresh line (the reflection: nothing
  /// answered is lost, and the conversation goes on).
  case clearsLine
  /// Abandons the line and returns `.interrupted`, so the caller can cancel what it was asking
  /// for (the questions of `sessions add`, a yes-or-no confirmation).
  case cancels
}
