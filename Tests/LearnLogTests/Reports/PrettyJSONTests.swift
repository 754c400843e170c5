import LearnLog
import Testing

@Suite("Pretty JSON")
struct PrettyJSONTests {
  struct Sample: Encodable {
    var empty: [Int] = []
    var object: [String: Int] = [:]
    var text = "[\n\n]"
    var list = [1]
  }

  @Test func emptyContainersAreWrittenOnOneLineAndStringsAreLeftAlone() throws {
    #expect(
      try EntryDocument.prettyJSON(Sample()) == """
        {
          "empty" : [],
          "list" : [
            1
          ],
          "object" : {},
          "text" : "[\\n\\n]"
        }
        """)
  }
}
