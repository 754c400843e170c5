import LearnLog

#if canImport(Glibc)
  import Glibc
#endif

/// The backups folder beside the log: `<folder of the log>/backups/`. learnlog writes one there
/// before every schema migration, and `learnlog backup` writes there unless told otherwise.
public struct Backups: Sendable {
  public let folder: String
  /// How many automatic (pre-migration) backups to keep; older ones are removed.
  public static let automaticKept = 3
  /// In the name of every automatic backup: `learnlog-…-before-v2.sqlite3`.
  static let automaticMarker = "-before-v"

  public init(databasePath: String) {
    let parent = PrivateFile.parentFolder(of: databasePath)
    folder = (parent.isEmpty ? "." : parent) + "/backups"
  }

  /// A new file name for a backup taken at `date`: `learnlog-20261203-142501.sqlite3`, with a
  /// `label` (such as `before-v2`) when given.
  public func newPath(at date: Date, label: String? = nil) -> String {
    let stamp = Timestamp.format(date).filter { $0.isNumber || $0 == "T" }
      .replacingFirstT(with: "-").prefix(15)
    let suffix = label.map { "-" + $0 } ?? ""
    return "\(folder)/learnlog-\(stamp)\(suffix).sqlite3"
  }

  /// Backups in the folder, newest first (names sort by time).
  public func list() -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let item = readdir(directory) {
      let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.hasPrefix("learnlog-"), name.hasSuffix(".sqlite3") { names.append(name) }
    }
    return names.sorted(by: >).map { "\(folder)/\($0)" }
  }

  /// Removes all but the newest `keep` automatic backups (those taken before a migration).
  public func pruneAutomatic(keep: Int = Backups.automaticKept) {
    for path in list().filter({ $0.contains(Backups.automaticMarker) }).dropFirst(keep) {
      unlink(path)
    }
  }
}

extension String {
  fileprivate func replacingFirstT(with replacement: String) -> String {
    guard let index = firstIndex(of: "T") else { return self }
    return String(self[..<index]) + replacement + String(self[self.index(after: index)...])
  }
}
