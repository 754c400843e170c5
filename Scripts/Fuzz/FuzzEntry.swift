// libFuzzer entry point for Scripts/fuzz. Compiled together with every source file of the
// LearnLog module (so internal API is in reach) with `-sanitize=fuzzer,address`.
// LEARNLOG_FUZZ_TARGET picks what the bytes are fed to:
//   rules     RuleFile(text:name:) (JSON5Parser underneath), then RuleSet.compile
//   document  ReflectionDocument.parse, the reflection importer
//   jrnl      JrnlJournal.parse, the jrnl importer
#if canImport(Glibc)
  import Glibc
#endif

let fuzzTarget: String = {
  guard let value = getenv("LEARNLOG_FUZZ_TARGET") else { return "jrnl" }
  return String(cString: value)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func learnlogFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  FuzzTargets.run(fuzzTarget, bytes)
  return 0
}
