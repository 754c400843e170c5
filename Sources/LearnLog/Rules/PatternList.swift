/// The patterns a condition looks for, compiled, with a label for evidence ("feeling word").
public struct PatternList: Sendable, Equatable {
  public var matcher: PatternMatcher
  public var label: String

  public init(matcher: PatternMatcher, label: String) {
    self.matcher = matcher
    self.label = label
  }
}
