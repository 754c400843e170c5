/// The programme view as lines of plain text, for `learnlog programme`, the top of
/// `sessions list`, and the one line a reflection shows after its context.
public enum ProgrammeText {
  /// One sentence: "2 of 5 sessions in this programme window, 23 days left."
  public static func headline(_ status: ProgrammeStatus) -> String {
    let target = status.settings.targetSessions
    let held = status.heldCount
    let count =
      held > target
      ? "\(plural(held, "session")) in this programme window (target \(target))"
      : "\(held) of \(target) sessions in this programme window"
    let planned = status.plannedCount > 0 ? " (\(status.plannedCount) more planned)" : ""
    switch status.phase {
    case .notStarted:
      return "No programme window yet: the first session you register or reflect on opens a "
        + "\(status.settings.windowWeeks)-week window."
    case .upcoming(let days):
      let start = status.window.map { short($0.start, status) } ?? ""
      return "Your programme window opens on \(start), in \(plural(days, "day")); "
        + "\(plural(status.plannedCount, "session")) planned."
    case .open(let daysLeft):
      return "\(count)\(planned), \(plural(daysLeft, "day")) left."
    case .ended(let daysAgo):
      let ago = daysAgo == 0 ? "today" : "\(plural(daysAgo, "day")) ago"
      return "Your programme window ended \(ago): \(held) of \(target) sessions held."
    }
  }

  /// The whole view: the headline, the window, the two marks, and what is still to do.
  public static func lines(_ status: ProgrammeStatus) -> [String] {
    var lines = [headline(status)]
    guard let window = status.window else { return lines }
    let origin = window.isConfigured ? "configured start" : "from the first session"
    lines.append(
      "Window: \(short(window.start, status)) – \(short(window.lastDay, status)) "
        + "(\(status.settings.windowWeeks == 1 ? "1 week" : "\(status.settings.windowWeeks) weeks"), \(origin)).")
    for (kind, mark) in [(EntryKind.best, status.best), (.challenging, status.challenging)] {
      lines.append("\(kind.title): " + describe(mark, status))
    }
    if case .ended = status.phase, window.isConfigured {
      lines.append("Change or remove programmeStart in your config to start a new window.")
    }
    let missing = status.missing
    if missing.isEmpty {
      lines.append("Both reflections are complete: `learnlog prepare` builds your brief.")
      return lines
    }
    let names = missing.map(\.title).joined(separator: " and ")
    lines.append("Still without a complete reflection: \(names).")
    for mark in [status.best, status.challenging].compactMap({ $0 }) where !mark.isComplete {
      let command = mark.sessionID.map { "learnlog reflect --session \($0)" } ?? "learnlog reflect --resume"
      lines.append("Continue reflection \(mark.entryID) with `\(command)`.")
    }
    if status.best == nil || status.challenging == nil {
      lines.append(
        "To choose, reflect on a session with `learnlog reflect --session ID` and answer best "
          + "or challenging.")
    }
    return lines
  }

  private static func describe(_ mark: ProgrammeMark?, _ status: ProgrammeStatus) -> String {
    guard let mark else { return "not chosen yet." }
    let session = mark.sessionID.map { ", session \($0)" } ?? ", not in the register"
    let state = mark.isComplete ? "complete" : "still a draft"
    return "\(mark.coachee), \(short(mark.date, status))\(session) — reflection \(mark.entryID), "
      + "\(state)."
  }

  private static func short(_ date: CalendarDate, _ status: ProgrammeStatus) -> String {
    date.short(currentYear: status.today.year)
  }

  private static func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }
}
