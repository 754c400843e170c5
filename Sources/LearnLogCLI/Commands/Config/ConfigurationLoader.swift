import LearnLog

/// Reads the coach's config file. A missing file is normal; one that cannot be read or has a
/// mistake is reported in one warning (file and line) and ignored as a whole: the defaults apply.
enum ConfigurationLoader {
  enum State: Equatable {
    case missing
    case loaded
    /// The warning that was shown.
    case ignored(String)
  }

  static func load(path: String) -> (file: ConfigurationFile, state: State) {
    guard FileSystem.exists(path) else { return (ConfigurationFile(), .missing) }
    let text: String
    do {
      text = String(decoding: try FileSystem.read(path), as: UTF8.self)
    } catch {
      return (ConfigurationFile(), .ignored("cannot read \(path) (\(error.reason)); using the defaults"))
    }
    do {
      return (try ConfigurationFile.parse(text, file: path), .loaded)
    } catch {
      return (ConfigurationFile(), .ignored("\(error.description); the config file is ignored and the defaults used"))
    }
  }
}
