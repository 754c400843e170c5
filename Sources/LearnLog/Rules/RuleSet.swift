/// Rules compiled from one or more files, later files overriding earlier ones: the built-in pack
/// first, then the user's file.
public struct RuleSet: Sendable, Equatable {
  /// Every active rule, in file order (the order breaks priority ties).
  public private(set) var rules: [Rule]
  public private(set) var settings: RuleSettings
  public private(set) var wordLists: [String: WordList]
  /// Ids turned off by a `disable` list.
  public private(set) var disabled: Set<String>

  public init() {
    rules = []
    settings = RuleSettings()
    wordLists = [:]
    disabled = []
  }

  /// The rule with `id`, if active.
  public func rule(id: String) -> Rule? {
    rules.first { $0.id == id }
  }

  /// Compiles `files` in order. A rule with a problem is left out and the problem returned; a
  /// file with problems never stops the others from loading.
  public static func compile(_ files: [RuleFile]) -> (rules: RuleSet, problems: [RuleError]) {
    var set = RuleSet()
    var problems: [RuleError] = []
    // Word lists first, from every file, so a user's list can change the built-in rules too.
    for file in files {
      problems += set.readWordLists(of: file)
    }
    for file in files {
      problems += set.readSettings(of: file)
      problems += set.readRules(of: file)
      problems += set.readDisabled(of: file)
    }
    return (set, problems)
  }

  private mutating func readWordLists(of file: RuleFile) -> [RuleError] {
    var decoder = RuleDecoder(file: file.name, wordLists: wordLists)
    for field in ["wordLists", "extendWordLists"] {
      guard let node = file.root[field] else { continue }
      guard let members = node.members else {
        decoder.fail(
          .invalidValue(
            decoder.location(node), field: field, expected: "an object of named lists",
            found: node.kindName))
        continue
      }
      for member in members {
        guard let list = wordList(member.value, named: member.key, in: &decoder) else { continue }
        if field == "wordLists" {
          wordLists[member.key] = list
        } else if var existing = wordLists[member.key] {
          existing.words += list.words
          wordLists[member.key] = existing
        } else {
          decoder.fail(.unknownWordList(decoder.location(of: member), name: member.key))
        }
      }
    }
    return decoder.errors
  }

  /// A list: `["word", …]` or `{"label": "feeling word", "words": ["…"]}`.
  private func wordList(_ node: JSONNode, named name: String, in decoder: inout RuleDecoder)
    -> WordList?
  {
    var label: String?
    var wordsNode = node
    if node.members != nil {
      guard
        let members = decoder.members(node, field: name, allowed: ["label", "words"]),
        let words = members.first(where: { $0.key == "words" })?.value
      else {
        decoder.fail(.missingField(decoder.location(node), field: "words", context: "word list \"\(name)\""))
        return nil
      }
      if let labelNode = members.first(where: { $0.key == "label" })?.value {
        label = decoder.string(labelNode, field: "label")
      }
      wordsNode = words
    }
    guard let elements = wordsNode.elements else {
      decoder.fail(
        .invalidValue(
          decoder.location(wordsNode), field: name, expected: "a list of patterns",
          found: wordsNode.kindName))
      return nil
    }
    var words: [WordList.Word] = []
    for element in elements {
      guard let text = decoder.string(element, field: name) else { continue }
      if text.hasPrefix("@") {
        decoder.fail(
          .badPattern(
            decoder.location(element), pattern: text,
            reason: "a word list cannot include another list; list its words"))
        continue
      }
      words.append(WordList.Word(text: text, location: decoder.location(element)))
    }
    return WordList(words: words, label: label, location: decoder.location(node))
  }

  private mutating func readSettings(of file: RuleFile) -> [RuleError] {
    guard let node = file.root["settings"] else { return [] }
    var decoder = RuleDecoder(file: file.name, wordLists: wordLists)
    let members = decoder.members(node, field: "settings", allowed: ["maxFollowUpsPerAnswer"])
    if let value = members?.first(where: { $0.key == "maxFollowUpsPerAnswer" })?.value {
      if let count = value.integer, (1...RuleSettings.followUpLimit).contains(count) {
        settings.maxFollowUpsPerAnswer = count
      } else {
        decoder.fail(
          .invalidValue(
            decoder.location(value), field: "maxFollowUpsPerAnswer",
            expected: "1 or \(RuleSettings.followUpLimit)",
            found: value.number.map { "\($0)" } ?? value.kindName))
      }
    }
    return decoder.errors
  }

  private mutating func readRules(of file: RuleFile) -> [RuleError] {
    guard let node = file.root["rules"] else { return [] }
    var decoder = RuleDecoder(file: file.name, wordLists: wordLists)
    guard let elements = node.elements else {
      decoder.fail(
        .invalidValue(decoder.location(node), field: "rules", expected: "a list", found: node.kindName))
      return decoder.errors
    }
    var firstLines: [String: Int] = [:]
    for element in elements {
      guard let rule = RuleReader.rule(element, in: &decoder) else { continue }
      if let firstLine = firstLines[rule.id] {
        decoder.fail(.duplicateID(rule.location, id: rule.id, firstLine: firstLine))
        continue
      }
      firstLines[rule.id] = rule.location.line
      if let index = rules.firstIndex(where: { $0.id == rule.id }) {
        rules[index] = rule
      } else {
        rules.append(rule)
      }
      disabled.remove(rule.id)
    }
    // Top-level keys are checked here, once per file.
    if let members = file.root.members {
      for member in members where !RuleFile.topLevelFields.contains(member.key) {
        decoder.fail(
          .unknownField(
            decoder.location(of: member), field: member.key, allowed: RuleFile.topLevelFields))
      }
    }
    return decoder.errors
  }

  private mutating func readDisabled(of file: RuleFile) -> [RuleError] {
    guard let node = file.root["disable"] else { return [] }
    var decoder = RuleDecoder(file: file.name, wordLists: wordLists)
    guard let elements = node.elements else {
      decoder.fail(
        .invalidValue(
          decoder.location(node), field: "disable", expected: "a list of rule ids",
          found: node.kindName))
      return decoder.errors
    }
    for element in elements {
      guard let id = decoder.string(element, field: "disable") else { continue }
      if rules.contains(where: { $0.id == id }) {
        rules.removeAll { $0.id == id }
        disabled.insert(id)
      } else if !disabled.contains(id) {
        decoder.fail(.unknownRule(decoder.location(element), id: id))
      }
    }
    return decoder.errors
  }
}
