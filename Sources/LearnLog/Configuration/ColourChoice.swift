/// When to use colour: `auto` (a terminal, without NO_COLOR or TERM=dumb), `always`, `never`.
public enum ColourChoice: String, Sendable, Equatable, CaseIterable {
  case auto
  case always
  case never
}
