/// A shell that `learnlog completion SHELL` can write a completion script for.
///
/// Every script completes commands, subcommands, options and flags from the command tree, and
/// asks `learnlog __complete-ids` for entry ids where an option or argument has the `.entryID`
/// completion kind. That hidden command prints one id per line, optionally followed by a tab
/// and a short description (zsh and fish show it).
public enum CompletionShell: String, Sendable, CaseIterable {
  case bash
  case zsh
  case fish

  /// The completion script for `root`'s command tree.
  public func script(for root: CommandSpec) -> String {
    let tree = CompletionTree(root: root)
    switch self {
    case .bash: return BashCompletionScript(tree: tree).render()
    case .zsh: return ZshCompletionScript(tree: tree).render()
    case .fish: return FishCompletionScript(tree: tree).render()
    }
  }
}
