/// A JSON value read from a rule file, with where it starts so later checks can point at it.
struct JSONNode: Sendable, Equatable {
  indirect enum Value: Sendable, Equatable {
    case object([Member])
    case array([JSONNode])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
  }

  /// One `key: value` pair; members keep the order they were written in.
  struct Member: Sendable, Equatable {
    var key: String
    var keyLine: Int
    var keyColumn: Int
    var value: JSONNode
  }

  var value: Value
  var line: Int
  var column: Int

  /// What the value is, for messages: "an object", "a string"…
  var kindName: String {
    switch value {
    case .object: "an object"
    case .array: "a list"
    case .string: "a string"
    case .number: "a number"
    case .bool: "true or false"
    case .null: "null"
    }
  }

  var members: [Member]? {
    if case .object(let members) = value { members } else { nil }
  }

  var elements: [JSONNode]? {
    if case .array(let elements) = value { elements } else { nil }
  }

  var string: String? {
    if case .string(let text) = value { text } else { nil }
  }

  var number: Double? {
    if case .number(let number) = value { number } else { nil }
  }

  /// The number when it is a whole number.
  var integer: Int? {
    guard let number, number.rounded() == number, abs(number) < 1e15 else { return nil }
    return Int(number)
  }

  var bool: Bool? {
    if case .bool(let flag) = value { flag } else { nil }
  }

  subscript(key: String) -> JSONNode? {
    members?.first { $0.key == key }?.value
  }
}
