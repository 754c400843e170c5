/// Quoting for POSIX shells, for every path or word learnlog puts into a command it prints or
/// generates: the text in single quotes, each `'` in it written `'\''` (`it's` → `'it'\''s'`).
/// Inside single quotes nothing is special, so `$(…)`, backquotes and spaces stay text.
/// With `keepingPlain`, a word of only letters, digits and `/._-+,:@` is left as it is.
func shellQuoted(_ text: String, keepingPlain: Bool = false) -> String {
  let isPlain =
    !text.isEmpty
    && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+,:@".contains($0)) }
  if keepingPlain && isPlain { return text }
  return "'" + text.replacingEvery("'", with: "'\\''") + "'"
}
