import Foundation
import Testing
import WordML

/// The real ministry letters of `../shared/realdocx`: letterhead in tables and text
/// boxes, "Vraag N" / "Antwoord op vraag N" as bold paragraphs, footnotes with text.
@Suite struct RealLetterTests {
    static func letter(_ name: String) throws -> WordDocument {
        let shared = try #require(TestPaths.shared, "needs ../shared")
        return try WordDocumentReader.read(path: shared.appendingPathComponent("realdocx/\(name)").path)
    }

    static func paragraphs(_ blocks: [Block]) -> [Paragraph] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    @Test func kv02HasLetterheadTextBoxesAndTables() throws {
        let document = try Self.letter("kv-02.docx")
        let boxes = document.blocks.compactMap { if case .textBox(let box) = $0 { box } else { nil } }
        let tables = document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
        #expect(!boxes.isEmpty)
        #expect(!tables.isEmpty)
        let boxText = boxes.map { BlockProjection.text(of: $0.blocks) }.joined(separator: "\n")
        let tableText = tables.map { BlockProjection.text(of: [.table($0)]) }.joined(separator: "\n")
        #expect((boxText + tableText).contains("Ons kenmerk"))
        // Letterhead text is not repeated in the body paragraphs.
        let bodyText = Self.paragraphs(document.blocks).map(\.text).joined(separator: "\n")
        #expect(!bodyText.contains("Ons kenmerk"))
    }

    @Test(arguments: [("kv-01.docx", 8), ("kv-02.docx", 9), ("kv-03.docx", 10), ("kv-04.docx", 3), ("kv-05.docx", 22)])
    func questionMarkersAreBoldParagraphs(_ name: String, _ questions: Int) throws {
        let document = try Self.letter(name)
        let body = Self.paragraphs(document.blocks)
        let markers = body.filter { $0.text.trimmingCharacters(in: .whitespaces).range(of: #"^Vraag \d+$"#, options: .regularExpression) != nil }
        #expect(markers.count == questions, "\(name): \(markers.map(\.text))")
        #expect(markers.allSatisfy { $0.isBold })
        let answers = body.filter { $0.text.hasPrefix("Antwoord op vra") }
        #expect(!answers.isEmpty)
        #expect(answers.allSatisfy { $0.isBold }, "\(name): \(answers.filter { !$0.isBold }.map(\.text))")
    }

    @Test func footnotesHaveTheirText() throws {
        let document = try Self.letter("kv-02.docx")
        #expect(document.footnotes.count == 2)
        for note in document.footnotes {
            #expect(BlockProjection.normalize(BlockProjection.text(of: note.blocks)).count > 5)
        }
        let references = Self.paragraphs(document.blocks).flatMap(\.runs).compactMap(\.footnoteId)
        #expect(Set(references) == Set(document.footnotes.map(\.id)))
    }
}
