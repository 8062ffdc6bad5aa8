import Foundation
import Testing
import IngestCore
@testable import NormalizedJSON
@testable import Segmentation
@testable import WordML

/// `ContractWriter` writes the contract straight from the model: its bytes must equal
/// `JSONWriter.write(ContractDocument.build(…))`, the tree-building oracle, for every
/// document the tests read, under every profile, with and without `tk` metadata.
@Suite struct ContractWriterTests {
    /// `tk` values: none, a scraper-like record (nested, escapes, empty containers), an empty object.
    static let tkValues: [JSONValue] = [
        .null,
        [
            "documentId": "0d3c5e8a-1f2b-4c3d-9e8f-123456789abc", "documentNummer": "2026D06192",
            "soort": "Brief regering", "onderwerp": "Reactie op \"GRETA\"\n\tbijlage / rapport é 🏖 \u{01}",
            "contentLength": 48213, "negative": -7, "bronDocumenten": [], "zaken": ["2024Z11859", nil, true],
            "kamerstukdossier": [["nummer": 28638, "toevoeging": nil]], "extra": [:], "Zeta": false,
        ],
        [:],
    ]

    /// The samples, the real letters and the fixtures that read without an error.
    static func documents() -> [(name: String, document: WordDocument)] {
        var inputs = ContractTests.samples.map { TestPaths.samples.appendingPathComponent($0) }
        if let shared = TestPaths.shared {
            inputs += TestPaths.wordFiles(under: shared.appendingPathComponent("realdocx"))
        }
        let fixtures = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.fixture("docx"))) ?? []
        inputs += fixtures.sorted().map { URL(fileURLWithPath: TestPaths.fixture("docx/\($0)")) }
        return inputs.compactMap { input in
            (try? WordDocumentReader.read(path: input.path)).map { (input.lastPathComponent, $0) }
        }
    }

    static func expectSameBytes(_ document: WordDocument, _ segmented: SegmentedDocument, name: String) {
        let source = SourceInfo(fileName: name, sha256: String(repeating: "ab", count: 32), byteSize: 48213,
                                documentNumber: SourceInfo.documentNumber(inFileName: name))
        for tk in tkValues {
            let direct = ContractWriter.write(source: source, document: document, segmented: segmented, tk: tk)
            let oracle = JSONWriter.write(ContractDocument.build(source: source, document: document, segmented: segmented, tk: tk))
            let common = min(direct.count, oracle.count)
            let difference = (0..<common).first { direct[$0] != oracle[$0] } ?? common
            // A Bool, so that a failure reports where the bytes part, not both documents.
            let same = direct == oracle
            #expect(same, "\(name), profile \(segmented.profile.rawValue), tk \(tk == .null ? "null" : "set"): differs from byte \(difference)")
        }
    }

    @Test func writerMatchesTheTreeForEveryDocument() {
        let documents = Self.documents()
        #expect(documents.count >= 30)
        for (name, document) in documents {
            for profile in Segmenter.ProfileChoice.allCases {
                Self.expectSameBytes(document, Segmenter.segment(document, profile: profile), name: name)
            }
        }
    }

    /// Every optional field both present and absent, escapes, empty lists, cross references
    /// with and without number or paragraph, diagnostics of both stages.
    @Test func writerMatchesTheTreeForEdgeCases() {
        var properties = DocumentProperties()
        properties.title = "  Reactie\top  GRETA "
        properties.language = "nl-NL"
        let note = Note(id: "3", kind: .endnote, blocks: [.paragraph(Paragraph(runs: [Run(text: "Zie \"www.a.nl\\x\".")]))])
        let document = WordDocument(properties: properties, blocks: [], endnotes: [note],
                                    diagnostics: [Diagnostic(code: "style-missing", "no style \"X\"", part: "word/styles.xml"),
                                                  Diagnostic(.info, code: "part-missing", "no notes")])
        var segmented = SegmentedDocument(profile: .questions)
        segmented.frontMatter = [MatterEntry(role: "letterhead", text: "Ons kenmerk\u{1F}/ 123")]
        segmented.sections = [Section(id: "sec-1", level: 1, title: "Één", parentId: nil),
                              Section(id: "sec-2", level: 2, title: "Twee", parentId: "sec-1")]
        var first = Item(id: "q-1", kind: .question, number: "1", text: "Wat \"is\" dit?", actor: nil, stance: nil)
        first.paragraphRefs = [44, -1, 0]
        first.footnoteIds = ["1", "e3"]
        first.sectionId = "sec-2"
        var response = Response(paragraphs: ["Eerste\\", "", "Derde\r\n"], answersItemIds: ["q-1", "q-2"])
        response.references = [CrossReference(kind: .paragraph, paragraph: 185, number: nil, itemId: "rec-57"),
                               CrossReference(kind: .question, paragraph: nil, number: "2", itemId: nil),
                               CrossReference(kind: .below, paragraph: 3, number: "4", itemId: nil),
                               CrossReference(kind: .above, paragraph: nil, number: nil, itemId: nil)]
        first.response = response
        let second = Item(id: "q-2", kind: .other, number: nil, text: "", actor: "Kamerlid X", stance: "other",
                          parentId: "q-1", response: Response(paragraphs: [], answersItemIds: []))
        segmented.items = [first, second, Item(id: "q-3", kind: .recommendation, text: "x")]
        segmented.diagnostics = [SegmentDiagnostic(code: "no-items", "none \u{7F}", itemId: "q-1"), SegmentDiagnostic(code: "x", "y")]
        segmented.references = [DocumentReference(kind: .kamerstuk, value: "36278-32", text: "36 278, nr. 32")]
        Self.expectSameBytes(document, segmented, name: "edge.docx")
        segmented.profileReason = "two \"Vraag\" markers"
        Self.expectSameBytes(WordDocument(blocks: []), segmented, name: "2026d06192.docx")
        Self.expectSameBytes(WordDocument(blocks: []), SegmentedDocument(profile: .recommendations), name: "")
    }

    /// `ContractNote` against the footnote code it replaced (joined paragraph texts, words
    /// split at spaces), for every note of every document and a few written for the purpose.
    @Test func notesMatchTheFormerDefinition() {
        let link = { (text: String, target: String?) in
            var run = Run(text: text)
            run.hyperlink = target
            return run
        }
        let written = [
            Note(id: "1", kind: .footnote, blocks: [
                .paragraph(Paragraph(runs: [link("Zie ", nil), link("hier", "https://a.nl/x"), link(" en ", nil),
                                            link("anker", "#top"), link("(https://a.nl/x).", nil)])),
                .textBox(TextBox(blocks: [.paragraph(Paragraph(runs: [link("www.b.nl, http://c.nl; https://", nil)]))])),
                .paragraph(Paragraph(runs: [link("  https://d.nl/é?q=1\u{A0}en  www.b.nl ", "https://a.nl/x")])),
                .paragraph(Paragraph()),
                .table(Table(caption: nil, rows: [TableRow(cells: [TableCell(blocks: [.paragraph(Paragraph(runs: [link("wwwx http:/ www.", "https://e.nl")]))],
                                                                             columnSpan: 1, verticalMerge: nil)], isHeader: false)])),
            ]),
            Note(id: "2", kind: .endnote, blocks: []),
        ]
        let notes = Self.documents().flatMap { $0.document.footnotes + $0.document.endnotes } + written
        #expect(notes.count > 10)
        for note in notes {
            let actual = ContractNote(note, id: note.id)
            let expected = Self.formerNote(note)
            #expect(actual.text == expected.text && actual.urls == expected.urls, "note \(note.id): \(actual.text)")
        }
    }

    /// Generated notes of many words, URLs among them at every offset of the sixteen-byte
    /// blocks the word starts are found in, against the former definition.
    @Test func generatedNotesMatchTheFormerDefinition() {
        let pieces = ["http://a.nl", "https://b.nl/x).", "www.c.nl,", "(https://a.nl/x)", "www", "http:/", "hw", "w", "h",
                      "wh", "zie", "hier", "é", "\u{A0}", "\t", "  ", " ", "\n", "ww.", "https://", "www."]
        var generator = SplitMix64(state: 11)
        for _ in 0..<2_000 {
            let text = (0..<generator.next(30)).map { _ in pieces[generator.next(pieces.count)] }.joined(separator: " ")
            let note = Note(id: "1", kind: .footnote, blocks: [.paragraph(Paragraph(runs: [Run(text: text)]))])
            let actual = ContractNote(note, id: note.id)
            let expected = Self.formerNote(note)
            #expect(actual.text == expected.text && actual.urls == expected.urls, "\(text)")
        }
    }

    /// Byte trimming of ASCII words against `trimming` on characters, non-ASCII words included.
    @Test func urlTrimmingMatchesTrimmingCharacters() {
        let alphabet: [UInt8] = [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x28, 0x68, 0x2F, 0x0D, 0x0A, 0xC3, 0xA9, 0xCC, 0x81]
        var generator = SplitMix64(state: 13)
        for _ in 0..<3_000 {
            let text = String(decoding: (0..<generator.next(12)).map { _ in alphabet[generator.next(alphabet.count)] }, as: UTF8.self)
            let bytes = Array(text.utf8)
            let trimmed = bytes.withUnsafeBufferPointer { ContractNote.trimmedURL($0) }
            #expect(Array(trimmed.utf8) == Array(text.trimming(".,;:)(").utf8), "\(text.debugDescription)")
        }
    }

    /// The vector scan for word starts finds exactly the words `split(separator: " ")`
    /// finds that start with "h" or "w", in order.
    @Test func wordStartsMatchSplitting() {
        var generator = SplitMix64(state: 12)
        let alphabet: [UInt8] = [0x20, 0x20, 0x68, 0x77, 0x61, 0x2E, 0xC3, 0xA9]
        for _ in 0..<3_000 {
            let bytes = (0..<generator.next(70)).map { _ in alphabet[generator.next(alphabet.count)] }
            var found: [Int] = []
            bytes.withUnsafeBufferPointer { buffer in ContractNote.forEachWordStartingWithHOrW(in: buffer) { found.append($0) } }
            let expected = bytes.indices.filter { index in
                (index == 0 || bytes[index - 1] == 0x20) && (bytes[index] == 0x68 || bytes[index] == 0x77)
            }
            #expect(found == expected, "\(bytes)")
        }
    }

    /// The footnote text and URLs as `ContractDocument.footnotes` computed them before `ContractNote`.
    static func formerNote(_ note: Note) -> (text: String, urls: [String]) {
        func paragraphsOf(_ block: Block) -> [Paragraph] {
            switch block {
            case .paragraph(let paragraph): [paragraph]
            case .textBox(let box): box.blocks.flatMap(paragraphsOf)
            case .table(let table): table.rows.flatMap(\.cells).flatMap(\.blocks).flatMap(paragraphsOf)
            }
        }
        let paragraphs = note.blocks.flatMap(paragraphsOf)
        let text = TextNormalizer.normalize(paragraphs.map(\.text).joined(separator: " "))
        var urls: [String] = []
        for run in paragraphs.flatMap(\.runs) {
            if let link = run.hyperlink, !link.hasPrefix("#"), !urls.contains(link) { urls.append(link) }
        }
        for word in text.utf8.split(separator: 0x20)
        where word.starts(with: "http://".utf8) || word.starts(with: "https://".utf8) || word.starts(with: "www.".utf8) {
            let url = String(Substring(word)).trimming(".,;:)(")
            if !urls.contains(url) { urls.append(url) }
        }
        return (text, urls)
    }
}
