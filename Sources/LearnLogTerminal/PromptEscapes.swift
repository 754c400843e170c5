import LearnLog

/// Prepares coloured prompts for readline and removes colour for plain output.
public enum PromptEscapes {
  /// Readline's marker before text that takes no room on screen (RL_PROMPT_START_IGNORE).
  public static let startIgnore: Character = "\u{01}"
  /// Readline's marker after text that takes no room on screen (RL_PROMPT_END_IGNORE).
  public static let endIgnore: Character = "\u{02}"

  /// Wraps every escape sequence in `\u{01}` … `\u{02}` so readline counts the prompt's width
  /// right; without it, a coloured prompt makes long lines wrap early and Ctrl-A land off by the
  /// length of the colour codes. Regions that are already wrapped are left as they are.
  public static func wrappedForReadline(_ prompt: String) -> String {
    var result = ""
    var isInsideIgnoredRegion = false
    for segment in EscapeSequence.segments(of: prompt) {
      switch segment {
      case .escape(let sequence):
        if isInsideIgnoredRegion {
          result += sequence
        } else {
          result.append(startIgnore)
          result += sequence
          result.append(endIgnore)
        }
      case .text(let text):
        for scalar in text.unicodeScalars {
          if scalar == "\u{01}" { isInsideIgnoredRegion = true }
          if scalar == "\u{02}" { isInsideIgnoredRegion = false }
        }
        result += text
      }
    }
    return result
  }

  /// `text` without escape sequences and readline's ignore markers: what a pipe should receive.
  public static func stripped(_ text: String) -> String {
    var result = ""
    for case .text(let text) in EscapeSequence.segments(of: text) {
      result.unicodeScalars.append(
        contentsOf: text.unicodeScalars.lazy.filter { $0 != "\u{01}" && $0 != "\u{02}" })
    }
    return result
  }
}
