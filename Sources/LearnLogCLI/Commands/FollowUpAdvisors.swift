import LearnLog

/// Loads the rule engine for a reflection: the built-in pack plus the coach's own rule file.
/// A broken user file never stops a reflection: one warning names the file, line and column,
/// and the built-in rules still run.
enum FollowUpAdvisors {
  /// The advisor for a reflection. Without a user rule file nothing can go wrong in loading,
  /// so the built-in pack is compiled when the first answer needs it, not before the first
  /// question; a user file is read now, so its warning comes before the conversation starts.
  static func forReflection(app: App, warn: (String) -> Void) -> any FollowUpAdvisor {
    guard app.userRulesPath != nil else { return BuiltInAdvisor() }
    return load(app: app, warn: warn)
  }

  static func load(app: App, warn: (String) -> Void) -> RuleEngine {
    guard let path = app.userRulesPath else { return .builtIn }
    let text: String
    do {
      text = String(decoding: try FileSystem.read(path), as: UTF8.self)
    } catch {
      warn("cannot read the rule file \(path) (\(error.reason)); using the built-in rules only")
      return .builtIn
    }
    let (engine, problems) = RuleEngine.loading(userFile: text, named: path)
    if let first = problems.first {
      let more = problems.count > 1 ? " (and \(problems.count - 1) more; `learnlog rules lint` lists them)" : ""
      warn("\(first.description)\(more); the built-in rules still run")
    }
    return engine
  }
}
