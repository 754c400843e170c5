/// `rules list`: every rule the coach has, built-in or their own, with where each comes from,
/// including the built-in rules their file turns off.
public struct RuleCatalog: Sendable, Equatable {
  /// Where a rule in use comes from.
  public enum Source: String, Sendable, Equatable {
    /// The built-in pack, unchanged.
    case builtIn = "built-in"
    /// A rule the user's file adds.
    case userFile = "user file"
    /// A built-in rule the user's file replaces (same id).
    case replaced = "replaced"
  }

  /// One row of the listing.
  public struct Item: Sendable, Equatable {
    /// The rule in use; for a disabled rule, the definition that would apply.
    public var rule: Rule
    public var source: Source
    /// True when a `disable` list turns the rule off.
    public var isDisabled: Bool
  }

  public var items: [Item]

  /// The rules of `ruleSet` (the built-in pack plus a user file) compared with `builtIn`: the
  /// built-in rules first, in pack order, then the user's own, in file order.
  public init(_ ruleSet: RuleSet, builtIn: RuleSet) {
    var items: [Item] = []
    let builtInIDs = Set(builtIn.rules.map(\.id))
    for original in builtIn.rules {
      if let active = ruleSet.rule(id: original.id) {
        let isReplaced = active.location.file != original.location.file
        items.append(
          Item(rule: active, source: isReplaced ? .replaced : .builtIn, isDisabled: false))
      } else {
        items.append(Item(rule: original, source: .builtIn, isDisabled: true))
      }
    }
    for rule in ruleSet.rules where !builtInIDs.contains(rule.id) {
      items.append(Item(rule: rule, source: .userFile, isDisabled: false))
    }
    self.items = items
  }

  /// The item for `id`, active or disabled.
  public func item(id: String) -> Item? {
    items.first { $0.rule.id == id }
  }
}
