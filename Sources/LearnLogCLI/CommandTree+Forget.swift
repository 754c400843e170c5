/// `learnlog forget`, as a command spec.
extension CommandTree {
  static let forget = CommandSpec(
    "forget", abstract: "Erase everything about one coachee, for good.",
    discussion:
      "Erases every reflection whose coachee is ALIAS (ignoring case) or that is attached to one of their sessions, with its answers, transcript, follow-ups and half-typed text, their sessions in the register, and their text in the search index; then rebuilds the file (VACUUM) and empties the write-ahead log, so the text is gone from the disk, not merely hidden. Notes are not linked to a coachee: those that mention ALIAS are counted, and erased only with --notes. Backups made earlier still hold the text; forget lists them. Asks for confirmation on a terminal; without one it refuses unless --yes is given.",
    examples: [
      CommandExample("learnlog forget --coachee Ravi", "Erase Ravi's reflections and sessions, after a confirmation."),
      CommandExample("learnlog forget --coachee Ravi --notes --yes", "Also erase notes that mention Ravi; do not ask."),
    ],
    options: [OptionSpec("coachee", valueName: "alias", help: "The coachee's name or alias, as `learnlog log` shows it.")],
    flags: [
      FlagSpec("yes", short: "y", help: "Do not ask for confirmation (needed without a terminal)."),
      FlagSpec("notes", help: "Also erase notes whose title or text mentions the alias."),
    ])
}
