/// A rule file read from its JSON5 text, not yet compiled: the built-in pack or a user's file.
///
/// Top-level fields: `wordLists` (named pattern lists, shared; a name already defined is
/// replaced), `extendWordLists` (patterns added to an existing list), `settings`, `rules` (a rule
/// whose id already exists replaces it), and `disable` (ids of rules to turn off).
public struct RuleFile: Sendable {
  /// The file's name as messages show it.
  public let name: String
  let root: JSONNode

  static let topLevelFields = ["wordLists", "extendWordLists", "settings", "rules", "disable"]

  /// Parses `text`; throws `RuleError.syntax` with the line and column of the first mistake.
  public init(text: String, name: String) throws(RuleError) {
    self.name = name
    do {
      root = try JSON5Parser.parse(text)
    } catch {
      throw RuleError.syntax(
        SourceLocation(file: name, line: error.line, column: error.column), message: error.message)
    }
    guard root.members != nil else {
      throw RuleError.invalidValue(
        SourceLocation(file: name, line: root.line, column: root.column), field: "the file",
        expected: "an object with \"rules\"", found: root.kindName)
    }
  }

  /// The built-in pack, compiled into the binary.
  public static var builtIn: RuleFile {
    do {
      return try RuleFile(text: BuiltInRules.text, name: BuiltInRules.fileName)
    } catch {
      // The pack is tested on every build; a broken one is a programming error.
      fatalError("the built-in rule pack does not parse: \(error)")
    }
  }
}
