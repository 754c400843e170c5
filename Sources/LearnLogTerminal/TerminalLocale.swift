import Glibc
import LearnLog

/// Makes the C library (and so readline) treat input as UTF-8.
public enum TerminalLocale {
  /// Fallbacks tried in order when the environment names no UTF-8 locale. `C.UTF-8` is built into
  /// glibc 2.35 and later, so it exists even where no locales are installed.
  static let fallbacks = ["C.UTF-8", "en_US.UTF-8"]

  /// Applies the environment's locale, then, when its character type is not UTF-8 (no locale,
  /// `LANG=C`, a locale that is not installed), switches only `LC_CTYPE` to a UTF-8 fallback.
  /// Without this, readline edits byte by byte: CJK input shows as octal escapes and Backspace
  /// deletes part of a character. Call it before creating a `ReadlineLineReader`.
  /// - Returns: the `LC_CTYPE` locale in effect afterwards.
  ///
  /// The fallback is also written to the environment (`LC_CTYPE`, with a non-UTF-8 `LC_ALL`
  /// moved to `LANG`), because readline sets `LC_CTYPE` again from `LC_ALL`/`LC_CTYPE`/`LANG`
  /// every time a line starts: with `LANG=C` it undid the fallback, turned eight-bit input
  /// into Meta keys, and CJK typed at the prompt vanished.
  @discardableResult
  public static func configure() -> String {
    _ = setlocale(LC_ALL, "")
    if !isUTF8 {
      for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
        if isUTF8 {
          exportCharacterType(name)
          break
        }
      }
    }
    return currentCharacterTypeLocale
  }

  /// Makes `name` what the environment says for `LC_CTYPE`, keeping the other categories.
  private static func exportCharacterType(_ name: String) {
    if let all = getenv("LC_ALL"), all.pointee != 0 {
      // LC_ALL overrides LC_CTYPE; as LANG it still sets every other category.
      setenv("LANG", all, 1)
      unsetenv("LC_ALL")
    }
    setenv("LC_CTYPE", name, 1)
  }

  /// Whether the current character-type locale is UTF-8.
  public static var isUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).lowercased().filter { $0 != "-" && $0 != "_" }
    return name == "utf8"
  }

  /// The name of the current `LC_CTYPE` locale.
  static var currentCharacterTypeLocale: String {
    guard let name = setlocale(LC_CTYPE, nil) else { return "C" }
    return String(cString: name)
  }
}
