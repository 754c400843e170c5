import Foundation
import Testing

@testable import LearnLogCLI

@Suite("The history file")
struct HistoryFileTests {
  private let folder = NSTemporaryDirectory() + "learnlog-history-\(UUID().uuidString)"
  private var path: String { folder + "/state/learnlog/history" }

  private func mode(_ path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return -1 }
    return Int(info.st_mode & 0o777)
  }

  private func removeFolder() {
    try? FileManager.default.removeItem(atPath: folder)
  }

  @Test func isCreatedPrivateInAPrivateFolder() throws {
    defer { removeFolder() }
    let history = HistoryFile(path: path)
    try history.append("/back")
    #expect(mode(path) == 0o600)
    #expect(mode(folder + "/state/learnlog") == 0o700)
    #expect(try history.lines() == ["/back"])
  }

  @Test func aWiderFileOrFolderIsMadePrivateAgain() throws {
    defer { removeFolder() }
    let history = HistoryFile(path: path)
    try history.append("/back")
    chmod(path, 0o644)
    chmod(folder + "/state/learnlog", 0o755)
    try history.append("/skip")
    #expect(mode(path) == 0o600)
    #expect(mode(folder + "/state/learnlog") == 0o700)
  }

  @Test func keepsOnlyTheNewestLines() throws {
    defer { removeFolder() }
    let history = HistoryFile(path: path, limit: 10)
    for number in 1...25 { try history.append("learnlog show \(number)") }
    #expect(try history.lines() == (16...25).map { "learnlog show \($0)" })
    #expect(mode(path) == 0o600)
    // No temporary files are left beside it.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/state/learnlog") == ["history"]
    )
  }

  @Test func theDefaultPathFollowsXDGStateHome() {
    #expect(
      HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"])
        == "/s/learnlog/history")
    #expect(
      HistoryFile.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"])
        == "/h/.local/state/learnlog/history")
    #expect(
      HistoryFile.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/learnlog/history")
  }

  @Test func twoWritersAtOnceLoseNothing() throws {
    defer { removeFolder() }
    let history = HistoryFile(path: path, limit: 10_000)
    let perWriter = 300
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for number in 0..<perWriter { try? history.append("learnlog show \(writer)\(number)") }
    }
    let lines = try history.lines()
    #expect(lines.count == 2 * perWriter)
    #expect(Set(lines).count == 2 * perWriter)
  }

  @Test func twoWritersTrimmingAtOnceKeepWholeLinesAndLoseNone() throws {
    defer { removeFolder() }
    let limit = 400
    let history = HistoryFile(path: path, limit: limit)
    let perWriter = 300
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for number in 0..<perWriter { try? history.append("writer \(writer) line \(number)") }
    }
    let lines = try history.lines()
    #expect(lines.count == limit)
    // Trimming drops the oldest lines, so what is left of each writer must be an unbroken run
    // ending with its last line: a gap would be a line lost to a concurrent rename.
    for writer in 0..<2 {
      let numbers = lines.compactMap { line -> Int? in
        guard let match = line.wholeMatch(of: /writer (\d) line (\d+)/) else {
          Issue.record("torn line: \(line)")
          return nil
        }
        return Int(match.1) == writer ? Int(match.2) : nil
      }
      if let first = numbers.first {
        #expect(numbers == Array(first..<perWriter), "writer \(writer) lost lines")
      }
    }
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder + "/state/learnlog") == ["history"]
    )
  }
}
