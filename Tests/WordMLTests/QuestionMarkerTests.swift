import Foundation
import Testing
import Segmentation
import WordML

/// The questions profile on small block models, one per published marker variant.
@Suite struct QuestionMarkerTests {
    /// A paragraph; `bold` marks it as a typed marker line, `list` as a numbered item.
    static func paragraph(_ text: String, bold: Bool = false, heading: Int? = nil, list marker: String? = nil) -> Block {
        var run = Run(text: text)
        run.bold = bold
        var paragraph = Paragraph(runs: [run])
        paragraph.headingLevel = heading
        if let marker {
            paragraph.list = ListInfo(numId: 1, level: 0, marker: marker, isBullet: false, format: "decimal")
        }
        return .paragraph(paragraph)
    }

    static func segment(_ blocks: [Block]) -> SegmentedDocument {
        Segmenter.segment(WordDocument(blocks: blocks), profile: .questions)
    }

    static let title = paragraph("Antwoorden van de minister op Kamervragen van het lid Jansen (XYZ) over iets")

    @Test func boldMarkersAndGroupedAnswers() {
        let result = Self.segment([
            Self.title,
            Self.paragraph("Vraag 1", bold: true), Self.paragraph("Is dat zo?"),
            Self.paragraph("Antwoord op vraag 1", bold: true), Self.paragraph("Ja."),
            Self.paragraph("Vraag 2", bold: true), Self.paragraph("Waarom?"),
            Self.paragraph("Vraag 3", bold: true), Self.paragraph("Wanneer?"),
            Self.paragraph("Antwoord op vragen 2 en 3", bold: true), Self.paragraph("Omdat het kan. Zie het antwoord op vraag 1."),
        ])
        #expect(result.items.map(\.id) == ["q-1", "q-2", "q-3"])
        #expect(result.items.map(\.text) == ["Is dat zo?", "Waarom?", "Wanneer?"])
        #expect(result.items[1].response?.answersItemIds == ["q-2", "q-3"])
        #expect(result.items[2].response == result.items[1].response)
        #expect(result.items[1].response?.references.first?.itemId == "q-1")
        #expect(result.items.allSatisfy { $0.actor == "Jansen (XYZ)" })
        #expect(result.frontMatter.map(\.role) == ["title"])
    }

    @Test func markerVariants() {
        let result = Self.segment([
            Self.paragraph("Vraag 1:", heading: 2), Self.paragraph("Eerste vraag?"),
            Self.paragraph("Antwoord 1", heading: 2), Self.paragraph("Eerste antwoord."),
            Self.paragraph("Vragen 2 en 3", list: "1."), Self.paragraph("Tweede en derde vraag?"),
            Self.paragraph("Antwoord op vraag 2:", bold: true), Self.paragraph("Tweede antwoord."),
            Self.paragraph("Vraag 4, 5", bold: true), Self.paragraph("Vierde en vijfde?"),
            Self.paragraph("Antwoord op vragen 4 t/m 5", bold: true), Self.paragraph("Samen beantwoord."),
            Self.paragraph("Vraag 6: Staat de vraag op de markerregel?", bold: true),
            Self.paragraph("Antwoord op vraag 6: Ja, en het antwoord ook.", bold: true),
        ])
        #expect(result.items.map(\.number) == ["1", "2", "3", "4", "5", "6"])
        #expect(result.items[0].response?.text == "Eerste antwoord.")
        #expect(result.items[1].response?.text == "Tweede antwoord.")
        #expect(result.items[1].text == "Tweede en derde vraag?" && result.items[2].text == "Tweede en derde vraag?")
        #expect(result.items[3].response?.answersItemIds == ["q-4", "q-5"])
        #expect(result.items[5].text == "Staat de vraag op de markerregel?")
        #expect(result.items[5].response?.text == "Ja, en het antwoord ook.")
        // Question 3 was grouped with 2 but only 2 was answered.
        #expect(result.diagnostics.contains { $0.code == "unanswered-question" && $0.itemId == "q-3" })
    }

    @Test func bareNumberedQuestionsInAList() {
        let result = Self.segment([
            Self.paragraph("Lijst van vragen en antwoorden"),
            Self.paragraph("Hoeveel kost het project?", list: "1."),
            Self.paragraph("Antwoord: Het project kost 3 miljoen euro."),
            Self.paragraph("Wanneer is het klaar?", list: "2."),
            Self.paragraph("In 2027."),
        ])
        #expect(result.items.map(\.number) == ["1", "2"])
        #expect(result.items[0].response?.text == "Het project kost 3 miljoen euro.")
        #expect(result.items[1].response?.text == "In 2027.")
    }

    @Test func missingAndOutOfOrderMarkersAreDiagnosedAndNothingIsDropped() {
        let result = Self.segment([
            Self.paragraph("Vraag 1", bold: true), Self.paragraph("Een?"),
            Self.paragraph("Vraag 2", bold: true), Self.paragraph("Twee?"),
            Self.paragraph("Antwoord op vraag 2", bold: true), Self.paragraph("Twee antwoord."),
            Self.paragraph("Antwoord op vraag 7", bold: true), Self.paragraph("Antwoord zonder vraag."),
            Self.paragraph("Antwoord op vraag 1", bold: true), Self.paragraph("Een antwoord, te laat."),
        ])
        #expect(result.items.first { $0.number == "1" }?.response?.text == "Een antwoord, te laat.")
        #expect(result.diagnostics.contains { $0.code == "answer-without-question" })
        let orphan = result.items.first { $0.kind == .other }
        #expect(orphan?.response?.text == "Antwoord zonder vraag.")
        #expect(!result.diagnostics.contains { $0.code == "unanswered-question" })
    }

    @Test func closingBlocksAreBackMatter() {
        let result = Self.segment([
            Self.paragraph("Vraag 1", bold: true), Self.paragraph("Een?"),
            Self.paragraph("Antwoord op vraag 1", bold: true), Self.paragraph("Ja."),
            Self.paragraph("Toelichting", bold: true), Self.paragraph("Deze vragen zijn een aanvulling op eerdere vragen."),
        ])
        #expect(result.items.count == 1)
        #expect(result.items[0].response?.text == "Ja.")
        #expect(result.backMatter.map(\.text) == ["Toelichting", "Deze vragen zijn een aanvulling op eerdere vragen."])
    }
}
