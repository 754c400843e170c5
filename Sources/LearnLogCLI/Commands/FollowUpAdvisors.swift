import LearnLog

/// Chooses the advisor for a reflection. Until the rule engine is wired, no follow-ups.
enum FollowUpAdvisors {
  static func load(app: App, chat: ChatPrinter) -> any FollowUpAdvisor {
    SilentAdvisor()
  }
}
