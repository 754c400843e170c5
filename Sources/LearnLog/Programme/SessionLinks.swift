/// Which reflections are about which registered session: those attached to it, and those not
/// attached to any that name its coachee and date (written before the register existed, or
/// imported).
public enum SessionLinks {
  /// Reflections by session id, oldest entry first.
  public static func reflections(
    for sessions: [CoachingSession], _ reflections: [SessionReflection]
  ) -> [Int64: [SessionReflection]] {
    var links: [Int64: [SessionReflection]] = [:]
    let ids = Set(sessions.map(\.id))
    for reflection in reflections.sorted(by: { $0.entryID < $1.entryID }) {
      if let id = reflection.sessionID, ids.contains(id) {
        links[id, default: []].append(reflection)
      } else if reflection.sessionID == nil,
        let session = sessions.first(where: {
          $0.matches(coachee: reflection.coachee, on: reflection.sessionDate)
        })
      {
        links[session.id, default: []].append(reflection)
      }
    }
    return links
  }
}
