/// A place in a rule file, for messages: `rules.json:12:5`. Lines and columns count from 1;
/// a column counts Unicode characters (scalars), so a CJK character is one column.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}
