// A small driver for the readline reader, used only by the tmux tests in
// Tests/LearnLogTerminalTests/Readline: it reads lines in a loop and logs what each read returned.
import Glibc
import LearnLogTerminal

// Scratch driver: reads lines, logs each result as one JSON-ish line to the file in argv[1].
// A second argument `--interrupt-cancels` makes Ctrl-C end the read with `.interrupted`.
let logPath = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/tmp/rltest.log"
let interruptBehaviour: InterruptBehaviour =
  CommandLine.arguments.dropFirst(2).contains("--interrupt-cancels") ? .cancels : .clearsLine
let console = StandardConsole()
let locale = TerminalLocale.configure()
let style = TerminalStyle(isColourEnabled: true)
func log(_ text: String) {
  if let file = fopen(logPath, "a") { fputs(text + "\n", file); fclose(file) }
}
if let file = fopen(logPath + ".pid", "w") { fputs("\(getpid()) \(locale)\n", file); fclose(file) }
let reader = LineReaderFactory.makeReader(
  commands: ["/back", "/skip", "/pause", "/done", "/help", "/why", "/dismiss", "/edit"], console: console,
  interruptBehaviour: interruptBehaviour)
var longPrompt = false
loop: while true {
  let prompt: String
  if longPrompt {
    prompt = style.assistant(String(repeating: "Long prompt ", count: 8) + "1234") + style.prompt(" › ")
  } else {
    prompt = style.assistant("Question") + style.prompt(" › ")
  }
  let input = reader.readLine(prompt: prompt)
  log("\(input)")
  switch input {
  case .line(let text):
    if text == "/long" { longPrompt.toggle() }
    if text == "/preload" { reader.preload("revise me 你好") }
    if text == "/quit" { break loop }
    reader.rememberAnswer(text)
    console.write("got line [\(text)] width=\(DisplayWidth.of(text))\n")
  case .paste(let text):
    reader.rememberAnswer(text)
    console.write("got paste [\(text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎"))]\n")
  case .endOfInput:
    console.write("got EOF\n")
    break loop
  case .hangup(let partial):
    console.write("got hangup [\(partial)]\n")
    break loop
  case .interrupted:
    console.write("got interrupt\n")
    break loop
  }
}
