import Foundation
import Testing

@testable import LearnLog

/// The chunked journal reader must give exactly what parsing the whole file gives, wherever
/// the chunks are cut.
@Suite("jrnl journal read in chunks")
struct JrnlReaderTests {
  /// Feeds `bytes` in chunks of the given sizes (repeated), collecting entries and warnings.
  static func read(_ bytes: [UInt8], chunks sizes: [Int]) throws -> JrnlJournal {
    var reader = JrnlReader()
    var entries: [JournalEntry] = []
    var start = 0
    var turn = 0
    while start < bytes.count {
      let end = min(bytes.count, start + max(1, sizes[turn % sizes.count]))
      try bytes[start..<end].withUnsafeBufferPointer { try reader.feed($0) { entries.append($0) } }
      start = end
      turn += 1
    }
    let warnings = try reader.finish { entries.append($0) }
    return JrnlJournal(entries: entries, warnings: warnings)
  }

  /// Two cuts: the file in three pieces at `first` and `second`.
  static func read(_ bytes: [UInt8], cutAt first: Int, _ second: Int) throws -> JrnlJournal {
    var reader = JrnlReader()
    var entries: [JournalEntry] = []
    for range in [0..<first, first..<second, second..<bytes.count] {
      try bytes[range].withUnsafeBufferPointer { try reader.feed($0) { entries.append($0) } }
    }
    let warnings = try reader.finish { entries.append($0) }
    return JrnlJournal(entries: entries, warnings: warnings)
  }

  @Test func everyCutOfTheSampleJournalGivesTheSameEntriesAndWarnings() throws {
    // CJK and emoji (multi-byte characters cut in every place), a starred title, bodies with
    // lines that look like dates, an empty title, a header glued under another.
    let bytes = Array(JrnlJournalTests.journal.utf8)
    let whole = try JrnlJournal.parse(bytes)
    #expect(whole.entries.count == 4)
    for cut in 0...bytes.count {
      let pieces = try Self.read(bytes, cutAt: cut, cut)
      #expect(pieces == whole, "cut at \(cut)")
      let third = try Self.read(bytes, cutAt: cut / 2, cut)
      #expect(third == whole, "cuts at \(cut / 2) and \(cut)")
    }
    #expect(try Self.read(bytes, chunks: [1]) == whole)
    #expect(try Self.read(bytes, chunks: [3, 1, 7]) == whole)
  }

  @Test func hostileBytesAreRepairedAndCountedAsInOnePiece() throws {
    // CRLF cut between CR and LF, a lone CR, NUL, C0 and C1 controls, invalid UTF-8, a U+FFFD
    // already in the file, a byte-order mark, CJK.
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("[2026-11-28 09:00] 标题 \u{1B}one\r\nBody ".utf8)
    bytes += [0x00, 0xFF, 0xE2, 0x82, 0x07, 0xC2, 0x85, 0xF0, 0x9F] + Array(" end\r\r".utf8)
    bytes += Array("[2026-11-29 10:00] Second \u{FFFD}\rok 日本語\n".utf8)
    let whole = try JrnlJournal.parse(bytes)
    #expect(whole.entries.count == 2)
    #expect(whole.warnings.contains { $0.contains("U+FFFD") })
    #expect(whole.warnings.contains { $0.contains("NUL") })
    for cut in 0...bytes.count {
      #expect(try Self.read(bytes, cutAt: cut, cut) == whole, "cut at \(cut)")
    }
    for size in 1...9 {
      #expect(try Self.read(bytes, chunks: [size]) == whole, "chunks of \(size)")
    }
  }

  @Test func utf16JournalsAreReadInChunksToo() throws {
    // Mostly CJK: UTF-16 of mostly ASCII has so many NUL bytes that the binary check refuses
    // it (in one piece as in chunks).
    let body = String(repeating: "他提出了三个方案。", count: 40)
    let text = "[2026-11-28 09:00] 振り返り 🙂\n\(body)\n\n[2026-11-29 10:00] Two\n"
    for littleEndian in [true, false] {
      var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
      for unit in text.utf16 {
        let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        bytes += littleEndian ? pair : pair.reversed()
      }
      bytes.append(0x41)  // an odd byte at the end
      let whole = try JrnlJournal.parse(bytes)
      #expect(whole.entries.map(\.title) == ["振り返り 🙂", "Two"])
      for cut in 0...bytes.count {
        #expect(try Self.read(bytes, cutAt: cut, cut) == whole, "cut at \(cut)")
      }
    }
  }

  @Test func entriesComeOutAsSoonAsTheNextHeaderIsRead() throws {
    var reader = JrnlReader()
    var seen: [String] = []
    func feed(_ text: String) throws {
      try Array(text.utf8).withUnsafeBufferPointer { try reader.feed($0) { seen.append($0.title) } }
    }
    // The first 4 KiB wait for the binary check, so the first entry is longer than that.
    try feed("[2026-11-28 09:00] One\n\(String(repeating: "body\n", count: 1_000))\n[2026-11-")
    #expect(seen.isEmpty)
    try feed("29 10:00] Two\nmore\n")
    #expect(seen == ["One"])
    let warnings = try reader.finish { seen.append($0.title) }
    #expect(seen == ["One", "Two"] && warnings.isEmpty)
  }

  @Test func aLargeJournalIsReadWithTheSameEntries() throws {
    var text = ""
    for index in 0..<2_000 {
      let day = String(format: "%02d", index % 28 + 1)
      text += "[2026-11-\(day) 09:\(String(format: "%02d", index % 60))] Entry \(index) 与李明\n"
      text += "Line one of \(index).\n2026-11-\(day) 10:00 looks like a date.\n\n"
    }
    let bytes = Array(text.utf8)
    let whole = try JrnlJournal.parse(bytes)
    #expect(whole.entries.count == 2_000)
    #expect(try Self.read(bytes, chunks: [65_536]) == whole)
    #expect(try Self.read(bytes, chunks: [4_095, 17, 1]) == whole)
  }

  @Test func emptyAndHeaderlessFilesFailAsBefore() throws {
    #expect(throws: ImportError.empty) { try Self.read([], chunks: [1]) }
    #expect(throws: ImportError.empty) { try Self.read(Array("\n  \n".utf8), chunks: [1]) }
    #expect(throws: ImportError.noJournalEntry(lineCount: 2)) {
      try Self.read(Array("just text\n2026-01-01 is a date\n".utf8), chunks: [3])
    }
    let pdf = Array("%PDF-1.7\n".utf8) + [UInt8](repeating: 0x41, count: 5000)
    #expect(throws: ImportError.notPlainText(.pdf)) { try Self.read(pdf, chunks: [100]) }
  }
}
