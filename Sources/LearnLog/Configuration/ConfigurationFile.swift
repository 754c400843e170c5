/// The coach's configuration file, `$XDG_CONFIG_HOME/learnlog/config.json`: every key optional.
///
/// ```json
/// {
///   "programmeTarget": 5,          // sessions in a window
///   "programmeWeeks": 6,           // how long a window lasts
///   "programmeStart": "2026-11-02", // a fixed first day (default: the first session)
///   "colour": "auto",              // auto, always or never ("color" works too)
///   "editor": "nano",              // what /edit opens (default: $VISUAL, $EDITOR, nano, vi)
///   "followUpsPerAnswer": 1        // 1 or 2
/// }
/// ```
/// JSON5 is accepted (comments, trailing commas). Any mistake, an unknown key included, makes the
/// whole file invalid with one error naming the line: half a configuration is more surprising
/// than none.
public struct ConfigurationFile: Sendable, Equatable {
  public var programmeTarget: Int?
  public var programmeWeeks: Int?
  public var programmeStart: CalendarDate?
  public var colour: ColourChoice?
  public var editor: String?
  public var followUpsPerAnswer: Int?

  public init() {}

  public static let keys = [
    "programmeTarget", "programmeWeeks", "programmeStart", "colour", "editor",
    "followUpsPerAnswer",
  ]

  /// Reads the file's text; `file` names it in errors.
  public static func parse(_ text: String, file: String) throws(ConfigurationError)
    -> ConfigurationFile
  {
    let root: JSONNode
    do {
      root = try JSON5Parser.parse(text)
    } catch {
      throw ConfigurationError(file: file, line: error.line, message: error.message)
    }
    guard let members = root.members else {
      throw ConfigurationError(
        file: file, line: root.line, message: "expected an object, found \(root.kindName)")
    }
    var result = ConfigurationFile()
    for member in members {
      let node = member.value
      func fail(_ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: node.line, message: "\"\(member.key)\" \(message)")
      }
      func integer(in range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard let value = node.integer, range.contains(value) else {
          throw fail("must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
      }
      switch member.key {
      case "programmeTarget":
        result.programmeTarget = try integer(in: ProgrammeSettings.targetRange)
      case "programmeWeeks":
        result.programmeWeeks = try integer(in: ProgrammeSettings.weeksRange)
      case "programmeStart":
        guard let text = node.string, let date = CalendarDate(iso: text) else {
          throw fail("must be a date like \"2026-11-02\"")
        }
        result.programmeStart = date
      case "colour", "color":
        guard let text = node.string, let choice = ColourChoice(rawValue: text) else {
          throw fail("must be \"auto\", \"always\" or \"never\"")
        }
        result.colour = choice
      case "editor":
        guard let text = node.string, !text.trimmed.isEmpty else {
          throw fail("must be a command, such as \"nano\" or \"code --wait\"")
        }
        result.editor = text
      case "followUpsPerAnswer":
        result.followUpsPerAnswer = try integer(in: 1...RuleSettings.followUpLimit)
      default:
        let suggestion = keys.first { $0.lowercased() == member.key.lowercased() }
          .map { "; did you mean \"\($0)\"?" } ?? "; the keys are \(keys.joined(separator: ", "))"
        throw ConfigurationError(
          file: file, line: member.keyLine,
          message: "unknown key \"\(member.key)\"\(suggestion)")
      }
    }
    return result
  }
}
