import Foundation
import Testing

/// `/edit` with a scripted EDITOR: the file it gets is private, its result replaces the answer,
/// an unchanged file cancels, and nothing is left behind.
@Suite("/edit with a scripted editor", .enabled(if: TerminalHarness.isAvailable))
struct EditorTests {
  /// An editor that records the file's path and the modes of the file and its folder, then runs
  /// `action` on the file (`$1`).
  private func editor(_ sandbox: TerminalHarness.Sandbox, action: String) throws -> String {
    try sandbox.script(
      "editor.sh",
      """
      printf '%s\\n' "$1" > \(sandbox.folder)/editor-path
      stat -c %a "$1" > \(sandbox.folder)/editor-modes
      stat -c %a "$(dirname "$1")" >> \(sandbox.folder)/editor-modes
      cat "$1" > \(sandbox.folder)/editor-before
      \(action)
      """)
  }

  private func startAtGoal(_ sandbox: TerminalHarness.Sandbox, editor: String) throws
    -> TerminalHarness.Session
  {
    let session = try TerminalHarness.Session(
      sandbox.commandLine(["reflect"], environment: ["EDITOR": editor]), height: 60)
    try session.answer("When was the session?", with: "today")
    try session.answer("Who was your coachee?", with: "Ravi")
    try session.answer("Was this your Best session", with: "best")
    try session.waitFor("Goal —")
    try session.waitForPrompt()
    return session
  }

  private func read(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }

  /// The editor saw a 0600 file in a 0700 folder, and both are gone now.
  private func expectPrivateAndRemoved(_ sandbox: TerminalHarness.Sandbox) {
    #expect(read(sandbox.folder + "/editor-modes") == "600\n700\n")
    let path = read(sandbox.folder + "/editor-path").trimmingCharacters(in: .newlines)
    #expect(path.hasPrefix(sandbox.temporaryFolder + "/"), "the file was not in TMPDIR: \(path)")
    #expect(!FileManager.default.fileExists(atPath: path))
    #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
    #expect((try? FileManager.default.contentsOfDirectory(atPath: sandbox.temporaryFolder)) == [])
  }

  private func storedGoal(_ sandbox: TerminalHarness.Sandbox) throws -> String? {
    let result = try sandbox.runPiped(["show", "1", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(result.output)) as? [String: Any]
    return (object?["grow"] as? [String: Any])?["goal"] as? String
  }

  @Test("the edited text replaces the answer")
  func editReplacesTheAnswer() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let editor = try editor(
      sandbox,
      action: #"printf 'Written in the editor, with care\nand a second paragraph.\n' > "$1""#)
    let session = try startAtGoal(sandbox, editor: editor)
    // A first answer, then /back to revise it in the editor.
    try session.enter("A first draft of the goal that is long enough to keep")
    try session.waitFor("the next prompt") { $0.contains("Reality —") || $0.contains("/why") }
    try session.waitForPrompt()
    try session.enter("/back")
    try session.waitFor("Goal —")
    try session.waitForEditing()
    try session.send("C-u")
    try session.enter("/edit")
    try session.waitFor("the next prompt") {
      $0.components(separatedBy: "Reality —").count + $0.components(separatedBy: "/why").count > 3
    }
    // The screen shows what the editor wrote, as if it had been typed.
    let screen = try session.screen()
    #expect(screen.contains("› Written in the editor, with care\n  and a second paragraph."), "\(screen)")
    try session.waitForEditing()
    try session.send("C-u")
    try session.enter("/pause")
    #expect(try session.waitForExit() == 0)
    #expect(
      read(sandbox.folder + "/editor-before")
        == "A first draft of the goal that is long enough to keep\n")
    #expect(try storedGoal(sandbox) == "Written in the editor, with care\nand a second paragraph.")
    expectPrivateAndRemoved(sandbox)
  }

  @Test("an editor that leaves the file unchanged cancels the edit")
  func unchangedFileCancels() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let editor = try editor(sandbox, action: "true")
    let session = try startAtGoal(sandbox, editor: editor)
    try session.enter("/edit")
    try session.waitFor("Edit cancelled")
    try session.waitForPrompt()
    try session.enter("/pause")
    #expect(try session.waitForExit() == 0)
    #expect(try storedGoal(sandbox) == nil)
    expectPrivateAndRemoved(sandbox)
  }

  @Test("an editor that fails leaves the answer alone and the temporary file removed")
  func failingEditorRemovesTheFile() throws {
    let sandbox = try TerminalHarness.Sandbox()
    defer { sandbox.remove() }
    let editor = try editor(sandbox, action: #"echo changed > "$1"; exit 3"#)
    let session = try startAtGoal(sandbox, editor: editor)
    try session.enter("/edit")
    try session.waitFor("exited with status 3")
    try session.waitForPrompt()
    try session.enter("/pause")
    #expect(try session.waitForExit() == 0)
    #expect(try storedGoal(sandbox) == nil)
    expectPrivateAndRemoved(sandbox)
  }
}
