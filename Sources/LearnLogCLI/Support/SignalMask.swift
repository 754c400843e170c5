#if canImport(Glibc)
  import Glibc
#endif

/// Undoes a signal mask inherited from the parent.
///
/// A blocked signal stays blocked across `exec`: a parent that starts learnlog from a thread
/// with signals blocked (thread pools and some test runners do) left SIGTERM and SIGHUP pending
/// forever, so learnlog ignored them, and in a terminal Ctrl-C never reached the reader.
/// Dispositions are left alone: a signal ignored on purpose (`nohup`) stays ignored.
enum SignalMask {
  static let signals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP, SIGCONT]

  static func unblockTerminationSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in signals { sigaddset(&set, signal) }
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }
}
