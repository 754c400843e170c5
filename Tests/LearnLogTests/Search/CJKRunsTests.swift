import Testing

@testable import LearnLog

@Suite("CJK runs for the trigram index")
struct CJKRunsTests {
  @Test(arguments: [
    ("No CJK here at all.", nil),
    ("", nil),
    ("Coachee 李娜 said hi", "李娜"),
    ("今日は会議でフィードバックを伝えた。", "今日は会議でフィードバックを伝えた"),
    ("李娜 met 王小明 about フィードバック", "李娜\n王小明\nフィードバック"),
    ("Feedback について話した", "について話した"),
    ("会議。反馈", "会議\n反馈"),
    ("𠀀𠀁𠀂 and 가나다", "𠀀𠀁𠀂\n가나다"),
    ("ｦｧｨ half-width", "ｦｧｨ"),
    ("Title 振り返り\nコーチに相談する", "振り返り\nコーチに相談する"),
  ] as [(String, String?)])
  func runsOfCJKCharactersJoinedByLineFeeds(text: String, expected: String?) {
    #expect(CJK.runs(in: text) == expected)
  }

  @Test func everyRangeBoundaryAgreesWithTheQueryRouting() {
    for range in CJK.ranges {
      for value in [range.lowerBound - 1, range.lowerBound, range.upperBound, range.upperBound + 1] {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let text = String(repeating: String(Character(scalar)), count: 3)
        let isCJK = CJK.contains(scalar)
        #expect((CJK.runs(in: text) == text) == isCJK, "U+\(String(value, radix: 16))")
      }
    }
  }

  @Test func aRunIsFoundAtAnyOffsetInLongASCIIText() {
    for offset in 0..<20 {
      let padding = String(repeating: "a", count: offset)
      let text = padding + "李娜" + String(repeating: "b", count: 9) + "é会議室" + padding
      #expect(CJK.runs(in: text) == "李娜\n会議室", "offset \(offset)")
    }
  }

  @Test func invalidUTF8CountsAsNotCJK() {
    // 会 is E4 BC 9A; a truncated copy of it between two runs ends the first.
    let bytes: [UInt8] = Array("会議室".utf8) + [0xE4, 0xBC] + Array("会議室".utf8) + [0xE4]
    let runs = bytes.withUnsafeBufferPointer { CJK.runs(in: $0) }
    #expect(runs.map { String(decoding: $0, as: UTF8.self) } == "会議室\n会議室")
  }

  @Test func onlyCJKMeansEveryScalar() {
    #expect(CJK.isOnlyCJK("李娜"))
    #expect(!CJK.isOnlyCJK("李娜。"))
    #expect(!CJK.isOnlyCJK("Globex"))
    #expect(!CJK.isOnlyCJK(""))
  }
}
