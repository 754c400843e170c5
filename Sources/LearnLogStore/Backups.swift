import LearnLog

#if canImport(Glibc)
  import Glibc
#endif

/// The backups of one log, in the backups folder beside it: `<folder of the log>/backups/`.
/// learnlog writes one there before every schema migration, and `learnlog backup` writes there
/// unless told otherwise. Several logs may share a folder, so every backup is named after its
/// log and only those are listed, pruned and offered: a log named `….sqlite3` by its name
/// without that extension (`learnlog.sqlite3` → `learnlog-20261203-142501.sqlite3`, as always),
/// any other by its whole file name (`s.db` → `s.db-20261203-142501.sqlite3`), so `s.db` and
/// `s.sqlite3` never share.
///
/// Earlier versions named every log's backups by the stem (`s.db` → `s-…`). Those are still
/// listed for `s.db` when no other file in its folder has the stem `s`; when one has (a
/// `s.sqlite3` beside it), nobody can tell whose they are, and `s.db` leaves them out.
public struct Backups: Sendable {
  public let folder: String
  /// What every one of this log's backups is named after, before `-YYYYMMDD-HHMMSS`.
  public let prefix: String
  /// The stem earlier versions named this log's backups after, when that differs from
  /// `prefix` and no other file in the log's folder has it; nil otherwise.
  let legacyPrefix: String?
  /// How many automatic (pre-migration) backups to keep per log; older ones are removed.
  public static let automaticKept = 3
  /// In the name of every automatic backup: `<prefix>-…-before-v2.sqlite3`.
  static let automaticMarker = "-before-v"

  public init(databasePath: String) {
    let parent = PrivateFile.parentFolder(of: databasePath)
    let logFolder = parent.isEmpty ? "." : parent
    folder = logFolder + "/backups"
    let name = Backups.fileName(of: databasePath)
    prefix = Backups.prefix(ofLogNamed: name)
    let stem = Backups.stem(of: name)
    legacyPrefix =
      stem != prefix && !Backups.anotherFile(in: logFolder, than: name, hasStem: stem) ? stem : nil
  }

  /// `learnlog.sqlite3` → `learnlog`, `s.db` → `s.db`, `notes` → `notes`.
  static func prefix(ofLogNamed name: String) -> String {
    let ending = ".sqlite3"
    if name.hasSuffix(ending), name.count > ending.count { return String(name.dropLast(ending.count)) }
    return name
  }

  /// The name up to its last dot, as earlier versions named backups: `s.db` → `s`,
  /// `.hidden` → `.hidden`, `notes` → `notes`.
  static func stem(of name: String) -> String {
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
    return String(name[..<dot])
  }

  private static func fileName(of path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? ""
    return name.isEmpty ? "learnlog" : name
  }

  /// Whether a file in `folder` other than the log `name` (and its `-wal`, `-shm`, `-journal`
  /// and `.lock` files) has the stem `stem`: another log whose old backups would look the same.
  private static func anotherFile(in folder: String, than name: String, hasStem stem: String) -> Bool {
    guard let directory = opendir(folder) else { return false }
    defer { closedir(directory) }
    while let item = readdir(directory) {
      let other = withUnsafeBytes(of: item.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if other == name || other.hasPrefix(name + "-") || other.hasPrefix(name + ".") { continue }
      if Backups.stem(of: other) == stem { return true }
    }
    return false
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
      let path = "\(folder)/\(prefix)-\(stamp)\(counter)\(suffix).sqlite3"
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
        taken = (Backups.parse(String(path.split(separator: "/").last ?? ""), prefix: prefix)?.counter ?? 1) + 1
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
      if let key = Backups.parse(name, prefix: prefix)
        ?? legacyPrefix.flatMap({ Backups.parse(name, prefix: $0) })
      {
        found.append((name, key))
      }
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

  /// Reads `<prefix>-YYYYMMDD-HHMMSS[-N][-label].sqlite3`; nil for any other name (another log's
  /// backups included: `a-b-2026…` is not a backup of `a`, since `b` is not a date).
  static func parse(_ name: String, prefix logPrefix: String) -> Name? {
    let prefix = logPrefix + "-"
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
