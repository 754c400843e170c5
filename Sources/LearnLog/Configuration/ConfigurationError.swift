/// Why a configuration file cannot be used, and where: the whole file is then ignored.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `config.json:3: "colour" must be auto, always or never, not "blue"`.
  public var description: String { "\(file):\(line): \(message)" }
}
