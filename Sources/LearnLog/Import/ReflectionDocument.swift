/// Reads a reflection written elsewhere (plain text or Markdown) into an `ImportedReflection`.
///
/// The shape it expects, all parts optional except at least one question:
/// ```
/// # Reflection: Most Challenging session with Ravi     ← title: kind, coachee, date
/// Date: 2026-11-28                                      ← metadata lines
/// Goal: …   Reality: …   Options: …   Will: …           ← GROW recall, before the questions
/// Questions I asked: …
/// Question 1. What did I do?                            ← or Q1:, ## 1, **Q1.**, 1. What did…
/// Sam. I walked her through…                            ← answer; a recurring label is dropped
/// ```
/// Pure: bytes or text in, values out. Errors carry the line number and never the text.
public enum ReflectionDocument {
  /// Decodes and reads a file's bytes. Invalid UTF-8, NUL and control characters are
  /// repaired and reported in `warnings`.
  public static func parse(
    _ bytes: [UInt8], options: ReflectionImportOptions = ReflectionImportOptions()
  ) throws(ImportError) -> ImportedReflection {
    if bytes.count > options.maximumBytes {
      throw .tooLarge(bytes: bytes.count, limit: options.maximumBytes)
    }
    return try parse(ImportTextDecoder.decode(bytes), options: options)
  }

  /// Reads text already in memory; it is cleaned the same way as bytes are.
  public static func parse(
    _ text: String, options: ReflectionImportOptions = ReflectionImportOptions()
  ) throws(ImportError) -> ImportedReflection {
    if text.utf8.count > options.maximumBytes {
      throw .tooLarge(bytes: text.utf8.count, limit: options.maximumBytes)
    }
    return try parse(ImportTextDecoder.clean(text), options: options)
  }

  static func parse(
    _ decoded: DecodedText, options: ReflectionImportOptions
  ) throws(ImportError) -> ImportedReflection {
    if decoded.text.allSatisfy(\.isWhitespace) { throw .empty }
    do {
      return try read(decoded, options: options)
    } catch {
      // An export or a journal given without `--format` fails somewhere in its middle; say
      // what the file is instead.
      if let format = ImportableFormat.recognise(decoded.text, failure: error) {
        throw .otherImportFormat(format)
      }
      throw error
    }
  }

  private static func read(
    _ decoded: DecodedText, options: ReflectionImportOptions
  ) throws(ImportError) -> ImportedReflection {
    var scanner = ReflectionScanner(framework: options.framework)
    let lines = decoded.text.split(separator: "\n", omittingEmptySubsequences: false)
    for (offset, line) in lines.enumerated() {
      try scanner.read(line, number: offset + 1)
    }
    var reflection = try scanner.finish(
      // A final line break ends the last line; it starts no line of its own.
      lineCount: lines.count - (lines.count > 1 && lines.last?.isEmpty == true ? 1 : 0),
      label: options.label.flatMap(AnswerLabel.normalise))
    reflection.warnings = decoded.warnings + reflection.warnings
    return reflection
  }
}
