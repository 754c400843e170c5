import Foundation
import Glibc
import LearnLogTestSupport
import Testing

/// `-o FILE` on the built binary: `-` is standard output, `/dev/stdout` and `/dev/null` are
/// written through (never replaced), a link keeps pointing at the file it names.
@Suite("Output files")
struct OutputFileEndToEndTests {
  private func kind(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
  }

  @Test(arguments: [
    ["export"], ["prepare"], ["review"], ["sessions", "export", "--format", "icf-csv"],
  ])
  func dashIsStandardOutput(arguments: [String]) throws {
    let sandbox = try EndToEnd.sandboxWithAReflection()
    let plain = try EndToEnd.learnlogThroughShell(arguments, in: sandbox)
    let dash = try EndToEnd.learnlogThroughShell(arguments + ["-o", "-"], in: sandbox)
    #expect(dash.status == 0, "\(dash.description)")
    #expect(dash.stdout == plain.stdout)
    #expect(!dash.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: sandbox.path("-")))
  }

  @Test func devStdoutCarriesTheExportAlone() throws {
    let sandbox = try EndToEnd.sandboxWithAReflection()
    let stdout = SystemFileStandIn.devStdout(in: sandbox.root)
    let run = try EndToEnd.learnlogThroughShell(["export", "-o", stdout], in: sandbox)
    #expect(run.status == 0, "\(run.description)")
    _ = try JSONSerialization.jsonObject(with: Data(run.standardOutput))
    #expect(run.stdout.contains(EndToEnd.answers[0]))
    #expect(run.stderr.contains("1 entry and 0 notes to \(stdout).\n"))
    #expect(kind(stdout) == S_IFLNK)
  }

  @Test func devNullStaysADevice() throws {
    let sandbox = try EndToEnd.sandboxWithAReflection()
    let null = SystemFileStandIn.devNull(in: sandbox.root)
    for arguments in [["export"], ["prepare"], ["sessions", "export", "--format", "icf-csv"]] {
      let run = try EndToEnd.learnlogThroughShell(arguments + ["-o", null], in: sandbox)
      #expect(run.status == 0, "\(run.description)")
      #expect(kind(null) == S_IFCHR)
    }
  }

  @Test func aLinkStaysAndItsTargetIsReplacedPrivately() throws {
    let sandbox = try EndToEnd.sandboxWithAReflection()
    let target = try sandbox.write("old\n", to: "tgt.txt")
    chmod(target, 0o644)
    #expect(symlink("tgt.txt", sandbox.path("lnk.json")) == 0)
    let run = try EndToEnd.learnlogThroughShell(["export", "-o", "lnk.json"], in: sandbox)
    #expect(run.status == 0, "\(run.description)")
    #expect(kind(sandbox.path("lnk.json")) == S_IFLNK)
    let text = try String(contentsOfFile: target, encoding: .utf8)
    #expect(text.contains(EndToEnd.answers[0]))
    var info = stat()
    #expect(stat(target, &info) == 0 && info.st_mode & 0o777 == 0o600)
  }

  @Test func aFolderIsOneLineOfError() throws {
    let sandbox = try EndToEnd.sandboxWithAReflection()
    let run = try EndToEnd.learnlogThroughShell(["export", "-o", sandbox.root], in: sandbox)
    #expect(run.status == 1)
    #expect(run.stderr == "learnlog: error: cannot write \(sandbox.root): it is a folder\n")
  }
}
