extension CommandTree {
  static let backup = CommandSpec(
    "backup", abstract: "Copy the log to a backup file, safely, even while a reflection is open.",
    discussion:
      "Uses SQLite's online backup, so the copy is one consistent snapshot. Without FILE, the copy goes to the backups folder beside the log. FILE must be a new name in a folder that exists: an existing file is never replaced. The copy is readable by you alone.",
    examples: [
      CommandExample("learnlog backup", "Back up into the backups folder beside the log."),
      CommandExample("learnlog backup ~/safe/learnlog-copy.sqlite3", "Back up to a file of your choice."),
    ],
    positionals: [PositionalSpec("file", help: "Where to write the copy (a new file).", arity: .optional, completion: .file)])

  static let doctor = CommandSpec(
    "doctor", abstract: "Check the log: integrity, schema version, counts, file modes, backups.",
    discussion:
      "Runs SQLite's integrity check and reports the schema version, how many entries and answers the log holds, whether its files are private, and how to restore the newest backup. Changes nothing. Exits 1 when it finds a problem.",
    examples: [CommandExample("learnlog doctor", "Check the default log.")])
}
