import Testing

@testable import LearnLog

@Suite struct JSON5ParserTests {
  @Test func acceptsCommentsTrailingCommasAndJSON5Forms() throws {
    let node = try JSON5Parser.parse(
      """
      // a comment
      {
        /* block
           comment */
        unquoted: 'single',
        "list": [1, +2, .5, 0x10, -3e2,],
        nested: { yes: true, no: false, nothing: null, },
        text: "tab\\tescaped \\u00e9 \\"q\\"",
      }
      """)
    #expect(node["unquoted"]?.string == "single")
    #expect(node["list"]?.elements?.compactMap(\.number) == [1, 2, 0.5, 16, -300])
    #expect(node["nested"]?["yes"]?.bool == true)
    #expect(node["nested"]?["nothing"]?.value == .null)
    #expect(node["text"]?.string == "tab\tescaped é \"q\"")
    #expect(node["list"]?.line == 6)
    #expect(node["list"]?.column == 11)
  }

  @Test func keepsCJKAndCountsItsColumnsAsOne() throws {
    let node = try JSON5Parser.parse("{ 词: \"紧张\", b: 1 }")
    #expect(node["词"]?.string == "紧张")
    #expect(node["b"]?.column == 15)
  }

  @Test(arguments: [
    ("{ a: 1 b: 2 }", 1, 8, "expected ',' or '}'"),
    ("{\n  a: [1, 2\n}", 3, 1, "expected ',' or ']'"),
    ("{\n  a: \"open\n}", 2, 6, "never closed"),
    ("{ a: yes }", 1, 6, "text values need quotes"),
    ("{\n  /* unclosed\n", 2, 3, "comment is never closed"),
    ("", 1, 1, "empty"),
    ("{ a: 1 } }", 1, 10, "after the end"),
    ("{\n\n  a 1 }", 3, 5, "expected ':'"),
    ("{\n  id: 'a',\n  'id': 'b' }", 3, 3, "\"id\" is given twice (also on line 2)"),
    ("[{ x: { y: 1, y: 2 } }]", 1, 15, "\"y\" is given twice (also on line 1)"),
  ])
  func reportsLineAndColumn(text: String, line: Int, column: Int, message: String) {
    #expect {
      try JSON5Parser.parse(text)
    } throws: { error in
      guard let error = error as? JSON5SyntaxError else { return false }
      return error.line == line && error.column == column && error.message.contains(message)
    }
  }
}
