/// A place where a rule file is not valid JSON5, and what is wrong there.
struct JSON5SyntaxError: Error, Sendable, Equatable {
  var line: Int
  var column: Int
  var message: String
}
