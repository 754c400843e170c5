#if canImport(Glibc)
  import Glibc
#endif
import LearnLogCLI

exit(LearnLogProgram.run(Array(CommandLine.arguments.dropFirst())))
