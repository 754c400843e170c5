import LearnLog

#if canImport(Glibc)
  import Glibc
#endif

/// The backups of one log, in the backups folder beside it: `<folder of the log>/backups/`.
/// learnlog writes one there before every schema migration, and `learnlog backup` writes there
/// unless told otherwise. Several logs may share a folder, so every backup is named after the
/// log's own file name stem (`s.db` → `s-20261203-142501.sqlite3`) and only those are listed,
/// pruned and offered. The default log, `learnlog.sqlite3`, has the stem `learnlog`, so the
/// `learnlog-…` backups of earlier versions are still its own.
public struct Backups: Sendable {
  public let folder: String
  /// The log's file name without its extension: what every one of its backups starts with.
  public let stem: String
  /// How many automatic (pre-migration) backups to keep per log; older ones are removed.
  public static let automaticKept = 3
  /// In the name of every automatic backup: `<stem>-…-before-v2.sqlite3`.
  static let automaticMarker = "-before-v"

  public init(databasePath: String) {
    let parent = PrivateFile.parentFolder(of: databasePath)
    folder = (parent.isEmpty ? "." : parent) + "/backups"
    stem = Backups.stem(of: databasePath)
  }

  /// `/a/s.db` → `s`, `learnlog.sqlite3` → `learnlog`, `.hidden` → `.hidden`, `notes` → `notes`.
  static func stem(of path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      return name.isEmpty ? "learnlog" : name
    }
    return String(name[..<dot])
  }

  /// A file name for a backup taken at `date` that is not taken yet: `s-20261203-142501.sqlite3`,
  /// then `s-20261203-142501-2.sqlite3`, `-3`… for more in the same second; a `label` (such as
  /// `before-v2`) goes last: `s-20261203-142501-before-v2.sqlite3`.
  public func newPath(at date: Date, label: String? = nil) -> String {
    newPath(at: date, label: label, after: 0)
  }

  private func newPath(at date: Date, label: String?, after taken: Int) -> String {
    let stamp = Timestamp.format(date).filter { $0.isNumber || $0 == "T" }
      .replacingFirstT(with: "-").prefix(15)
    let suffix = label.map { "-" + $0 } ?? ""
    var number = max(taken, 1)
    while true {
      let counter = number == 1 ? "" : "-\(number)"
      let path = "\(folder)/\(stem)-\(stamp)\(counter)\(suffix).sqlite3"
      if !PrivateFile.exists(path) { return path }
      number += 1
    }
  }

  /// Backs `database` up under a new name (see `newPath`) and returns it. An existing backup is
  /// never replaced, not even by another learnlog taking one in the same second.
  @discardableResult
  public func write(from database: Database, at date: Date, label: String? = nil) throws -> String {
    var taken = 0
    while true {
      let path = newPath(at: date, label: label, after: taken)
      do {
        try database.backup(to: path, replacing: false)
        return path
      } catch StoreError.notWritable(let failed, _) where failed == path && PrivateFile.exists(path) {
        // Someone else took this name between the look and the write: use the next one.
        taken = (Backups.parse(String(path.split(separator: "/").last ?? ""), stem: stem)?.counter ?? 1) + 1
      }
    }
  }

  /// This log's backups in the folder, newest first.
  public func list() -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var found: [(name: String, key: Name)] = []
    while let item = readdir(directory) {
      let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if let key = Backups.parse(name, stem: stem) { found.append((name, key)) }
    }
    return found.sorted { ($0.key.stamp, $0.key.counter) > ($1.key.stamp, $1.key.counter) }
      .map { "\(folder)/\($0.name)" }
  }

  /// Removes all but the newest `keep` automatic backups (those taken before a migration) of
  /// this log; other logs' backups are left alone.
  public func pruneAutomatic(keep: Int = Backups.automaticKept) {
    for path in list().filter({ $0.contains(Backups.automaticMarker) }).dropFirst(keep) {
      unlink(path)
    }
  }

  struct Name: Equatable {
    var stamp: String
    var counter: Int
    var label: String?
  }

  /// Reads `<stem>-YYYYMMDD-HHMMSS[-N][-label].sqlite3`; nil for any other name (another log's
  /// backups included: `a-b-2026…` is not a backup of `a`, since `b` is not a date).
  static func parse(_ name: String, stem: String) -> Name? {
    let prefix = stem + "-"
    let suffix = ".sqlite3"
    guard name.hasPrefix(prefix), name.hasSuffix(suffix),
      name.count >= prefix.count + suffix.count + 15
    else { return nil }
    let middle = Array(name.dropFirst(prefix.count).dropLast(suffix.count))
    let stamp = middle.prefix(15)
    guard stamp.enumerated().allSatisfy({ $0.offset == 8 ? $0.element == "-" : $0.element.isASCIIDigit })
    else { return nil }
    var rest = middle.dropFirst(15)
    var counter = 1
    if rest.first == "-", let second = rest.dropFirst().first, second.isASCIIDigit {
      let digits = rest.dropFirst().prefix(while: \.isASCIIDigit)
      guard let number = Int(String(digits)), number >= 2 else { return nil }
      counter = number
      rest = rest.dropFirst(1 + digits.count)
    }
    var label: String?
    if !rest.isEmpty {
      guard rest.first == "-", let start = rest.dropFirst().first, start.isLetter,
        rest.dropFirst().allSatisfy({ $0.isLetter || $0.isASCIIDigit || $0 == "-" })
      else { return nil }
      label = String(rest.dropFirst())
    }
    return Name(stamp: String(stamp), counter: counter, label: label)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  fileprivate func replacingFirstT(with replacement: String) -> String {
    guard let index = firstIndex(of: "T") else { return self }
    return String(self[..<index]) + replacement + String(self[self.index(after: index)...])
  }
}
