/// Makes typed, piped or edited text safe to store, and counts what it changed.
///
/// Readers already turn invalid UTF-8 into U+FFFD; this removes NUL and other control characters
/// (a stray Ctrl-V sequence, escape codes in a pipe) with the importers' own cleaner, so stored
/// text is valid UTF-8 with nothing a terminal would act on when it is shown again.
public struct InputCleaning: Sendable {
  public private(set) var removed = 0
  /// U+FFFD characters, which stand for bytes that were not valid UTF-8.
  public private(set) var replaced = 0

  public init() {}

  public mutating func clean(_ text: String) -> String {
    let decoded = ImportTextDecoder.clean(text)
    removed += decoded.removedNULs + decoded.removedControls
    replaced += decoded.text.unicodeScalars.count(where: { $0 == "\u{FFFD}" })
    return decoded.text
  }

  /// "2 control characters were removed from that answer." — nil when nothing changed.
  public var summary: String? { summary(of: "that answer") }

  /// The same, naming what was cleaned ("the note", "the imported text").
  public func summary(of thing: String) -> String? {
    let removal = "\(Self.count(removed, "control character")) \(removed == 1 ? "was" : "were") removed"
    let replacement =
      "\(Self.count(replaced, "unreadable character")) (not valid UTF-8) "
      + "\(replaced == 1 ? "was" : "were") replaced with \u{FFFD}"
    switch (removed > 0, replaced > 0) {
    case (true, true): return "In \(thing), \(removal) and \(replacement)."
    case (true, false): return "\(removal) from \(thing)."
    case (false, true): return "\(replacement) in \(thing)."
    case (false, false): return nil
    }
  }

  private static func count(_ value: Int, _ noun: String) -> String {
    value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
  }
}
