import Foundation
import IngestCore
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

    @Test func anUnwritableOutputFailsThatFileAndLeavesNoTemporaryFile() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        // A folder where tables.json should go: the rename into place fails.
        try FileManager.default.createDirectory(at: output.appendingPathComponent("tables.json"), withIntermediateDirectories: true)
        let outcome = try Self.run([
            "convert", TestPaths.fixture("docx/tables.docx"), TestPaths.fixture("docx/hyperlinks.docx"), "--output", output.path,
        ])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("cannot write"), "\(outcome.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(written == ["hyperlinks.json", "tables.json"])
        let converted = try Data(contentsOf: output.appendingPathComponent("hyperlinks.json"))
        #expect((try JSONSerialization.jsonObject(with: converted) as? [String: Any])?["schemaVersion"] != nil)
    }

    @Test func aFolderGivenAsInputIsUnreadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try Self.run(["convert", folder.path, "--stdout"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("input-unreadable:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("is a folder"), "\(outcome.stderr)")
    }

    @Test func badUsageExitsWithTwo() throws {
        #expect(try Self.run(["blocks", "a.docx", "b.docx"]).status == 2)
        #expect(try Self.run(["no-such-command"]).status == 2)
        let zeroLimit = try Self.run(["convert", "a.docx", "--max-xml-depth", "0"])
        #expect(zeroLimit.status == 2)
        #expect(zeroLimit.stderr.contains("--max-xml-depth must be 1 or more"), "\(zeroLimit.stderr)")
    }

    /// `maxXMLDepth` → `--max-xml-depth`: the flag spelling of a pipeline file's limit key.
    static func flag(forKey key: String) -> String {
        let characters = Array(key)
        var flag = "--"
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previousIsLower = characters[index - 1].isLowercase
                let startsWord = characters[index - 1].isUppercase && index + 1 < characters.count && characters[index + 1].isLowercase
                if previousIsLower || startsWord { flag += "-" }
            }
            flag += character.lowercased()
        }
        return flag
    }

    @Test func everyLimitHasAFlagNamedAfterItsPipelineKey() throws {
        #expect(Self.flag(forKey: "maxXMLDepth") == "--max-xml-depth")
        #expect(Limits.settings.count == 10)
        for command in ["convert", "blocks", "text", "run"] {
            let help = try Self.run([command, "--help"]).stdout
            for setting in Limits.settings {
                #expect(help.contains(Self.flag(forKey: setting.key) + " <"), "\(command) --help lacks the flag for \(setting.key)")
            }
        }
    }

    /// A limit flag turns a normal sample into `limit-exceeded`, naming the limit.
    @Test(arguments: [
        (["--max-xml-depth", "5"], "maxXMLDepth"),
        (["--max-entries", "3"], "maxEntries"),
        (["--max-text-characters", "100"], "maxTextCharacters"),
        (["--max-paragraph-text-bytes", "10"], "maxParagraphTextBytes"),
        (["--max-total-bytes", "2000"], "maxTotalBytes"),
    ])
    func limitFlagsTakeEffect(flag: [String], limit: String) throws {
        let sample = TestPaths.samples.appendingPathComponent("2026D06192.docx").path
        let outcome = try Self.run(["convert", sample, "--stdout"] + flag)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("2026D06192.docx: limit-exceeded:"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains(limit), "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
    }

    @Test func runLimitFlagsOverrideThePipelineFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let pipeline = root.appendingPathComponent("limits.yml")
        try Data("""
            inputs:
              - file: \(TestPaths.samples.appendingPathComponent("2026D06192.docx").path)
            limits:
              maxEntries: 3
              ratioCheckFloorBytes: 4194304
            outputs:
              root: \(root.appendingPathComponent("out").path)
            jobs: 1
            """.utf8).write(to: pipeline)
        func run(_ flags: [String]) throws -> (status: Int32, errors: [[String: Any]]) {
            let outcome = try Self.run(["run", pipeline.path, "--quiet"] + flags)
            let text = (try? String(contentsOf: root.appendingPathComponent("out/errors.jsonl"), encoding: .utf8)) ?? ""
            let errors = text.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            return (outcome.status, errors)
        }
        func message(_ errors: [[String: Any]]) -> String { errors.first?["message"] as? String ?? "" }

        // The pipeline file's limit holds.
        let fromFile = try run([])
        #expect(fromFile.status == 1)
        #expect(fromFile.errors.first?["code"] as? String == "limit-exceeded")
        #expect(message(fromFile.errors).contains("maxEntries"))
        // A flag wins over the file; a limit given by neither keeps its default.
        let raised = try run(["--max-entries", "1000"])
        #expect(raised.status == 0)
        #expect(raised.errors.isEmpty)
        // A flag for a limit the file does not set applies too, with the file's other limits.
        let deep = try run(["--max-xml-depth", "5"])
        #expect(deep.status == 1)
        #expect(message(deep.errors).contains("maxEntries"))
        let both = try run(["--max-entries", "1000", "--max-xml-depth", "5"])
        #expect(both.status == 1)
        #expect(both.errors.first?["code"] as? String == "limit-exceeded")
        #expect(message(both.errors).contains("maxXMLDepth"))
    }

    /// `convert --jobs N` only changes how many documents convert at once: the same files
    /// byte for byte, the same messages in input order, the same exit status.
    @Test func convertWithJobsMatchesOneJob() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("in")
        let other = root.appendingPathComponent("in/other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        // Good samples with hostile files sorted between them, a second file with a sample's
        // base name (last wins in the shared output folder) and a missing file.
        let samples = TestPaths.wordFiles(under: TestPaths.samples)
        var copies = samples.map { ($0.path, $0.lastPathComponent) }
        copies += [
            (TestPaths.fixture("hostile/pdf_renamed.docx"), "2026D06192-b-pdf.docx"),
            (TestPaths.fixture("hostile/truncated_zip.docx"), "2026D06192-s-truncated.docx"),
            (TestPaths.fixture("hostile/empty.docx"), "a-empty.docx"),
            (TestPaths.fixture("hostile/malformed_xml.docx"), "z-malformed.docx"),
            (TestPaths.fixture("docx/tables.docx"), "other/2026D06192.docx"),
        ]
        var paths: [String] = []
        for (source, name) in copies {
            let target = inputs.appendingPathComponent(name)
            try FileManager.default.copyItem(atPath: source, toPath: target.path)
            paths.append(target.path)
        }
        paths.sort()
        paths.append(inputs.appendingPathComponent("missing.docx").path)
        #expect(paths.count >= 10)

        func convert(jobs: Int) throws -> (outcome: Outcome, files: [String: Data]) {
            let output = root.appendingPathComponent("out-\(jobs)")
            let outcome = try Self.run(["convert"] + paths + ["-o", output.path, "--jobs", String(jobs)])
            var written: [String: Data] = [:]
            for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? [] {
                written[name] = FileManager.default.contents(atPath: output.appendingPathComponent(name).path)
            }
            return (outcome, written)
        }
        let one = try convert(jobs: 1)
        let three = try convert(jobs: 3)
        #expect(one.outcome.status == 1)
        #expect(three.outcome.status == one.outcome.status)
        #expect(three.outcome.stdout == one.outcome.stdout)
        #expect(three.outcome.stderr == one.outcome.stderr)
        #expect(three.files == one.files)
        // Failures in input order, one line each; the good files (and only they) written.
        let bad = ["-b-pdf", "-s-truncated", "a-empty", "z-malformed", "missing"]
        let failing = one.outcome.stderr.split(separator: "\n").map { line in String(line.prefix { $0 != ":" }) }
        #expect(failing == paths.filter { path in bad.contains { path.contains($0) } }, "\(one.outcome.stderr)")
        #expect(one.files.count == samples.count)
        #expect(one.files.keys.allSatisfy { $0.hasSuffix(".json") })
        // The later of two inputs with one base name wins, whatever the worker count.
        let tables = try Self.run(["convert", inputs.appendingPathComponent("other/2026D06192.docx").path, "--stdout"])
        #expect(one.files["2026D06192.json"] == Data(tables.stdout.utf8))
    }

    /// `convert --timings FILE` sums each stage's thread CPU and wall seconds; `floor
    /// --inflate-only --timings FILE` times the unzip stage alone.
    @Test func timingsFilesNameEveryStage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sample = TestPaths.samples.appendingPathComponent("2026D06192.docx").path
        let convertTimings = root.appendingPathComponent("convert.json").path
        let convert = try Self.run(["convert", sample, TestPaths.fixture("hostile/empty.docx"), "-o", root.appendingPathComponent("out").path,
                                    "--jobs", "2", "--timings", convertTimings])
        #expect(convert.status == 1)
        let timings = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: convertTimings))) as? [String: Any])
        #expect(timings["documents"] as? Int == 2)
        #expect(timings["failed"] as? Int == 1)
        let stages = try #require(timings["stages"] as? [String: [String: Double]])
        #expect(Set(stages.keys) == ["read", "segment", "emit", "hash", "write"])
        #expect(stages.values.allSatisfy { ($0["cpuSeconds"] ?? -1) >= 0 && ($0["wallSeconds"] ?? -1) >= 0 })
        #expect((stages["read"]?["cpuSeconds"] ?? 0) > 0)

        let floorTimings = root.appendingPathComponent("floor.json").path
        let floor = try Self.run(["floor", "--inflate-only", sample, "--timings", floorTimings])
        #expect(floor.status == 0)
        #expect(floor.stdout.hasPrefix("1 documents, "), "\(floor.stdout)")
        let unzip = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: floorTimings))) as? [String: Any])
        #expect((unzip["stages"] as? [String: Any])?.keys.sorted() == ["unzip"])
    }

    /// `floor --paired-convert DIR` converts each input into DIR exactly as `convert` does,
    /// counts the same text as the plain floor, and times both passes and convert's stages;
    /// an input that fails is left out of the times and makes the exit status 1.
    @Test func pairedConvertWritesWhatConvertWritesAndTimesBoth() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let sample = TestPaths.samples.appendingPathComponent("2026D06192.docx").path
        let notes = TestPaths.fixture("docx/footnotes_endnotes.docx")
        let paired = root.appendingPathComponent("paired")
        let timingsPath = root.appendingPathComponent("paired.json").path
        let result = try Self.run(["floor", "--paired-convert", paired.path, sample, notes, TestPaths.fixture("hostile/empty.docx"),
                                   "--timings", timingsPath])
        #expect(result.status == 1, "\(result.stderr)")
        let floor = try Self.run(["floor", sample, notes])
        // Same text count as the plain floor over the two readable inputs.
        #expect(result.stdout.hasPrefix(floor.stdout.replacingOccurrences(of: "0 failed\n", with: "1 failed\n")), "\(result.stdout)")

        let converted = root.appendingPathComponent("converted")
        #expect(try Self.run(["convert", sample, notes, "-o", converted.path]).status == 0)
        for name in ["2026D06192.json", "footnotes_endnotes.json"] {
            let expected = try Data(contentsOf: converted.appendingPathComponent(name))
            #expect(try Data(contentsOf: paired.appendingPathComponent(name)) == expected, "\(name)")
        }

        let timings = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: timingsPath))) as? [String: Any])
        #expect(timings["documents"] as? Int == 3)
        #expect(timings["failed"] as? Int == 1)
        let stages = try #require(timings["stages"] as? [String: [String: Double]])
        #expect(Set(stages.keys) == ["floor", "floor-all", "convert", "read", "segment", "emit", "hash", "write"])
        let floorSeconds = try #require(stages["floor"]?["cpuSeconds"])
        let convertSeconds = try #require(stages["convert"]?["cpuSeconds"])
        #expect(floorSeconds > 0 && convertSeconds > 0 && (stages["floor-all"]?["cpuSeconds"] ?? 0) > 0)
        // One block (fewer than 50 documents), and the ratio is convert over floor.
        let blocks = try #require(timings["blockRatios"] as? [Double])
        #expect(blocks.count == 1)
        let ratio = try #require(timings["ratio"] as? Double)
        #expect(ratio > 0 && abs(ratio - (blocks.first ?? 0)) < 1e-5)
        // Convert's stages happen inside the convert pass.
        let stageSum = ["read", "segment", "emit", "hash", "write"].compactMap { stages[$0]?["cpuSeconds"] }.reduce(0, +)
        #expect(stageSum <= convertSeconds + 1e-3)

        let refused = try Self.run(["floor", "--paired-convert", paired.path, "--all-parts", sample])
        #expect(refused.status == 2, "\(refused.stderr)")
    }

    /// `floor --all-parts` runs the text pass over the notes too: more text than the main part
    /// alone on a document with footnotes, the same on one without notes.
    @Test func floorAllPartsReadsTheNotes() throws {
        func textBytes(_ arguments: [String]) throws -> Int? {
            let result = try Self.run(["floor"] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: " ").dropFirst(2).first.flatMap { Int($0) }
        }
        let notes = TestPaths.fixture("docx/footnotes_endnotes.docx")
        let mainOnly = try #require(try textBytes([notes]))
        let allParts = try #require(try textBytes(["--all-parts", notes]))
        #expect(allParts > mainOnly)
        let plain = TestPaths.fixture("docx/tables.docx")
        #expect(try textBytes(["--all-parts", plain]) == (try textBytes([plain])))
    }
}
