import Foundation
import Testing
import NormalizedJSON
import Pipeline
import Segmentation
import WordML

/// The Emit stage: contract JSON that is deterministic, valid against the committed
/// schema, loses no paragraph, and matches the reviewed goldens.
@Suite struct ContractTests {
    static let samples = ["2026D06192.docx", "2026D06192-style-bullets.docx", "2026D06192-typed-bullets.docx",
                          "2026D06192-table.docx", "2026D06192-tracked.docx"]
    static let letters = ["kv-01.docx", "kv-02.docx", "kv-03.docx", "kv-04.docx", "kv-05.docx",
                          "pm-0787ced2-629a-4d32-ab8f-4b97a7680248.docx"]

    static func inputs() -> [URL] {
        samples.map { TestPaths.samples.appendingPathComponent($0) }
            + (TestPaths.shared.map { shared in letters.map { shared.appendingPathComponent("realdocx/\($0)") } } ?? [])
    }

    @Test func conversionIsByteIdenticalAcrossRuns() throws {
        let converter = DocumentConverter()
        for input in Self.inputs() {
            let first = try converter.convert(path: input.path)
            let second = try converter.convert(path: input.path)
            #expect(first == second, "\(input.lastPathComponent)")
        }
    }

    @Test func everyParagraphOfTheInputAppearsInTheOutput() throws {
        for input in Self.inputs() {
            let document = try WordDocumentReader.read(path: input.path)
            let json = String(decoding: try DocumentConverter().convert(path: input.path), as: UTF8.self)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let strings = Self.allStrings(object).joined(separator: "\n")
            for paragraph in Self.paragraphTexts(document.blocks) {
                var text = TextNormalizer.normalize(paragraph)
                // Typed bullets ("➢ …") are list markers, which the contract leaves out of `text`.
                if let first = text.first, "•➢▪-–o".contains(first), text.dropFirst().first == " " {
                    text = String(text.dropFirst(2))
                }
                guard !text.isEmpty else { continue }
                // Bare question/answer markers live on as item numbers and answersItemIds.
                if text.range(of: #"^(Vraag|Vragen|Antwoord op vra(ag|gen)) [0-9][0-9, en]*$"#, options: .regularExpression) != nil { continue }
                // A paragraph may have been split at a line break or joined with the next one.
                let probe = String(text.prefix(40))
                #expect(strings.contains(probe), "\(input.lastPathComponent): lost \(text.prefix(80).debugDescription)")
            }
        }
    }

    @Test func emittedDocumentsAreValidAgainstTheSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixture("docx"))) ?? []
        for input in Self.inputs() + fixtures.sorted().map({ URL(fileURLWithPath: TestPaths.fixture("docx/\($0)")) }) {
            let output = folder.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".json")
            try Data(try DocumentConverter().convert(path: input.path)).write(to: output)
            files.append(output.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.repository.appendingPathComponent("scripts/validate_json.py").path] + files
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 3, !TestPaths.isCI { return }  // jsonschema missing on a dev machine
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(files.count >= 30)
    }

    @Test func writerMatchesJSONEncoder() throws {
        let value: JSONValue = [
            "b": ["z": 1, "a": [true, false, nil, "x/y \"q\" \\ \n\t\u{01} é 🏖"]],
            "a": -42, "é": "", "A": [], "c": [:],
        ]
        let ours = try JSONSerialization.jsonObject(with: Data(JSONWriter.write(value)))
        let oracle: [String: AnyCodable] = ["b": .object(["z": .int(1), "a": .array([.bool(true), .bool(false), .null, .string("x/y \"q\" \\ \n\t\u{01} é 🏖")])]),
                                           "a": .int(-42), "é": .string(""), "A": .array([]), "c": .object([:])]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let theirs = try JSONSerialization.jsonObject(with: encoder.encode(oracle))
        #expect(NSDictionary(dictionary: ours as? [String: Any] ?? [:]) == NSDictionary(dictionary: theirs as? [String: Any] ?? [:]))
        let text = String(decoding: JSONWriter.write(value), as: UTF8.self)
        #expect(text.contains("x/y"))
        #expect(text.range(of: "\"A\"")?.lowerBound ?? text.endIndex < text.range(of: "\"a\"")?.lowerBound ?? text.startIndex)
    }

    @Test(arguments: samples + letters)
    func goldenOutputIsUnchanged(_ name: String) throws {
        let input = name.hasPrefix("2026D") ? TestPaths.samples.appendingPathComponent(name)
            : try #require(TestPaths.shared, "needs ../shared").appendingPathComponent("realdocx/\(name)")
        var value = try JSONSerialization.jsonObject(with: Data(try DocumentConverter().convert(path: input.path))) as? [String: Any] ?? [:]
        // The real letters' properties name civil servants: keep them out of the repository.
        if !name.hasPrefix("2026D") { value["properties"] = "redacted" }
        let actual = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        let golden = TestPaths.repository.appendingPathComponent("Tests/Goldens/\((name as NSString).deletingPathExtension).json")
        if ProcessInfo.processInfo.environment["TKINGEST_RECORD_GOLDENS"] == "1" {
            try actual.write(to: golden)
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(actual == expected, "\(name) differs from \(golden.path); review, then re-record with TKINGEST_RECORD_GOLDENS=1")
    }

    static func allStrings(_ value: Any) -> [String] {
        switch value {
        case let string as String: [string]
        case let array as [Any]: array.flatMap(allStrings)
        case let dictionary as [String: Any]: dictionary.values.flatMap(allStrings)
        default: []
        }
    }

    static func paragraphTexts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): paragraph.text.split(separator: "\n").map(String.init)
            case .textBox(let box): paragraphTexts(box.blocks)
            case .table(let table): table.rows.flatMap(\.cells).flatMap { paragraphTexts($0.blocks) }
            }
        }
    }
}

/// A JSON value for the `JSONEncoder` oracle.
enum AnyCodable: Encodable {
    case null, bool(Bool), int(Int), string(String), array([AnyCodable]), object([String: AnyCodable])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
