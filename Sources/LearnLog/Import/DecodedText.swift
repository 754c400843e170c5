/// Text read from an imported file, made safe to store (valid UTF-8, `\n` line ends, no NUL or
/// control characters), with a count of everything that had to be changed so the coach is told.
public struct DecodedText: Sendable, Equatable {
  /// The cleaned text.
  public var text: String
  /// Invalid UTF-8 sequences replaced with U+FFFD.
  public var replacedSequences: Int = 0
  /// NUL bytes removed.
  public var removedNULs: Int = 0
  /// Line of the first NUL byte, in the cleaned text.
  public var firstNULLine: Int?
  /// Other control characters removed (C0 except tab and line ends, DEL, C1).
  public var removedControls: Int = 0
  /// Line of the first removed control character, in the cleaned text.
  public var firstControlLine: Int?
  /// True when the file started with a byte-order mark, which was skipped.
  public var skippedBOM = false
  /// True when a UTF-16 byte-order mark was found and the text read as UTF-16.
  public var readAsUTF16 = false

  /// Text that needed no change.
  public init(text: String) {
    self.text = text
  }

  /// The import report's sentences: the encoding when it was not UTF-8, then one sentence for
  /// everything cleaned (one warning line, as the chat gives one hint). Empty when nothing
  /// changed. A skipped UTF-8 byte-order mark is not worth mentioning.
  public var warnings: [String] {
    var notes: [String] = []
    if readAsUTF16 {
      notes.append("read the file as UTF-16 (it starts with a UTF-16 byte-order mark)")
    }
    var cleaned: [String] = []
    if replacedSequences > 0 {
      cleaned.append(
        "replaced \(Self.count(replacedSequences, "invalid UTF-8 sequence")) "
          + "with the replacement character U+FFFD")
    }
    if removedNULs > 0 {
      cleaned.append(
        "removed \(Self.count(removedNULs, "NUL byte"))\(Self.firstAt(firstNULLine))")
    }
    if removedControls > 0 {
      cleaned.append(
        "removed \(Self.count(removedControls, "control character"))\(Self.firstAt(firstControlLine))"
      )
    }
    if !cleaned.isEmpty { notes.append(cleaned.joinedAsProse()) }
    return notes
  }

  static func count(_ value: Int, _ noun: String) -> String {
    value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
  }

  private static func firstAt(_ line: Int?) -> String {
    line.map { " (first at line \($0))" } ?? ""
  }
}
