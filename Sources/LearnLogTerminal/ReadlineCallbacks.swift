import CReadline
import Glibc
import LearnLog
import Synchronization

/// The C callbacks readline calls, and the state they share with `ReadlineLineReader`.
///
/// readline takes plain C function pointers, which cannot capture a reader, so results travel
/// through one process-wide state. It sits in a `Mutex` rather than a `nonisolated(unsafe)`
/// global: readline only ever calls back on the thread that drives it, so the lock is never
/// contended and costs nothing noticeable, but the compiler can then prove the access safe
/// instead of taking our word for it. (Signal handlers cannot take locks, which is why the signal
/// side lives in the C shim instead.)
enum ReadlineCallbacks {
  /// What the line handler received.
  enum Accepted: Equatable {
    case text(String)
    case endOfInput
  }

  struct State: ~Copyable {
    var accepted: Accepted?
    /// Set by the bracketed-paste binding; cleared when a new line starts.
    var isPaste = false
    var commands: [String] = []
    var completionMatches: [String] = []
    var completionIndex = 0
  }

  static let state = Mutex(State())

  /// Installs the line handler with `prompt` and starts a fresh, empty line.
  static func install(prompt: String) {
    rl_callback_handler_install(prompt) { line in
      // readline hands over a malloc'd buffer (or NULL for Ctrl-D on an empty line).
      // `String(cString:)` replaces invalid UTF-8 with U+FFFD instead of failing.
      let accepted: Accepted
      if let line {
        accepted = .text(String(cString: line))
        free(line)
      } else {
        accepted = .endOfInput
      }
      ReadlineCallbacks.state.withLock { $0.accepted = accepted }
      // Without this, readline would immediately start the next line and print the prompt again.
      rl_callback_handler_remove()
    }
  }

  /// Removes and returns what the line handler received, if anything.
  static func takeAccepted() -> (Accepted, isPaste: Bool)? {
    state.withLock { state in
      guard let accepted = state.accepted else { return nil }
      state.accepted = nil
      return (accepted, state.isPaste)
    }
  }

  /// Forgets a finished or abandoned line.
  static func reset() {
    state.withLock { state in
      state.accepted = nil
      state.isPaste = false
    }
  }

  /// Sets up completion of `commands` and paste detection. Call after `rl_initialize()`, so these
  /// bindings win over the user's inputrc.
  static func configure(commands: [String]) {
    state.withLock { $0.commands = commands }
    learnlog_rl_bind_paste_begin { count, key in
      ReadlineCallbacks.state.withLock { $0.isPaste = true }
      return rl_bracketed_paste_begin(count, key)
    }
    // Backspace, the arrows, Ctrl-B/F, Delete and Ctrl-D go by what the screen shows as one
    // character (`CharacterBoundaries`).
    learnlog_rl_bind_rubout { ReadlineCallbacks.deleteBackward($0, $1) }
    learnlog_rl_bind_character_keys(
      { ReadlineCallbacks.moveBackward($0, $1) },
      { ReadlineCallbacks.moveForward($0, $1) },
      { ReadlineCallbacks.deleteForward($0, $1) })
    learnlog_rl_set_completion(
      { text, start, _ in
        // Never fall back to filename completion, whatever happens below.
        learnlog_rl_set_attempted_completion_over(1)
        guard start == 0, let text, text.pointee == CChar(UInt8(ascii: "/")) else { return nil }
        return rl_completion_matches(text) { text, index in
          ReadlineCallbacks.nextCompletion(for: text, index: index)
        }
      },
      { _, _ in nil })
  }

  // The editing commands, with readline's calling convention: a count (negative turns the
  // direction around, as in readline) and the key. readline's own function acts at the line's
  // ends and for bytes that are not UTF-8.

  private static func moveBackward(_ count: Int32, _ key: Int32) -> Int32 {
    if count < 0 { return moveForward(-count, key) }
    guard let start = CharacterBoundaries.previous(Int(count), before: point, in: line) else {
      return rl_backward_char(count, key)
    }
    learnlog_rl_set_point(Int32(start))
    return 0
  }

  private static func moveForward(_ count: Int32, _ key: Int32) -> Int32 {
    if count < 0 { return moveBackward(-count, key) }
    guard let end = CharacterBoundaries.next(Int(count), after: point, in: line) else {
      return rl_forward_char(count, key)
    }
    learnlog_rl_set_point(Int32(end))
    return 0
  }

  private static func deleteBackward(_ count: Int32, _ key: Int32) -> Int32 {
    if count < 0 { return deleteForward(-count, key) }
    guard let start = CharacterBoundaries.previous(Int(count), before: point, in: line) else {
      return rl_rubout(count, key)
    }
    learnlog_rl_delete_before_point(Int32(start))
    return 0
  }

  /// Delete and Ctrl-D. Ctrl-D on an empty line ends input before any binding is looked up
  /// (a second Ctrl-D in a row reaches `rl_delete`, which rings the bell, as it always did).
  private static func deleteForward(_ count: Int32, _ key: Int32) -> Int32 {
    if count < 0 { return deleteBackward(-count, key) }
    guard let end = CharacterBoundaries.next(Int(count), after: point, in: line) else {
      return rl_delete(count, key)
    }
    learnlog_rl_delete_after_point(Int32(end))
    return 0
  }

  /// The cursor, in bytes into `line`.
  private static var point: Int { Int(learnlog_rl_point()) }

  /// The line being edited, as bytes; valid until readline next changes it.
  private static var line: UnsafeBufferPointer<UInt8> {
    let buffer = UnsafeRawPointer(learnlog_rl_line_buffer()).assumingMemoryBound(to: UInt8.self)
    return UnsafeBufferPointer(start: buffer, count: Int(learnlog_rl_end()))
  }

  /// readline's generator protocol: index 0 starts a new search, then one match per call, as a
  /// malloc'd string readline frees, until nil.
  private static func nextCompletion(
    for text: UnsafePointer<CChar>?, index: Int32
  ) -> UnsafeMutablePointer<CChar>? {
    let prefix = text.map { String(cString: $0) } ?? ""
    let match: String? = state.withLock { state in
      if index == 0 {
        state.completionMatches = state.commands.filter { $0.hasPrefix(prefix) }
        state.completionIndex = 0
      }
      guard state.completionIndex < state.completionMatches.count else { return nil }
      defer { state.completionIndex += 1 }
      return state.completionMatches[state.completionIndex]
    }
    return match.flatMap { strdup($0) }
  }
}
