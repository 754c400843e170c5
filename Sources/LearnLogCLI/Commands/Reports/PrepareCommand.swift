import LearnLog
import LearnLogStore

/// `learnlog prepare [--best ID] [--challenging ID] [--format md|html|json] [-o FILE]`.
///
/// With one of the two reflections missing, the brief is still built from the other, with a
/// note at the top (and a warning on standard error) saying how to create the missing one: a
/// coach preparing for a meeting tomorrow is better served by half a brief than by none. With
/// neither, there is nothing to show, and prepare fails with the same advice.
struct PrepareCommand {
  static let formats = ["md", "html", "json"]

  let bestID: Int64?
  let challengingID: Int64?
  let format: String
  let outputPath: String?

  init(_ command: ParsedCommand) throws {
    bestID = try Self.entryID(command, "best")
    challengingID = try Self.entryID(command, "challenging")
    if let bestID, bestID == challengingID {
      throw command.usageError(.unusableOptions(Self.bothSides(bestID)))
    }
    format = try ReportOutput.format(command, choices: Self.formats, fallback: "md")
    outputPath = try ReportOutput.path(command)
  }

  init(bestID: Int64? = nil, challengingID: Int64? = nil, format: String = "md", outputPath: String? = nil) {
    self.bestID = bestID
    self.challengingID = challengingID
    self.format = format
    self.outputPath = outputPath
  }

  func run(_ app: App) throws {
    let engine = FollowUpAdvisors.load(app: app) { app.errorLine("learnlog: warning: " + $0) }
    let brief = try makeBrief(store: app.readingStore(), reasons: RuleReasons(engine: engine), today: app.today)
    for kind in brief.missingKinds {
      app.errorLine("learnlog: warning: " + CoachBrief.howToCreate(kind))
    }
    try ReportOutput.deliver(try render(brief), to: outputPath, what: "brief", app: app)
  }

  /// The brief from the chosen entries, or the newest complete Best and Most Challenging ones.
  /// Throws when neither reflection exists, or a chosen id names no entry.
  func makeBrief(store: LogStore, reasons: RuleReasons, today: CalendarDate) throws -> CoachBrief {
    let best = try side(.best, chosen: bestID, store: store)
    let challenging = try side(.challenging, chosen: challengingID, store: store)
    if best.entry == nil, challenging.entry == nil { throw CLIError.other(Self.nothingToPrepare) }
    if let id = best.entry?.id, id == challenging.entry?.id {
      throw CLIError.other(Self.bothSides(id))
    }
    // Themes need only the last few reflections, not the whole log's counts.
    let recent = try store.recentRules()
    let activity = LogActivity(recentEntries: recent.entries, recentRuleCounts: recent.ruleCounts)
    let themes = RecurringTheme.themes(in: activity, why: reasons.why)
    return CoachBrief(best: best, challenging: challenging, themes: themes, preparedOn: today)
  }

  private static func bothSides(_ id: Int64) -> String {
    "entry \(id) cannot be both the Best and the Most Challenging reflection; choose two entries"
  }

  /// Whole commands, not bare options: `/prepare` in a reflection shows it too.
  static let nothingToPrepare =
    "there is no complete Best or Most Challenging reflection yet; run `learnlog reflect` and answer \"best\" or \"challenging\" when asked which session it was, or choose entries with `learnlog prepare --best ID --challenging ID` (`learnlog log` lists them)"

  func render(_ brief: CoachBrief) throws -> String {
    switch format {
    case "html": CoachBriefHTML().render(brief)
    case "json": try JSONText.encode(CoachBriefDocument(brief)) + "\n"
    default: CoachBriefMarkdown().render(brief)
    }
  }

  private func side(_ kind: EntryKind, chosen: Int64?, store: LogStore) throws -> CoachBrief.Side {
    if let chosen {
      guard let entry = try store.entry(id: chosen) else { throw CLIError.entryNotFound(chosen) }
      // An Other session may stand in for either side; the opposite kind may not.
      guard entry.kind == kind || entry.kind == .other else {
        let option = kind == .best ? "--best" : "--challenging"
        throw CLIError.other(
          "entry \(chosen) is your \(entry.kind.title) reflection, so it cannot be \(option); `learnlog log` shows each entry's kind")
      }
      return .reflection(entry)
    }
    guard let id = try store.newestCompleteEntryID(kind: kind), let entry = try store.entry(id: id)
    else { return .missing(kind) }
    return .reflection(entry)
  }

  private static func entryID(_ command: ParsedCommand, _ name: String) throws -> Int64? {
    try command.identifier(name)
  }
}
