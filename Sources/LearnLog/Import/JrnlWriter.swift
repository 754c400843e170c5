/// Writes entries in jrnl's plain-text format, the way jrnl itself does: `[date time] title`,
/// the body on the following lines, one blank line between entries. Used by the export and by
/// the benchmark to make a journal from the same corpus.
public enum JrnlWriter {
  /// The journal text. A title's line breaks become spaces (a header is one line); a body's
  /// trailing blank lines are dropped (they would read back as the gap between entries).
  public static func render(_ entries: [JournalEntry]) -> String {
    var output = ""
    output.reserveCapacity(entries.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count + 24 })
    for (index, entry) in entries.enumerated() {
      if index > 0 { output += "\n" }
      output += "["
      output += entry.date.iso
      output += " "
      output += entry.time.text
      // jrnl writes the space even for an empty title, and needs it to read the header back.
      output += "] "
      output += singleLine(entry.title)
      let body = trimmedBody(entry.body)
      if !body.isEmpty {
        output += "\n"
        output += body
      }
      output += "\n"
    }
    return output
  }

  /// True when `render` then `JrnlJournal.parse` gives back exactly this entry. It does not
  /// when the body ends in blank lines, has a blank line followed by a line shaped like an
  /// entry header (jrnl's format has no escaping), or holds characters the importer cleans
  /// (CR, NUL, control characters), or when the title spans lines.
  public static func canRoundTrip(_ entry: JournalEntry) -> Bool {
    if entry.title.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) || !isClean(entry.title) {
      return false
    }
    if entry.body != trimmedBody(entry.body) || !isClean(entry.body) { return false }
    var previousBlank = false
    for line in entry.body.split(separator: "\n", omittingEmptySubsequences: false) {
      if previousBlank, case .header = JrnlHeader.read(line) { return false }
      previousBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
    }
    return true
  }

  private static func singleLine(_ title: String) -> String {
    guard title.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return title }
    return String(title.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
  }

  private static func isClean(_ text: String) -> Bool {
    ImportTextDecoder.clean(text) == DecodedText(text: text)
  }

  /// The body without trailing lines of only spaces and tabs.
  private static func trimmedBody(_ body: String) -> String {
    // Most bodies end in text: look at the last line only before splitting anything.
    let lastLine = body.utf8.reversed().prefix(while: { $0 != 0x0A })
    if lastLine.contains(where: { $0 != 0x20 && $0 != 0x09 }) { return body }
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
    return lines.joined(separator: "\n")
  }
}
