import Foundation
import LearnLog
import Testing

@testable import LearnLogCLI

@Suite("The recovery file")
struct RecoveryFileTests {
  @Test func itIsAPrivateExportThatImportReads() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recovery-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var entry = Entry(
      id: 3, kind: .best, coachee: "李娜", sessionDate: CalendarDate(year: 2026, month: 12, day: 1)!,
      answers: [1: "I waited 😌"], createdAt: Date(timeIntervalSince1970: 1_796_202_000))
    entry.transcript = [Turn(speaker: .coach, text: "I waited 😌", step: .question(1), at: entry.createdAt)]
    let path = try RecoveryFile.write(entry, besideDatabase: folder + "/log.sqlite3", now: entry.createdAt)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let document = try ExportDocument.decode(bytes)
    #expect(document.entries == [EntryDocument(entry)])
    #expect(document.entries.first?.transcript.count == 1)
  }
}
