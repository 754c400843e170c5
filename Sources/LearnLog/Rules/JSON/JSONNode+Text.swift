extension JSONNode {
  /// The value as standard JSON (no comments, keys quoted), for `rules show`. A list or object
  /// that fits in `width` columns stays on one line; longer ones get one item per line,
  /// indented by two spaces, so a condition reads the way a person would write it.
  func jsonText(width: Int = 80) -> String {
    jsonText(width: width, indent: "", column: 0)
  }

  /// `column` is where the value starts on its line (after the indent and any key).
  private func jsonText(width: Int, indent: String, column: Int) -> String {
    let flat = flatText
    if column + flat.count <= width { return flat }
    let inner = indent + "  "
    switch value {
    case .object(let members):
      let lines = members.map { member in
        let key = JSONNode.quoted(member.key) + ": "
        return inner + key
          + member.value.jsonText(width: width, indent: inner, column: inner.count + key.count)
      }
      return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
    case .array(let elements):
      let lines = elements.map {
        inner + $0.jsonText(width: width, indent: inner, column: inner.count)
      }
      return "[\n" + lines.joined(separator: ",\n") + "\n" + indent + "]"
    default:
      return flat
    }
  }

  /// The value on one line: `{"contains": ["i told", "@telling"]}`.
  var flatText: String {
    switch value {
    case .object(let members):
      if members.isEmpty { return "{}" }
      return "{"
        + members.map { JSONNode.quoted($0.key) + ": " + $0.value.flatText }
        .joined(separator: ", ") + "}"
    case .array(let elements):
      return "[" + elements.map(\.flatText).joined(separator: ", ") + "]"
    case .string(let text): return JSONNode.quoted(text)
    case .number:
      if let integer { return String(integer) }
      return number.map { String($0) } ?? "0"
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }

  /// `text` as a JSON string literal.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
