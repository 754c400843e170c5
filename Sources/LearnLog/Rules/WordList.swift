/// A named list of patterns shared between rules (`@feelings`), with an optional label that
/// evidence uses ("no feeling word in …").
public struct WordList: Sendable, Equatable {
  /// One pattern of the list, with where it was written so a bad one can be pointed at.
  public struct Word: Sendable, Equatable {
    public var text: String
    public var location: SourceLocation
  }

  public var words: [Word]
  public var label: String?
  public var location: SourceLocation
}
