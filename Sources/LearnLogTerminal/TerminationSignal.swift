import Glibc
import Synchronization

/// The SIGTERM, SIGHUP or SIGQUIT that a reader turned into a hangup.
///
/// The reader catches those signals while a line is being typed so that the half-typed text
/// can be saved; once it is, the program ends by the same signal (`endIfReceived`), so whatever
/// sent it (a shell, a service manager, a closing terminal) sees the process end by it rather
/// than exit 0 as if the coach had finished.
public enum TerminationSignal {
  private static let received = Mutex<Int32?>(nil)

  static func record(_ number: Int32) {
    received.withLock { $0 = $0 ?? number }
  }

  /// The signal recorded, if any.
  public static var pending: Int32? { received.withLock { $0 } }

  /// Ends the process by the recorded signal, with its default effect; returns when none was.
  public static func endIfReceived() {
    guard let number = pending else { return }
    fflush(nil)
    // Ctrl-\ asked to quit, not for a core dump of a process that has saved everything.
    if number == SIGQUIT { exit(128 + SIGQUIT) }
    _ = signal(number, SIG_DFL)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, number)
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
    _ = raise(number)
  }
}
