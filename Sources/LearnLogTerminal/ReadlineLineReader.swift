import CReadline
import Glibc
import LearnLog

/// Line editing on a terminal with GNU readline: arrows, Ctrl-A/E, Up-arrow and Ctrl-R over
/// earlier answers, Tab completion of in-conversation commands, CJK-aware editing.
///
/// It uses readline's callback interface driven by `poll()` on standard input and a self-pipe
/// fed by signal handlers, because Swift cannot `siglongjmp` out of a blocking `readline()`:
/// - Ctrl-C clears the line and shows a fresh prompt; the conversation goes on. A reader made
///   with `interruptBehaviour: .cancels` returns `.interrupted` instead, for prompts that Ctrl-C
///   should cancel.
/// - SIGTERM, SIGHUP and SIGQUIT (Ctrl-\) return `.hangup` with the text typed so far, terminal
///   restored.
/// - SIGWINCH redraws for the new size; Ctrl-Z suspends cleanly and `fg` redraws the line.
/// - A bracketed paste comes back as `.paste`, never as a command.
///
/// readline is process-wide: create one reader, and call `TerminalLocale.configure()` first.
/// The signal handlers are installed only while `readLine` runs, so between questions the
/// signals keep their usual effect.
public final class ReadlineLineReader: LineReader {
  public let isInteractive = true
  private let interruptBehaviour: InterruptBehaviour
  private let signalPipe: SignalPipe
  /// Set once the terminal hung up (or SIGTERM asked learnlog to leave).
  private var hasHungUp = false
  private var preloadedText: String?

  /// Prepares readline. `commands` (such as `/back`, `/done`) are what Tab completes on a line
  /// that starts with `/`; nothing else is ever completed. `interruptBehaviour` says what Ctrl-C
  /// does.
  public init(
    commands: [String], interruptBehaviour: InterruptBehaviour = .clearsLine
  ) throws(TerminalError) {
    self.interruptBehaviour = interruptBehaviour
    signalPipe = try SignalPipe()
    learnlog_rl_configure()
    // Reads the user's inputrc now, once, so the bindings below take precedence over it.
    _ = rl_initialize()
    // Paste detection depends on bracketed paste, so keep it on even if the inputrc turned it off.
    _ = rl_variable_bind("enable-bracketed-paste", "on")
    // Otherwise readline binds the terminal's erase key (Backspace) to its own rubout each time
    // it prepares the terminal, over the character-wise one `ReadlineCallbacks` installs.
    _ = rl_variable_bind("bind-tty-special-chars", "off")
    ReadlineCallbacks.configure(commands: commands)
    using_history()
  }

  public func readLine(prompt: String) -> LineInput {
    // Once asked to leave, stay gone: a question asked while saving (resume this draft?) must
    // not wait for keys on a terminal that is closing, or after SIGTERM. Text meant for this
    // line is what it would have held, so it is handed back as the partial text to keep.
    if hasHungUp { return .hangup(partial: preloadedText.take() ?? "") }
    let prompt = PromptEscapes.wrappedForReadline(prompt)
    ReadlineCallbacks.reset()
    _ = signalPipe.drain()
    // sigaction only fails for invalid arguments; should it ever, reading on with the signals'
    // usual effects beats ending the conversation.
    _ = learnlog_signals_begin(signalPipe.writeEnd)
    defer {
      learnlog_signals_end()
      // A closing terminal often sends SIGHUP twice (the emulator, then the kernel's hangup of
      // the foreground group). The second must not kill learnlog while it saves what was typed.
      if hasHungUp { _ = signal(SIGHUP, SIG_IGN) }
    }
    // The terminal may have been resized while no handler was listening.
    rl_reset_screen_size()
    // Up-arrow starts from the newest answer again.
    using_history()
    ReadlineCallbacks.install(prompt: prompt)
    if let text = preloadedText.take(), !text.isEmpty {
      _ = rl_insert_text(text)
      rl_redisplay()
    }
    return waitForLine(prompt: prompt)
  }

  public func rememberAnswer(_ text: String) {
    guard !text.trimmed.isEmpty else { return }
    add_history(text)
  }

  public func forgetAnswers() {
    clear_history()
  }

  public func preload(_ text: String) {
    preloadedText = text
  }

  private func waitForLine(prompt: String) -> LineInput {
    var descriptors = [
      pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
      pollfd(fd: signalPipe.readEnd, events: Int16(POLLIN), revents: 0),
    ]
    while true {
      descriptors[0].revents = 0
      descriptors[1].revents = 0
      if poll(&descriptors, 2, -1) < 0 {
        if errno == EINTR { continue }
        return hangUp()
      }
      if descriptors[1].revents & Int16(POLLIN) != 0 {
        for signal in signalPipe.drain() {
          switch signal {
          case SIGINT where interruptBehaviour == .cancels:
            abandonLine()
            return .interrupted
          case SIGINT:
            abandonLine()
            ReadlineCallbacks.install(prompt: prompt)
          case SIGWINCH:
            rl_resize_terminal()
          case SIGTSTP:
            suspend(prompt: prompt)
          default:  // SIGTERM, SIGHUP, SIGQUIT
            TerminationSignal.record(signal)
            return hangUp()
          }
        }
      }
      let inputEvents = descriptors[0].revents
      // A hung-up terminal reads as end of file; report the hangup so the partial text is kept.
      if inputEvents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
        return hangUp()
      }
      if inputEvents & Int16(POLLIN) != 0 {
        rl_callback_read_char()
        if let (accepted, isPaste) = ReadlineCallbacks.takeAccepted() {
          return finish(accepted, isPaste: isPaste)
        }
      }
    }
  }

  private func finish(_ accepted: ReadlineCallbacks.Accepted, isPaste: Bool) -> LineInput {
    switch accepted {
    case .endOfInput:
      // readline leaves the cursor after the prompt; later output should start on its own line.
      FileDescriptorWriter.writeAll("\n", to: STDOUT_FILENO)
      return .endOfInput
    case .text(let text):
      let text = text.replacingLineBreaks()
      // A line break cannot be typed without a paste (or a deliberate Ctrl-V Ctrl-J, or a revised
      // pasted answer), and a multi-line answer is never a command: report it as a paste.
      if isPaste || text.contains("\n") {
        return .paste(text.droppingTrailingLineBreaks())
      }
      return .line(text)
    }
  }

  /// Ctrl-C: abandon the line (and any search or half-typed key sequence), showing "^C" after
  /// it, and restore the terminal; the caller installs a fresh prompt or stops reading.
  private func abandonLine() {
    // Leave an incremental search or half-read key sequence first, so the line shown with "^C"
    // is the coach's own line rather than a search prompt.
    rl_callback_sigcleanup()
    rl_free_line_state()
    learnlog_rl_move_to_end()
    // Before removing the handler: restoring the terminal ends bracketed-paste mode with a
    // carriage return, so anything written afterwards would overwrite the prompt.
    FileDescriptorWriter.writeAll("^C", to: STDOUT_FILENO)
    rl_callback_handler_remove()
    FileDescriptorWriter.writeAll("\n", to: STDOUT_FILENO)
    ReadlineCallbacks.reset()
    using_history()
  }

  /// Ctrl-Z: restore the terminal before stopping, and on `fg` prepare it again and redraw the
  /// prompt with the text typed so far. (Shells do not give a stopped program back its terminal
  /// modes, so without this the line would be echoed twice and edited in cooked mode.)
  private func suspend(prompt: String) {
    let text = String(cString: learnlog_rl_line_buffer())
    let point = learnlog_rl_point()
    learnlog_rl_move_to_end()
    rl_callback_sigcleanup()
    rl_callback_handler_remove()
    FileDescriptorWriter.writeAll("\n", to: STDOUT_FILENO)
    learnlog_suspend_self()
    rl_reset_screen_size()
    ReadlineCallbacks.install(prompt: prompt)
    if !text.isEmpty {
      _ = rl_insert_text(text)
      learnlog_rl_set_point(point)
      rl_redisplay()
    }
  }

  /// SIGTERM, SIGHUP or a vanished terminal: keep what was typed, restore the terminal.
  private func hangUp() -> LineInput {
    hasHungUp = true
    let partial = String(cString: learnlog_rl_line_buffer()).replacingLineBreaks()
    learnlog_rl_move_to_end()
    rl_free_line_state()
    rl_callback_sigcleanup()
    rl_callback_handler_remove()
    FileDescriptorWriter.writeAll("\n", to: STDOUT_FILENO)
    ReadlineCallbacks.reset()
    return .hangup(partial: partial)
  }
}

extension Optional {
  /// The value, leaving nil behind.
  fileprivate mutating func take() -> Wrapped? {
    defer { self = nil }
    return self
  }
}

extension String {
  /// CRLF and lone CR (some terminals send CR inside a paste) become `\n`.
  fileprivate func replacingLineBreaks() -> String {
    guard contains(where: { $0 == "\r" || $0 == "\r\n" }) else { return self }
    var result = ""
    for character in self {
      result.append(character == "\r" || character == "\r\n" ? "\n" : character)
    }
    return result
  }

  fileprivate func droppingTrailingLineBreaks() -> String {
    var result = self
    while result.last == "\n" { result.removeLast() }
    return result
  }
}
