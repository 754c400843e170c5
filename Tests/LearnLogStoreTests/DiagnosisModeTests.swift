import Testing

@testable import LearnLogStore

@Suite("What doctor says about file modes")
struct DiagnosisModeTests {
  private func mode(_ mode: Int, folder: Bool = false) -> Diagnosis.FileMode {
    let isPrivate = folder ? mode & 0o022 == 0 : mode & 0o077 == 0
    return Diagnosis.FileMode(path: "p", mode: mode, isPrivate: isPrivate, isLogFolder: folder)
  }

  @Test func namesWhatOthersCanDoAndTheChmodThatStopsIt() {
    #expect(mode(0o600).exposure == nil)
    #expect(mode(0o644).exposure == "others can read it")
    #expect(mode(0o666).exposure == "others can read and change it")
    #expect(mode(0o620).exposure == "others can change it")
    #expect(mode(0o610).exposure == "others can use it")
    #expect(mode(0o644).privateMode == "go-rwx")
    // The log's folder may be shared for reading on purpose; only writing into it is a problem.
    #expect(mode(0o755, folder: true).exposure == nil)
    #expect(mode(0o777, folder: true).exposure == "others can add and remove files in it")
    #expect(mode(0o777, folder: true).privateMode == "go-w")
  }
}
