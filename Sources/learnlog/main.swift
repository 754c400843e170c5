#if canImport(Glibc)
  import Glibc
#endif
import LearnLogCLI
import LearnLogTerminal

let status = LearnLogProgram.run(Array(CommandLine.arguments.dropFirst()))
// A SIGTERM or SIGHUP caught mid-answer (to save the half-typed text) still ends learnlog.
TerminationSignal.endIfReceived()
exit(status)
