import Foundation
import Testing

/// End to end: the built `tkingest` binary, its outputs and exit statuses.
@Suite struct CommandLineTests {
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String]) throws -> Outcome {
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func textPrintsMarkersAndNotesInReadingOrder() throws {
        let outcome = try Self.run(["text", TestPaths.fixture("docx/footnotes_endnotes.docx")])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let noteLines = lines.filter { $0.hasPrefix("[1] ") || $0.hasPrefix("[2] ") || $0.hasPrefix("[3] ") }
        #expect(noteLines.count == 3, "\(lines)")
        #expect(lines.first?.contains("[1]") == true)

        let list = try Self.run(["text", TestPaths.fixture("docx/numbering_multilevel_decimal.docx")])
        #expect(list.stdout.contains("1.1. Eerste punt een"))
    }

    @Test func blocksPrintsDeterministicJSON() throws {
        let path = TestPaths.fixture("docx/tables.docx")
        let first = try Self.run(["blocks", path])
        let second = try Self.run(["blocks", path])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        let object = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        let blocks = try #require(object?["blocks"] as? [[String: Any]])
        #expect(blocks.contains { $0["type"] as? String == "table" })
    }

    @Test func aBadFileFailsAloneAndTheBatchGoesOn() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try Self.run([
            "blocks", TestPaths.fixture("hostile/pdf_renamed.docx"), TestPaths.fixture("docx/hyperlinks.docx"),
            TestPaths.fixture("hostile/empty.docx"), "--output", output.path,
        ])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("pdf_renamed.docx: unsupported-format:"))
        #expect(outcome.stderr.contains("empty.docx: input-empty:"))
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(written == ["hyperlinks.blocks.json"])
    }

    @Test func badUsageExitsWithTwo() throws {
        #expect(try Self.run(["blocks", "a.docx", "b.docx"]).status == 2)
        #expect(try Self.run(["no-such-command"]).status == 2)
    }
}
