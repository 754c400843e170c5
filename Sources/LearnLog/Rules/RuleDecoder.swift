/// Turns the JSON of a rule file into rules, collecting every problem (with its place) instead
/// of stopping at the first, so `rules lint` can list them all.
struct RuleDecoder {
  let file: String
  /// The word lists every file has defined so far, by name.
  var wordLists: [String: WordList]
  var errors: [RuleError] = []
  /// The id of the rule being read, for messages.
  var ruleID = ""
  private var compiledLists: [String: [Pattern]] = [:]

  init(file: String, wordLists: [String: WordList]) {
    self.file = file
    self.wordLists = wordLists
  }

  func location(_ node: JSONNode) -> SourceLocation {
    SourceLocation(file: file, line: node.line, column: node.column)
  }

  func location(of member: JSONNode.Member) -> SourceLocation {
    SourceLocation(file: file, line: member.keyLine, column: member.keyColumn)
  }

  mutating func fail(_ error: RuleError) {
    errors.append(error)
  }

  /// The members of an object node, reporting a non-object and any key not in `allowed`.
  mutating func members(_ node: JSONNode, field: String, allowed: [String]) -> [JSONNode.Member]? {
    guard let members = node.members else {
      fail(.invalidValue(location(node), field: field, expected: "an object", found: node.kindName))
      return nil
    }
    for member in members where !allowed.contains(member.key) {
      fail(.unknownField(location(of: member), field: member.key, allowed: allowed))
    }
    return members
  }

  mutating func string(_ node: JSONNode, field: String) -> String? {
    guard let text = node.string else {
      fail(.invalidValue(location(node), field: field, expected: "a string", found: node.kindName))
      return nil
    }
    return text
  }

  mutating func integer(_ node: JSONNode, field: String, atLeast minimum: Int = 0) -> Int? {
    guard let value = node.integer, value >= minimum else {
      fail(
        .invalidValue(
          location(node), field: field, expected: "a whole number of at least \(minimum)",
          found: node.number.map { "\($0)" } ?? node.kindName))
      return nil
    }
    return value
  }

  mutating func fraction(_ node: JSONNode, field: String, upTo maximum: Double = 1) -> Double? {
    guard let value = node.number, value >= 0, value <= maximum else {
      fail(
        .invalidValue(
          location(node), field: field, expected: "a number from 0 to \(maximum)",
          found: node.number.map { "\($0)" } ?? node.kindName))
      return nil
    }
    return value
  }

  mutating func strings(_ node: JSONNode, field: String) -> [String]? {
    if let single = node.string { return [single] }
    guard let elements = node.elements else {
      fail(
        .invalidValue(
          location(node), field: field, expected: "a string or a list of strings",
          found: node.kindName))
      return nil
    }
    return elements.compactMap { string($0, field: field) }
  }

  /// A step named in `appliesTo` or `otherAnswer`.
  mutating func scope(_ node: JSONNode, field: String) -> RuleScope? {
    let name = node.integer.map(String.init) ?? node.string
    guard let name else {
      fail(
        .invalidValue(
          location(node), field: field, expected: "a question number or a step name",
          found: node.kindName))
      return nil
    }
    guard let scope = RuleScope(id: name) else {
      fail(.unknownStep(location(node), step: name))
      return nil
    }
    return scope
  }

  /// A pattern list: `"@list"`, `"a phrase"`, `["a", "@list"]`, or
  /// `{"patterns": [...], "label": "feeling word"}`.
  mutating func patternList(_ node: JSONNode, field: String) -> PatternList? {
    var label: String?
    var listNode = node
    if let members = members(ifObject: node, field: field, allowed: ["patterns", "label"]) {
      guard let patterns = members.first(where: { $0.key == "patterns" })?.value else {
        fail(.missingField(location(node), field: "patterns", context: "\"\(field)\""))
        return nil
      }
      listNode = patterns
      if let labelNode = members.first(where: { $0.key == "label" })?.value {
        label = string(labelNode, field: "label")
      }
    }
    let items: [JSONNode]
    if let elements = listNode.elements {
      items = elements
    } else if listNode.string != nil {
      items = [listNode]
    } else {
      fail(
        .invalidValue(
          location(listNode), field: field, expected: "a pattern, @list or a list of them",
          found: listNode.kindName))
      return nil
    }
    var patterns: [Pattern] = []
    var listNames: [String] = []
    for item in items {
      guard let source = string(item, field: field) else { continue }
      if source.hasPrefix("@") {
        let name = String(source.dropFirst())
        guard let compiled = compiledList(named: name, at: location(item)) else { continue }
        patterns += compiled
        listNames.append(name)
      } else {
        do {
          patterns.append(try Pattern(source))
        } catch {
          fail(.badPattern(location(item), pattern: error.pattern, reason: error.reason))
        }
      }
    }
    if items.isEmpty {
      fail(.invalidValue(location(listNode), field: field, expected: "at least one pattern", found: "an empty list"))
      return nil
    }
    let defaultLabel: String
    if listNames.count == 1, items.count == 1, let list = wordLists[listNames[0]] {
      defaultLabel = list.label ?? "word from @\(listNames[0])"
    } else {
      let sources = items.compactMap(\.string)
      defaultLabel = sources.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
        + (sources.count > 3 ? "…" : "")
    }
    return PatternList(matcher: PatternMatcher(patterns), label: label ?? defaultLabel)
  }

  private mutating func members(ifObject node: JSONNode, field: String, allowed: [String])
    -> [JSONNode.Member]?
  {
    guard node.members != nil else { return nil }
    return members(node, field: field, allowed: allowed)
  }

  /// A word list's patterns, compiled the first time a rule uses it.
  private mutating func compiledList(named name: String, at place: SourceLocation) -> [Pattern]? {
    if let compiled = compiledLists[name] { return compiled }
    guard let list = wordLists[name] else {
      fail(.unknownWordList(place, name: name))
      return nil
    }
    var compiled: [Pattern] = []
    for word in list.words {
      do {
        compiled.append(try Pattern(word.text))
      } catch {
        fail(.badPattern(word.location, pattern: error.pattern, reason: error.reason))
      }
    }
    compiledLists[name] = compiled
    return compiled
  }

  /// A condition: an object with exactly one key naming its kind.
  mutating func condition(_ node: JSONNode, field: String = "when") -> Condition? {
    guard let members = node.members else {
      fail(.invalidValue(location(node), field: field, expected: "a condition object", found: node.kindName))
      return nil
    }
    guard members.count == 1, let member = members.first else {
      fail(
        .invalidValue(
          location(node), field: field, expected: "an object with exactly one condition kind",
          found: members.isEmpty ? "an empty object" : "\(members.count) keys (wrap them in \"all\")"))
      return nil
    }
    return Condition.decode(kind: member.key, member.value, at: location(of: member), in: &self)
  }
}
