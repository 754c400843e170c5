import LearnLog
import LearnLogStore

/// A failure a command reports in one line (exit status 1; 130 for `interrupted`). Messages name what went wrong and
/// what to do, and never carry answer text.
enum CLIError: Error, Equatable {
  case store(StoreError)
  case entryNotFound(Int64)
  case noDraftToResume
  case cannotReadFile(path: String, reason: String)
  case cannotWriteFile(path: String, reason: String)
  case importFailed(path: String, reason: String)
  /// A reflection identical to entry `existing` (same kind, date, coachee and answers): refused,
  /// or (`--dry-run`) would be.
  case alreadyImported(path: String, existing: Int64, isDryRun: Bool)
  case notInteractive(String)
  case other(String)
  /// Ctrl-C at a question the command asked (`FieldPrompter`): nothing was changed. Exit
  /// status 130, as for a program ended by SIGINT.
  case interrupted
  /// The command already said what is wrong (as `doctor` does); exit 1 with no further line.
  case silentFailure

  var message: String {
    switch self {
    case .store(let error): error.message
    case .entryNotFound(let id): StoreError.entryNotFound(id: id).message
    case .noDraftToResume:
      "there is no unfinished reflection to resume; start one with `learnlog reflect`"
    case .cannotReadFile(let path, let reason): "cannot read \(path): \(reason)"
    case .cannotWriteFile(let path, let reason): "cannot write \(path): \(reason)"
    case .importFailed(let path, let reason): "cannot import \(path): \(reason); nothing was stored"
    case .alreadyImported(let path, let existing, let isDryRun):
      "\(isDryRun ? "would refuse" : "refused") to import \(path): entry \(existing) already has "
        + "the same kind, date, coachee and answers (`learnlog show \(existing)`); nothing was stored"
    case .notInteractive(let text): text
    case .other(let text): text
    case .interrupted: "cancelled; nothing was changed"
    case .silentFailure: ""
    }
  }
}
