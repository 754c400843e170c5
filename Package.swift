// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
  name: "learnlog",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "learnlog", targets: ["learnlog"])
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    .systemLibrary(
      name: "CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    // The functional core: model, conversation, rules, reports. No I/O.
    .target(name: "LearnLog", swiftSettings: strict),
    .target(name: "LearnLogStore", dependencies: ["LearnLog", "CSQLite"], swiftSettings: strict),
    .target(name: "LearnLogTerminal", dependencies: ["LearnLog", "CReadline"], swiftSettings: strict),
    // Commands and argument parsing, as a library so tests can drive it without a subprocess.
    .target(
      name: "LearnLogCLI",
      dependencies: ["LearnLog", "LearnLogStore", "LearnLogTerminal"],
      swiftSettings: strict
    ),
    .executableTarget(name: "learnlog", dependencies: ["LearnLogCLI", "LearnLogTerminal"], swiftSettings: strict),
    // A test fixture: drives the readline reader alone so tmux tests can check every key.
    .executableTarget(
      name: "learnlog-readline-demo", dependencies: ["LearnLogTerminal"], path: "Sources/ReadlineDemo",
      swiftSettings: strict),
    .target(
      name: "LearnLogTestSupport", dependencies: ["LearnLog", "LearnLogTerminal"], swiftSettings: strict),
    .testTarget(
      name: "LearnLogTests", dependencies: ["LearnLog", "LearnLogTestSupport"],
      exclude: ["Golden"], swiftSettings: strict),
    .testTarget(
      name: "LearnLogStoreTests",
      dependencies: ["LearnLogStore", "LearnLog", "LearnLogTestSupport"],
      swiftSettings: strict),
    .testTarget(
      name: "LearnLogTerminalTests", dependencies: ["LearnLogTerminal", "LearnLogTestSupport"], swiftSettings: strict),
    .testTarget(
      name: "LearnLogCLITests",
      dependencies: ["LearnLogCLI", "LearnLogTestSupport"],
      exclude: ["Reports/Golden", "HelpSnapshots"], swiftSettings: strict),
    // Drives the built `learnlog` binary through pipes and tmux.
    .testTarget(name: "EndToEndTests", dependencies: ["LearnLogTestSupport"], swiftSettings: strict),
  ]
)
