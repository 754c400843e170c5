/// Cuts text into pieces at single-character marks, reading UTF-8 bytes and slicing (not
/// copying character by character), since answers can run to thousands of words.
enum TextPieces {
  /// The pieces between marks. A mark in `kept` stays at the end of the piece it closes
  /// (a question keeps its `?`); other marks are dropped.
  static func split(
    _ text: String, at marks: Set<Unicode.Scalar>, keeping kept: Set<Unicode.Scalar> = []
  ) -> [Substring] {
    var copy = text
    copy.makeContiguousUTF8()
    let native = copy
    let cutting = MarkSet(marks.union(kept))
    return native.utf8.withContiguousStorageIfAvailable { bytes in
      var pieces: [Substring] = []
      let utf8 = native.utf8
      func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
      var start = 0
      var offset = 0
      while offset < bytes.count {
        let lead = bytes[offset]
        // Marks are rare: most bytes are answered by the ASCII table without decoding.
        guard let (scalar, length) = cutting.mark(in: bytes, at: offset, lead: lead) else {
          offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
          continue
        }
        let next = offset + length
        if kept.contains(scalar) {
          pieces.append(native[index(start)..<index(next)])
        } else {
          pieces.append(native[index(start)..<index(offset)])
        }
        start = next
        offset = next
      }
      pieces.append(native[index(start)..<native.endIndex])
      return pieces
    } ?? []
  }
}

/// A set of scalars that answers for ASCII bytes with a bit table.
private struct MarkSet {
  private var low: UInt64 = 0
  private var high: UInt64 = 0
  private let others: Set<Unicode.Scalar>

  init(_ scalars: Set<Unicode.Scalar>) {
    others = scalars.filter { !$0.isASCII }
    for scalar in scalars where scalar.isASCII {
      if scalar.value < 64 { low |= 1 << UInt64(scalar.value) } else { high |= 1 << UInt64(scalar.value - 64) }
    }
  }

  /// The mark starting at `offset`, with its length in bytes, or nil when the scalar there is
  /// not one of the marks.
  @inline(__always)
  func mark(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, lead: UInt8)
    -> (Unicode.Scalar, Int)?
  {
    if lead < 0x80 {
      let bit = lead < 64 ? low & (1 << UInt64(lead)) : high & (1 << UInt64(lead - 64))
      return bit == 0 ? nil : (Unicode.Scalar(lead), 1)
    }
    guard !others.isEmpty else { return nil }
    let value: UInt32
    let length: Int
    if lead < 0xE0 {
      value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      length = 2
    } else if lead < 0xF0 {
      value =
        UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
        | UInt32(bytes[offset + 2] & 0x3F)
      length = 3
    } else {
      value =
        UInt32(lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
        | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
      length = 4
    }
    guard let scalar = Unicode.Scalar(value), others.contains(scalar) else { return nil }
    return (scalar, length)
  }
}
