import Foundation
import Testing
import IngestCore
import WordML

/// Table-driven: every fixture in `Tests/Fixtures` against its expectations in
/// `expected.json` (generated with the fixtures by `make_fixtures.py`).
@Suite struct FixtureExpectationTests {
    static func expectations() -> [String: [String: Any]] {
        let url = TestPaths.fixtures.appendingPathComponent("expected.json")
        guard let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] else { return [:] }
        return object
    }

    static let validFixtures = expectations().keys.filter { $0.hasPrefix("docx/") }.sorted()
    static let hostileFixtures = expectations().keys.filter { $0.hasPrefix("hostile/") }.sorted()

    @Test func expectationsAreLoaded() {
        #expect(Self.validFixtures.count >= 20)
        #expect(Self.hostileFixtures.count >= 15)
    }

    @Test(arguments: validFixtures)
    func validFixtureReadsAsExpected(_ name: String) throws {
        let expected = try #require(Self.expectations()[name])
        let document = try WordDocumentReader.read(path: TestPaths.fixture(name))

        if let blocks = expected["blocks"] {
            let problems = ExpectationMatcher.mismatches(expected: blocks, actual: document.blocks.map(BlockProjection.project), path: "blocks")
            #expect(problems.isEmpty, "\(name):\n\(problems.joined(separator: "\n"))")
        }
        let bodyText = BlockProjection.text(of: document.blocks)
        for absent in expected["absent"] as? [String] ?? [] {
            #expect(!bodyText.contains(absent), "\(name): \(absent.debugDescription) must not be in the body")
        }
        for once in expected["exactlyOnce"] as? [String] ?? [] {
            #expect(bodyText.components(separatedBy: once).count == 2, "\(name): \(once.debugDescription) must occur exactly once")
        }
        let codes = Set(document.diagnostics.map(\.code))
        for code in expected["diagnostics"] as? [String] ?? [] {
            #expect(codes.contains(code), "\(name): expected diagnostic \(code), got \(codes.sorted())")
        }
        if let properties = expected["properties"] as? [String: Any] {
            let actual: [String: Any?] = [
                "title": document.properties.title, "creator": document.properties.creator,
                "lastModifiedBy": document.properties.lastModifiedBy, "created": document.properties.created,
                "modified": document.properties.modified, "language": document.properties.language,
            ]
            let problems = ExpectationMatcher.mismatches(expected: properties, actual: actual.compactMapValues { $0 }, path: "properties")
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
        for (key, notes) in [("footnotes", document.footnotes), ("endnotes", document.endnotes)] {
            guard let expectedNotes = expected[key] else { continue }
            let actual = notes.map { note -> [String: Any] in
                let urls = note.blocks.compactMap { block -> [String]? in
                    guard case .paragraph(let paragraph) = block else { return nil }
                    return BlockProjection.hyperlinks(paragraph.runs).compactMap { $0["url"] as? String }
                }.flatMap { $0 }
                return ["id": note.id, "text": BlockProjection.normalize(BlockProjection.text(of: note.blocks)), "urls": urls]
            }
            let problems = ExpectationMatcher.mismatches(expected: expectedNotes, actual: actual, path: key)
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
    }

    @Test(arguments: hostileFixtures)
    func hostileFixtureIsRefusedWithItsCode(_ name: String) throws {
        let expected = try #require(Self.expectations()[name]?["error"] as? String)
        let code = try #require(ErrorCode(rawValue: expected), "unknown code \(expected)")
        let error = #expect(throws: IngestError.self) {
            _ = try WordDocumentReader.read(path: TestPaths.fixture(name))
        }
        #expect(error?.code == code, "\(name): \(error.map(String.init(describing:)) ?? "no error")")
    }
}
