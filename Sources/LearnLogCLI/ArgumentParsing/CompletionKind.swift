/// What a shell should offer when completing an option's value or a positional argument.
public enum CompletionKind: Sendable, Equatable {
  /// Nothing: the value is free text (a number, a sentence).
  case none
  /// Entry ids, fetched at completion time from `learnlog __complete-ids`.
  case entryID
  /// A path on disk.
  case file
  /// One of a fixed list of words.
  case choices([String])
}
