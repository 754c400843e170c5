/// A small, strict well-formedness check for the HTML the reports write: every tag closed in
/// order (void elements excepted), attribute values quoted, no raw `<` or stray `&` in text,
/// exactly one doctype, html, head and body. Returns the problems found, empty when sound, and
/// the ids of the elements seen.
struct HTMLChecker {
  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
  ]
  /// SVG shapes the reports write as explicit pairs or self-closed.
  static let selfClosable: Set<String> = ["rect", "path", "circle", "line", "polyline"]

  private(set) var problems: [String] = []
  private(set) var ids: [String] = []
  private(set) var elementCounts: [String: Int] = [:]

  init(_ html: String) {
    check(Array(html.unicodeScalars))
  }

  private mutating func check(_ text: [Unicode.Scalar]) {
    var stack: [String] = []
    var index = 0
    var sawDoctype = false
    var inRawText: String?
    func line(_ at: Int) -> Int { text[..<at].filter { $0 == "\n" }.count + 1 }
    while index < text.count {
      let scalar = text[index]
      if inRawText != nil, scalar != "<" {
        index += 1
        continue
      }
      if scalar == "&" {
        var end = index + 1
        while end < text.count, end - index < 12, text[end] != ";", text[end] != " " { end += 1 }
        let name = String(String.UnicodeScalarView(text[(index + 1)..<min(end, text.count)]))
        let known = ["amp", "lt", "gt", "quot", "#39", "nbsp"]
        if end >= text.count || text[end] != ";" || !(known.contains(name) || name.hasPrefix("#")) {
          problems.append("line \(line(index)): a bare & (not an entity)")
        }
        index += 1
        continue
      }
      guard scalar == "<" else {
        if scalar == ">" { problems.append("line \(line(index)): a bare > in text") }
        index += 1
        continue
      }
      // A tag.
      guard let close = text[index...].firstIndex(of: ">") else {
        problems.append("line \(line(index)): a < that never closes")
        return
      }
      let body = String(String.UnicodeScalarView(text[(index + 1)..<close]))
      index = close + 1
      if let raw = inRawText {
        guard body == "/" + raw else { problems.append("a < inside <\(raw)>"); continue }
        inRawText = nil
        _ = stack.popLast()
        continue
      }
      if body.hasPrefix("!") {
        if body.lowercased() == "!doctype html" {
          if sawDoctype || !stack.isEmpty { problems.append("a misplaced doctype") }
          sawDoctype = true
        } else {
          problems.append("line \(line(close)): unexpected markup <\(body)>")
        }
        continue
      }
      if body.hasPrefix("/") {
        let name = String(body.dropFirst())
        guard let open = stack.popLast() else {
          problems.append("line \(line(close)): </\(name)> closes nothing")
          continue
        }
        if open != name { problems.append("line \(line(close)): </\(name)> closes <\(open)>") }
        continue
      }
      let selfClosed = body.hasSuffix("/")
      let inner = selfClosed ? String(body.dropLast()) : body
      let name = String(inner.prefix { $0 != " " && $0 != "\n" })
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else {
        problems.append("line \(line(close)): a malformed tag <\(body)>")
        continue
      }
      checkAttributes(String(inner.dropFirst(name.count)), tag: name, line: line(close))
      elementCounts[name, default: 0] += 1
      if name == "title", stack.last == "head" { elementCounts["head title", default: 0] += 1 }
      if Self.voidElements.contains(name) { continue }
      if selfClosed {
        if !Self.selfClosable.contains(name) { problems.append("<\(name)/> may not close itself") }
        continue
      }
      stack.append(name)
      if name == "style" || name == "script" { inRawText = name }
    }
    if !stack.isEmpty { problems.append("unclosed: " + stack.joined(separator: ", ")) }
    if !sawDoctype { problems.append("no doctype") }
    for name in ["html", "head", "body", "head title"] where elementCounts[name] != 1 {
      problems.append("<\(name)> appears \(elementCounts[name] ?? 0) times")
    }
  }

  /// `name="value"` pairs (or bare names); values double-quoted with no raw `<` or `"`.
  private mutating func checkAttributes(_ text: String, tag: String, line: Int) {
    var rest = Substring(text)
    while true {
      rest = rest.drop { $0 == " " || $0 == "\n" }
      if rest.isEmpty { return }
      let name = rest.prefix { $0 != "=" && $0 != " " }
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == ":" }) else {
        problems.append("line \(line): a bad attribute in <\(tag)>: \(rest)")
        return
      }
      rest = rest.dropFirst(name.count)
      guard rest.first == "=" else { continue }
      rest = rest.dropFirst()
      guard rest.first == "\"", let end = rest.dropFirst().firstIndex(of: "\"") else {
        problems.append("line \(line): an unquoted value for \(name) in <\(tag)>")
        return
      }
      let value = rest[rest.index(after: rest.startIndex)..<end]
      if value.contains("<") { problems.append("line \(line): a raw < in \(name)") }
      if name == "id" { ids.append(String(value)) }
      rest = rest[rest.index(after: end)...]
    }
  }
}
