/// Settings for reading a reflection document.
public struct ReflectionImportOptions: Sendable, Equatable {
  /// The questions the document answers.
  public var framework: Framework
  /// The writer's label (`Sam`), when the caller knows it; nil to detect a recurring one.
  public var label: String?
  /// Files bigger than this are refused: a reflection is a few pages, and a huge file is
  /// almost certainly the wrong file.
  public var maximumBytes: Int

  /// The Leadership Learning Log, a detected label and a 16 MiB limit unless told otherwise.
  public init(
    framework: Framework = .leadershipLearningLog, label: String? = nil,
    maximumBytes: Int = 16 * 1024 * 1024
  ) {
    self.framework = framework
    self.label = label
    self.maximumBytes = maximumBytes
  }
}
