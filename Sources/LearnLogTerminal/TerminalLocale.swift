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
  @discardableResult
  public static func configure() -> String {
    _ = setlocale(LC_ALL, "")
    if !isUTF8 {
      for name in fallbacks where setlocale(LC_CTYPE, name) != nil {
        if isUTF8 {
          publish(name)
          break
        }
      }
    }
    return currentCharacterTypeLocale
  }

  /// readline's initialisation sets `LC_CTYPE` again from `LC_ALL`, `LC_CTYPE` or `LANG` in the
  /// environment, which would undo the fallback under `LANG=C` (a first CJK character then
  /// arrived mangled). Putting the fallback in the environment keeps it, and an editor started
  /// by `/edit` reads UTF-8 too.
  private static func publish(_ name: String) {
    if let all = getenv("LC_ALL"), String(cString: all) != "" {
      // LC_ALL overrides every category: keep its other choices out of the way of LC_CTYPE.
      // Copied before unsetenv, which may release the string `all` points into.
      let previous = String(cString: all)
      unsetenv("LC_ALL")
      for category in ["LC_COLLATE", "LC_MESSAGES", "LC_MONETARY", "LC_NUMERIC", "LC_TIME"]
      where getenv(category) == nil {
        setenv(category, previous, 1)
      }
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
