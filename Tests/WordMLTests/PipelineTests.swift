import Foundation
import GRDB
import Testing

/// End to end: `tkingest run` on a batch mixing samples, real letters, corpus files and
/// broken files, run again, changed, killed and resumed.
@Suite(.serialized) struct PipelineTests {
    /// A scratch folder with a copy of the inputs and a pipeline file over them.
    struct Workspace {
        let root: URL
        var inputs: URL { root.appendingPathComponent("inputs") }
        var output: URL { root.appendingPathComponent("out") }
        var pipeline: URL { root.appendingPathComponent("batch.yml") }

        init(corpusFiles: Int = 40) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-pipeline-\(UUID().uuidString)")
            let manager = FileManager.default
            try manager.createDirectory(at: inputs.appendingPathComponent("broken"), withIntermediateDirectories: true)
            for name in try manager.contentsOfDirectory(atPath: TestPaths.samples.path) where name.hasSuffix(".docx") {
                try manager.copyItem(at: TestPaths.samples.appendingPathComponent(name), to: inputs.appendingPathComponent(name))
            }
            for name in ["empty.docx", "pdf_renamed.docx", "truncated_zip.docx", "doctype_entity.docx"] {
                try manager.copyItem(atPath: TestPaths.fixture("hostile/\(name)"),
                                     toPath: inputs.appendingPathComponent("broken/\(name)").path)
            }
            if let shared = TestPaths.shared {
                try manager.createDirectory(at: inputs.appendingPathComponent("letters"), withIntermediateDirectories: true)
                for url in TestPaths.wordFiles(under: shared.appendingPathComponent("realdocx")) {
                    try manager.copyItem(at: url, to: inputs.appendingPathComponent("letters/\(url.lastPathComponent)"))
                }
                try manager.createDirectory(at: inputs.appendingPathComponent("corpus"), withIntermediateDirectories: true)
                for (index, url) in TestPaths.wordFiles(under: shared.appendingPathComponent("corpus/pandoc")).prefix(corpusFiles).enumerated() {
                    try manager.copyItem(at: url, to: inputs.appendingPathComponent("corpus/\(index)-\(url.lastPathComponent)"))
                }
            }
            // A sidecar: the scraper's record for one document.
            try Data(#"{"documentNummer": "2026D06192", "soort": "Bijlage", "titel": "GRETA"}"#.utf8)
                .write(to: inputs.appendingPathComponent("2026D06192.json"))
            try Data("""
                name: batch
                inputs:
                  - folder: \(inputs.path)
                    exclude: ["*.json"]
                outputs:
                  root: \(output.path)
                jobs: 2
                """.utf8).write(to: pipeline)
        }

        func run(_ extra: [String] = []) throws -> CommandLineTests.Outcome {
            try CommandLineTests.run(["run", pipeline.path, "--quiet"] + extra)
        }

        func summary() throws -> [String: Any] {
            let data = try Data(contentsOf: output.appendingPathComponent("summary.json"))
            return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        }

        /// Every table of the analytics database as sorted text rows, for comparing runs.
        func databaseDump() throws -> [String] {
            let database = try DatabaseQueue(path: output.appendingPathComponent("tkingest.sqlite").path)
            return try database.read { db in
                var lines: [String] = []
                for table in ["documents", "sections", "items", "responses", "cross_references", "citations",
                              "footnotes", "diagnostics", "failures"] {
                    for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table)") {
                        lines.append(table + " " + row.description)
                    }
                }
                return lines.sorted()
            }
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    @Test func aMixedBatchConvertsTheGoodAndRecordsTheBad() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let first = try workspace.run()
        #expect(first.status == 1, "\(first.stderr)")
        let summary = try workspace.summary()
        #expect(summary["failed"] as? Int == 4)
        #expect((summary["converted"] as? Int ?? 0) >= 5)
        #expect(summary["inputs"] as? Int == (summary["converted"] as? Int ?? 0) + 4)
        let errors = try String(contentsOf: workspace.output.appendingPathComponent("errors.jsonl"), encoding: .utf8)
        for code in ["input-empty", "unsupported-format", "zip-corrupt", "xml-dtd-forbidden"] {
            #expect(errors.contains("\"code\": \"\(code)\"") || errors.contains("\"code\":\"\(code)\""), "\(code) missing in \(errors)")
        }
        let lines = try String(contentsOf: workspace.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        #expect(lines.count == summary["converted"] as? Int)
        // The sidecar went into the tk block.
        #expect(lines.contains { $0.contains(#""tk":{"documentNummer":"2026D06192","soort":"Bijlage","titel":"GRETA"}"#) })

        // A second run skips everything.
        let second = try workspace.run()
        #expect(second.status == 1)
        let again = try workspace.summary()
        #expect(again["converted"] as? Int == 0)
        #expect(again["skipped"] as? Int == summary["inputs"] as? Int)

        // Changing one input reconverts only it.
        let target = workspace.inputs.appendingPathComponent("2026D06192-table.docx")
        try FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: TestPaths.samples.appendingPathComponent("2026D06192-tracked.docx"), to: target)
        _ = try workspace.run()
        #expect(try workspace.summary()["converted"] as? Int == 1)

        // A removed input disappears from the outputs.
        try FileManager.default.removeItem(at: workspace.inputs.appendingPathComponent("2026D06192-typed-bullets.docx"))
        _ = try workspace.run()
        #expect(try workspace.summary()["removed"] as? Int == 1)
        let remaining = try String(contentsOf: workspace.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        #expect(!remaining.contains("2026D06192-typed-bullets.docx"))
    }

    @Test func aRunKilledMidwayResumesToTheSameOutputs() throws {
        let reference = try Workspace(corpusFiles: 80)
        defer { reference.remove() }
        _ = try reference.run(["--jobs", "1"])

        let interrupted = try Workspace(corpusFiles: 80)
        defer { interrupted.remove() }
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["run", interrupted.pipeline.path, "--quiet", "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        let jsonFolder = interrupted.output.appendingPathComponent("json")
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline {
            let written = FileManager.default.enumerator(atPath: jsonFolder.path)?.allObjects.count ?? 0
            if written >= 10 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the run ended before it could be killed")

        _ = try interrupted.run(["--jobs", "2"])
        let expected = try String(contentsOf: reference.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        let actual = try String(contentsOf: interrupted.output.appendingPathComponent("documents.jsonl"), encoding: .utf8)
        // The inputs sit in different temporary folders; everything else must be equal.
        #expect(actual.replacingOccurrences(of: interrupted.root.path, with: "")
                == expected.replacingOccurrences(of: reference.root.path, with: ""))
        #expect(try interrupted.databaseDump() == reference.databaseDump())
        #expect(try interrupted.summary()["converted"] as? Int ?? 0 < interrupted.summary()["inputs"] as? Int ?? 0)
    }

    @Test func theReadmeQueriesAnswer() throws {
        let workspace = try Workspace(corpusFiles: 0)
        defer { workspace.remove() }
        _ = try workspace.run()
        let database = try DatabaseQueue(path: workspace.output.appendingPathComponent("tkingest.sqlite").path)
        try database.read { db in
            // Recommendations per stance.
            let stances = try Row.fetchAll(db, sql: """
                SELECT stance, COUNT(*) AS n FROM items WHERE kind = 'recommendation' GROUP BY stance ORDER BY n DESC
                """)
            #expect(stances.first?["stance"] as String? == "considers")
            // Full-text search over items and replies.
            let hits = try Row.fetchAll(db, sql: """
                SELECT d.file_name, s.item_id FROM item_search s JOIN documents d ON d.document_id = s.document_id
                WHERE item_search MATCH 'interpreters' ORDER BY d.file_name, s.item_id
                """)
            #expect(hits.count >= 5)
            // Questions answered together with others.
            let grouped = try Row.fetchAll(db, sql: """
                SELECT d.file_name, i.number, r.answers_item_ids FROM items i
                JOIN responses r USING (document_id, item_id) JOIN documents d USING (document_id)
                WHERE i.kind = 'question' AND json_array_length(r.answers_item_ids) > 1
                """)
            if TestPaths.shared != nil { #expect(grouped.count >= 10) }
            // Failures by code.
            let failures = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM failures") ?? 0
            #expect(failures == 4)
        }
    }

    @Test func shardsSplitTheInputsWithoutOverlap() throws {
        let workspace = try Workspace(corpusFiles: 10)
        defer { workspace.remove() }
        var seen: [String] = []
        for index in 0..<3 {
            let shardOutput = workspace.root.appendingPathComponent("shard\(index)")
            let pipeline = workspace.root.appendingPathComponent("shard\(index).yml")
            let text = try String(contentsOf: workspace.pipeline, encoding: .utf8)
                .replacingOccurrences(of: workspace.output.path, with: shardOutput.path)
            try Data(text.utf8).write(to: pipeline)
            _ = try CommandLineTests.run(["run", pipeline.path, "--quiet", "--shard", "\(index)/3"])
            let state = try DatabaseQueue(path: shardOutput.appendingPathComponent(".tkingest-state.sqlite").path)
            seen += try state.read { db in try String.fetchAll(db, sql: "SELECT key FROM inputs") }
        }
        _ = try workspace.run()
        let all = try DatabaseQueue(path: workspace.output.appendingPathComponent(".tkingest-state.sqlite").path)
            .read { db in try String.fetchAll(db, sql: "SELECT key FROM inputs") }
        #expect(seen.sorted() == all.sorted())
        #expect(Set(seen).count == seen.count)
    }

    @Test func aBadPipelineFileNamesFileLineAndKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-badpipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.yml")
        try Data("name: x\ninputs:\n  - folder: \(TestPaths.samples.path)\nouputs:\n  root: /tmp/x\n".utf8).write(to: file)
        let outcome = try CommandLineTests.run(["run", file.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("bad.yml:4: ouputs: unknown key"), "\(outcome.stderr)")

        try Data("inputs:\n  - folder: \(TestPaths.samples.path)\njobs: many\n".utf8).write(to: file)
        let badValue = try CommandLineTests.run(["run", file.path])
        #expect(badValue.status == 2)
        #expect(badValue.stderr.contains("bad.yml:3: jobs:"), "\(badValue.stderr)")
    }
}
