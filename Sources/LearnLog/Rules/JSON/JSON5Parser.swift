/// Reads JSON5 (JSON plus `//` and `/* */` comments, trailing commas, single-quoted strings,
/// unquoted keys, `+`, hex and leading-dot numbers) into nodes that remember their line and
/// column.
///
/// Written here rather than using `JSONDecoder(allowsJSON5)` because a rule file's author needs
/// the line and column of a mistake, which the decoder does not report on every platform, and the
/// rule checks after parsing need the position of every value too.
struct JSON5Parser {
  private let scalars: [Unicode.Scalar]
  private var offset = 0
  private var line = 1
  private var column = 1
  /// Objects and lists open around the value being read.
  private var depth = 0
  /// Far deeper than any rule file needs, and far shallower than the stack allows: the parser
  /// recurses once per level, and 5,000 nested `[` crashed it with a stack overflow (found by
  /// Scripts/fuzz).
  static let maximumDepth = 200

  init(_ text: String) {
    scalars = Array(text.unicodeScalars)
  }

  /// Parses a whole document: one value, then nothing but whitespace and comments.
  static func parse(_ text: String) throws(JSON5SyntaxError) -> JSONNode {
    var parser = JSON5Parser(text)
    // A byte-order mark from a Windows editor is not content.
    if parser.peek == "\u{FEFF}" { parser.advance() }
    try parser.skipBlank()
    guard parser.peek != nil else { throw parser.error("the file is empty: expected an object") }
    let node = try parser.parseValue()
    try parser.skipBlank()
    if let extra = parser.peek {
      throw parser.error(
        "unexpected \(describe(extra)) after the end of the document; remove it or wrap both in a list")
    }
    return node
  }

  private var peek: Unicode.Scalar? { offset < scalars.count ? scalars[offset] : nil }

  private func peek(at distance: Int) -> Unicode.Scalar? {
    offset + distance < scalars.count ? scalars[offset + distance] : nil
  }

  private mutating func advance() {
    guard let scalar = peek else { return }
    offset += 1
    if scalar == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }

  private func error(_ message: String) -> JSON5SyntaxError {
    JSON5SyntaxError(line: line, column: column, message: message)
  }

  private static func describe(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": "line break"
    case "'": "\"'\""
    default: "'\(Character(scalar))'"
    }
  }

  private mutating func skipBlank() throws(JSON5SyntaxError) {
    while let scalar = peek {
      if Self.isBlank(scalar) {
        advance()
      } else if scalar == "/", peek(at: 1) == "/" {
        while let next = peek, next != "\n" { advance() }
      } else if scalar == "/", peek(at: 1) == "*" {
        let start = error("")
        advance()
        advance()
        while peek != nil, !(peek == "*" && peek(at: 1) == "/") { advance() }
        if peek == nil {
          throw JSON5SyntaxError(
            line: start.line, column: start.column,
            message: "this /* comment is never closed; add */ where it ends")
        }
        advance()
        advance()
      } else {
        return
      }
    }
  }

  private mutating func parseValue() throws(JSON5SyntaxError) -> JSONNode {
    let (startLine, startColumn) = (line, column)
    guard let scalar = peek else {
      throw error("the file ends where a value was expected")
    }
    let value: JSONNode.Value
    if scalar == "{" || scalar == "[" {
      guard depth < Self.maximumDepth else {
        throw error("objects and lists are nested more than \(Self.maximumDepth) deep here; a rule file never needs that")
      }
      depth += 1
    }
    defer { if scalar == "{" || scalar == "[" { depth -= 1 } }
    switch scalar {
    case "{": value = .object(try parseObject())
    case "[": value = .array(try parseArray())
    case "\"", "'": value = .string(try parseString())
    case "-", "+", ".", "0"..."9": value = .number(try parseNumber())
    default:
      if isIdentifierStart(scalar) {
        let word = parseIdentifier()
        switch word {
        case "true": value = .bool(true)
        case "false": value = .bool(false)
        case "null": value = .null
        case "Infinity": value = .number(.infinity)
        case "NaN": value = .number(.nan)
        default:
          throw JSON5SyntaxError(
            line: startLine, column: startColumn,
            message: "unexpected word '\(word)': text values need quotes, as in \"\(word)\"")
        }
      } else {
        throw error(
          "unexpected \(Self.describe(scalar)): expected a value (a string, number, object, list, true, false or null)"
        )
      }
    }
    return JSONNode(value: value, line: startLine, column: startColumn)
  }

  private mutating func parseObject() throws(JSON5SyntaxError) -> [JSONNode.Member] {
    let (openLine, openColumn) = (line, column)
    advance()
    var members: [JSONNode.Member] = []
    // A key given twice is refused: a hand-edited file would otherwise keep one of the two
    // silently, and which one was meant is the writer's call.
    var keyLines: [String: Int] = [:]
    while true {
      try skipBlank()
      guard let scalar = peek else {
        throw JSON5SyntaxError(
          line: openLine, column: openColumn,
          message: "this '{' is never closed; add a '}' where the object ends")
      }
      if scalar == "}" {
        advance()
        return members
      }
      let (keyLine, keyColumn) = (line, column)
      let key: String
      if scalar == "\"" || scalar == "'" {
        key = try parseString()
      } else if isIdentifierStart(scalar) {
        key = parseIdentifier()
      } else {
        throw error("unexpected \(Self.describe(scalar)): expected a key in quotes, or '}'")
      }
      if let first = keyLines.updateValue(keyLine, forKey: key) {
        throw JSON5SyntaxError(
          line: keyLine, column: keyColumn,
          message: "\"\(key)\" is given twice (also on line \(first)); keep the one you mean")
      }
      try skipBlank()
      guard peek == ":" else {
        throw error("expected ':' after the key \"\(key)\"")
      }
      advance()
      try skipBlank()
      let value = try parseValue()
      members.append(JSONNode.Member(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
      try skipBlank()
      switch peek {
      case ",": advance()
      case "}": continue
      case nil: continue
      default:
        throw error("expected ',' or '}' after the value of \"\(key)\"; is a comma missing?")
      }
    }
  }

  private mutating func parseArray() throws(JSON5SyntaxError) -> [JSONNode] {
    let (openLine, openColumn) = (line, column)
    advance()
    var elements: [JSONNode] = []
    while true {
      try skipBlank()
      guard let scalar = peek else {
        throw JSON5SyntaxError(
          line: openLine, column: openColumn,
          message: "this '[' is never closed; add a ']' where the list ends")
      }
      if scalar == "]" {
        advance()
        return elements
      }
      elements.append(try parseValue())
      try skipBlank()
      switch peek {
      case ",": advance()
      case "]", nil: continue
      default:
        throw error("expected ',' or ']' after a list item; is a comma missing?")
      }
    }
  }

  private mutating func parseString() throws(JSON5SyntaxError) -> String {
    let (startLine, startColumn) = (line, column)
    guard let quote = peek else { throw error("expected a string") }
    advance()
    // Built as UTF-8 and made a String once: appending to a String scalar by scalar is slow.
    var text = UTF8Buffer()
    while true {
      guard let scalar = peek, scalar != "\n" else {
        throw JSON5SyntaxError(
          line: startLine, column: startColumn,
          message: "this string is never closed; add \(quote == "'" ? "'" : "\"") at its end")
      }
      advance()
      if scalar == quote { return text.string }
      if scalar != "\\" {
        text.append(scalar)
        continue
      }
      guard let escaped = peek else { continue }
      let (escapeLine, escapeColumn) = (line, column)
      advance()
      switch escaped {
      case "n": text.append("\n")
      case "t": text.append("\t")
      case "r": text.append("\r")
      case "b": text.append("\u{8}")
      case "f": text.append("\u{C}")
      case "0": text.append("\u{0}")
      case "\n": break  // a backslash before a line break continues the string
      case "u":
        var code: UInt32 = 0
        for _ in 0..<4 {
          guard let digit = peek, let value = hexValue(digit) else {
            throw JSON5SyntaxError(
              line: escapeLine, column: escapeColumn - 1,
              message: "\\u must be followed by four hex digits")
          }
          code = code * 16 + value
          advance()
        }
        // A surrogate pair written as two \u escapes.
        if (0xD800...0xDBFF).contains(code), peek == "\\", peek(at: 1) == "u" {
          advance()
          advance()
          var low: UInt32 = 0
          for _ in 0..<4 {
            guard let digit = peek, let value = hexValue(digit) else { break }
            low = low * 16 + value
            advance()
          }
          code = 0x10000 + ((code - 0xD800) << 10) + (low &- 0xDC00)
        }
        if let decoded = Unicode.Scalar(code) { text.append(decoded) }
      default: text.append(escaped)
      }
    }
  }

  private mutating func parseNumber() throws(JSON5SyntaxError) -> Double {
    let (startLine, startColumn) = (line, column)
    var text = ""
    var isNegative = false
    if peek == "+" || peek == "-" {
      isNegative = peek == "-"
      advance()
    }
    if peek == "I" {
      let word = parseIdentifier()
      guard word == "Infinity" else {
        throw JSON5SyntaxError(line: startLine, column: startColumn, message: "'\(word)' is not a number")
      }
      return isNegative ? -.infinity : .infinity
    }
    if peek == "0", peek(at: 1) == "x" || peek(at: 1) == "X" {
      advance()
      advance()
      var value = 0.0
      var digits = 0
      while let scalar = peek, let digit = hexValue(scalar) {
        value = value * 16 + Double(digit)
        digits += 1
        advance()
      }
      if digits == 0 { throw error("0x must be followed by hex digits") }
      return isNegative ? -value : value
    }
    while let scalar = peek, ("0"..."9").contains(scalar) || ".eE+-".unicodeScalars.contains(scalar) {
      // `+`/`-` belong to the number only right after an exponent mark.
      if (scalar == "+" || scalar == "-"), !(text.hasSuffix("e") || text.hasSuffix("E")) { break }
      text.unicodeScalars.append(scalar)
      advance()
    }
    if text.hasPrefix(".") { text = "0" + text }
    if text.hasSuffix(".") { text += "0" }
    guard let value = Double(text) else {
      throw JSON5SyntaxError(
        line: startLine, column: startColumn, message: "'\(text)' is not a number")
    }
    return isNegative ? -value : value
  }

  private mutating func parseIdentifier() -> String {
    var word = UTF8Buffer()
    while let scalar = peek, isIdentifierStart(scalar) || ("0"..."9").contains(scalar) {
      word.append(scalar)
      advance()
    }
    return word.string
  }

  private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
        || scalar == "$"
    }
    return scalar.properties.isAlphabetic
  }

  /// Whitespace or a byte-order mark. Asks for Unicode properties only outside ASCII: a rule
  /// file is mostly indentation, and the property lookup costs far more than a comparison.
  private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case " ", "\n", "\t", "\r", "\u{B}", "\u{C}": return true
    case "\u{FEFF}": return true
    default: return !scalar.isASCII && scalar.properties.isWhitespace
    }
  }

  private func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
    switch scalar {
    case "0"..."9": scalar.value - 48
    case "a"..."f": scalar.value - 87
    case "A"..."F": scalar.value - 55
    default: nil
    }
  }
}

/// Text collected scalar by scalar as UTF-8 bytes.
private struct UTF8Buffer {
  private var bytes: [UInt8] = []

  mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.isASCII {
      bytes.append(UInt8(scalar.value))
    } else {
      bytes.append(contentsOf: String(scalar).utf8)
    }
  }

  var string: String { String(decoding: bytes, as: UTF8.self) }
}
