extension JournalTime {
  /// Reads `HH:MM` or `HH:MM:SS` exactly, as `text` writes it.
  public init?(text: String) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({ $0.utf8.count == 2 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
      let hour = Int(parts[0]), let minute = Int(parts[1])
    else { return nil }
    self.init(hour: hour, minute: minute, second: parts.count == 3 ? Int(parts[2]) : nil)
  }
}
