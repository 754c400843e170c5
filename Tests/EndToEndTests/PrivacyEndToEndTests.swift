import Foundation
import LearnLogTestSupport
import Testing

/// The log is private whatever the umask, and answers go nowhere but the log.
@Suite("Privacy")
struct PrivacyEndToEndTests {
  /// The permission bits, or -1 when the file does not exist.
  private func mode(_ path: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func defaultLogIsPrivateEvenWithUmaskZero() throws {
    let sandbox = try Sandbox()
    // No LEARNLOG_DB: the default place under XDG_DATA_HOME, whose learnlog folder is new.
    let environment = sandbox.environment(includesDatabase: false)
    let run = try BinaryRunner.learnlog(
      umask: "000", ["reflect"], input: EndToEnd.input(EndToEnd.wholeReflection),
      environment: environment)
    #expect(run.status == 0, "\(run.description)")
    #expect(run.stderr.isEmpty, "\(run.stderr)")
    let folder = sandbox.dataHome + "/learnlog"
    let db = folder + "/learnlog.sqlite3"
    #expect(mode(db) == 0o600, "db mode \(String(mode(db), radix: 8))")
    #expect(mode(folder) == 0o700, "folder mode \(String(mode(folder), radix: 8))")
    for sidecar in [db + "-wal", db + "-shm"] where FileManager.default.fileExists(atPath: sidecar) {
      #expect(mode(sidecar) == 0o600, "\(sidecar)")
    }
    // Reading it back later does not loosen anything.
    let shown = try BinaryRunner.learnlog(umask: "000", ["show", "1"], environment: environment)
    #expect(shown.status == 0)
    #expect(mode(db) == 0o600)

    // No answer text in any other file: no history, log or recovery file.
    let files = FileManager.default.enumerator(atPath: sandbox.root)?.compactMap { $0 as? String } ?? []
    for relative in files {
      let path = sandbox.root + "/" + relative
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
        !path.hasPrefix(db)
      else { continue }
      let contents = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
      for text in EndToEnd.answerTexts where contents.contains(text) {
        Issue.record("answer text in \(path)")
      }
    }
  }

  @Test func newFolderForADatabaseGivenWithDbIsPrivate() throws {
    let sandbox = try Sandbox()
    let folder = sandbox.path("private/nested")
    let db = folder + "/log.sqlite3"
    let run = try BinaryRunner.learnlog(
      umask: "000", ["reflect", "--db", db], input: EndToEnd.input(Array(EndToEnd.wholeReflection[..<6])),
      environment: sandbox.environment(includesDatabase: false))
    #expect(run.status == 0, "\(run.description)")
    expectNoAnswers(onStandardErrorOf: run)
    #expect(mode(db) == 0o600, "db mode \(String(mode(db), radix: 8))")
    #expect(mode(folder) == 0o700, "folder mode \(String(mode(folder), radix: 8))")
  }

  @Test("An empty file made beforehand (touch, umask 022) becomes private; a log's own mode is kept")
  func emptyFileGivenAsTheLogIsMadePrivate() throws {
    let sandbox = try Sandbox()
    let db = sandbox.path("touched.db")
    #expect(FileManager.default.createFile(atPath: db, contents: nil, attributes: [.posixPermissions: 0o644]))
    // Looking writes nothing into it: it holds no log yet.
    for look in [["log"], ["search", "Ravi"], ["export"]] {
      let looked = try BinaryRunner.learnlog(
        umask: "022", ["--db", db] + look, environment: sandbox.environment(includesDatabase: false))
      #expect(looked.status == 0, "\(look): \(looked.description)")
      #expect(looked.stderr.contains("no log at \(db) yet"), "\(look): \(looked.stderr)")
    }
    #expect(mode(db) == 0o644)
    #expect((try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) == 0)
    let run = try BinaryRunner.learnlog(
      umask: "022", ["--db", db, "note", "zqv9private", "about", "Ravi"],
      environment: sandbox.environment(includesDatabase: false))
    #expect(run.status == 0, "\(run.description)")
    #expect(mode(db) == 0o600, "db mode \(String(mode(db), radix: 8))")

    // A log that already holds reflections is the owner's to share: its mode is left alone.
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: db)
    let again = try BinaryRunner.learnlog(
      umask: "022", ["--db", db, "note", "second"], environment: sandbox.environment(includesDatabase: false))
    #expect(again.status == 0, "\(again.description)")
    #expect(mode(db) == 0o640, "db mode \(String(mode(db), radix: 8))")
  }
}
