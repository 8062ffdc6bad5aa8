import Foundation
import Testing
import Segmentation
import WordML

/// The recommendations profile on the GRETA samples (five layouts of one reply) and the
/// questions profile on the real Kamervragen letters.
@Suite struct SegmentationTests {
    static let layouts = ["2026D06192.docx", "2026D06192-style-bullets.docx", "2026D06192-typed-bullets.docx",
                          "2026D06192-table.docx", "2026D06192-tracked.docx"]

    static func segment(sample name: String, profile: Segmenter.ProfileChoice = .auto) throws -> SegmentedDocument {
        let document = try WordDocumentReader.read(path: TestPaths.samples.appendingPathComponent(name).path)
        return Segmenter.segment(document, profile: profile)
    }

    static func segment(letter name: String, profile: Segmenter.ProfileChoice = .auto) throws -> SegmentedDocument {
        let shared = try #require(TestPaths.shared, "needs ../shared")
        let document = try WordDocumentReader.read(path: shared.appendingPathComponent("realdocx/\(name)").path)
        return Segmenter.segment(document, profile: profile)
    }

    /// Segmenting with the blocks taken out of the document gives what segmenting it in
    /// place gives, and leaves the document as it was but for its blocks.
    @Test func takingTheBlocksSegmentsTheSame() {
        let documents = ContractWriterTests.documents()
        #expect(documents.count >= 30)
        for (name, document) in documents {
            for profile in Segmenter.ProfileChoice.allCases {
                var taken = document
                let segmented = Segmenter.segment(takingBlocksOf: &taken, profile: profile)
                #expect(segmented == Segmenter.segment(document, profile: profile), "\(name), profile \(profile)")
                let rest = WordDocument(mainPart: document.mainPart, properties: document.properties, blocks: [],
                                        footnotes: document.footnotes, endnotes: document.endnotes,
                                        diagnostics: document.diagnostics)
                #expect(taken == rest, "\(name)")
            }
        }
    }

    /// What must be the same in every layout: each item's identity, text, refs and reply.
    static func signature(_ result: SegmentedDocument) -> [String] {
        result.items.map { item in
            let reply = item.response.map { "\($0.text) refs=\($0.references.map { "\($0.kind):\($0.itemId ?? "-")" }) notes=\($0.footnoteIds) answers=\($0.answersItemIds)" } ?? "none"
            return "\(item.id) \(item.kind) parent=\(item.parentId ?? "-") \(item.stance ?? "-") \(item.paragraphRefs) \(item.text) => \(reply)"
        }
    }

    @Test(arguments: layouts)
    func everyLayoutGivesTheSeedCounts(_ name: String) throws {
        let result = try Self.segment(sample: name)
        #expect(result.profile == .recommendations)
        let recommendations = result.items.filter { $0.kind == .recommendation }
        #expect(recommendations.count == 55)
        #expect(result.items.count == 55, "\(result.items.filter { $0.kind != .recommendation }.map(\.text))")
        let umbrellas = recommendations.filter { item in result.items.contains { $0.parentId == item.id } }
        #expect(umbrellas.count == 8)
        #expect(umbrellas.allSatisfy { $0.response == nil && $0.text.hasSuffix(":") })
        let replies = Dictionary(grouping: result.items.compactMap(\.response), by: { $0.answersItemIds }).values.compactMap(\.first)
        #expect(replies.flatMap(\.references).count == 7)
        #expect(replies.flatMap(\.references).allSatisfy { $0.itemId != nil })
        #expect(replies.flatMap(\.footnoteIds).count == 5)
        #expect(result.sections.count == 21)
        #expect(result.sections.filter { $0.level == 1 }.count == 2)
        #expect(!result.diagnostics.contains { $0.code == "unanswered-recommendation" })
    }

    @Test(arguments: layouts.dropFirst())
    func everyLayoutGivesTheSameItems(_ name: String) throws {
        let reference = Self.signature(try Self.segment(sample: "2026D06192.docx"))
        let other = Self.signature(try Self.segment(sample: name))
        for (expected, actual) in zip(reference, other) where expected != actual {
            Issue.record("\(name):\n  expected \(expected.prefix(300))\n  got      \(actual.prefix(300))")
        }
        #expect(reference.count == other.count)
    }

    @Test func hardCasesOfTheSeed() throws {
        let result = try Self.segment(sample: "2026D06192.docx")
        let items = Dictionary(uniqueKeysWithValues: result.items.map { ($0.id, $0) })
        func item(startingWith prefix: String) -> Item? { result.items.first { $0.text.hasPrefix(prefix) } }

        // "Welcoming …, GRETA considers": the stance is the main verb.
        #expect(item(startingWith: "Welcoming the availability of shelters")?.stance == "considers")
        #expect(item(startingWith: "Further, GRETA considers")?.actor == "GRETA")
        // "(see also paragraph 163) (paragraph 95)": only the item's own source.
        #expect(item(startingWith: "GRETA urges the Dutch authorities to strengthen their efforts")?.paragraphRefs == [95])
        // An umbrella's trailing reference applies to the whole group.
        let umbrella = try #require(item(startingWith: "GRETA urges the Dutch authorities to:"))
        let children = result.items.filter { $0.parentId == umbrella.id }
        #expect(children.count == 3)
        #expect(([umbrella] + children).allSatisfy { $0.paragraphRefs == [204] })
        // The reply that starts after a line break inside the item's own bullet.
        let last = try #require(children.last)
        #expect(last.text.hasSuffix("(paragraph 204)."))
        #expect(last.response?.paragraphs.first?.hasPrefix("The revised EU-directive") == true)
        // Two sub-items answered together share one reply.
        let compensation = result.items.filter { $0.text.hasPrefix("ensuring that victims of trafficking for the purpose of labour exploitation") || $0.text.hasPrefix("enabling all victims of trafficking") }
        #expect(compensation.count == 2)
        #expect(compensation.allSatisfy { $0.response?.answersItemIds == compensation.map(\.id) })
        // The shelter list and the sub-heading stay inside their replies.
        let psychological = try #require(item(startingWith: "GRETA considers that the Dutch authorities should guarantee timely access"))
        #expect(psychological.response?.paragraphs.count == 5)
        let first = try #require(result.items.first)
        #expect(first.response?.paragraphs.contains("Information provision to migrant workers") == true)
        // A reply split mid-sentence is joined, with a diagnostic.
        #expect(result.items.contains { $0.response?.text.contains("separation of the the identification") == true })
        #expect(result.diagnostics.contains { $0.code == "response-paragraphs-joined" })
        // Cross references resolve to items.
        let below = result.items.compactMap(\.response).flatMap(\.references).filter { $0.kind == .below }
        #expect(!below.isEmpty && below.allSatisfy { $0.itemId.flatMap { items[$0] }?.response != nil })
        let to95 = result.items.compactMap(\.response).flatMap(\.references).first { $0.paragraph == 95 }
        #expect(to95?.itemId.flatMap { items[$0] }?.paragraphRefs == [95])
        // The cover letter and the title are front matter, not items.
        #expect(result.frontMatter.first?.text == "Dear ms. Nestorova,")
        #expect(result.frontMatter.last?.role == "title")
    }

    @Test(arguments: [("kv-01.docx", 8), ("kv-02.docx", 9), ("kv-03.docx", 10), ("kv-04.docx", 3), ("kv-05.docx", 22)])
    func everyQuestionOfTheRealLettersIsFound(_ name: String, _ count: Int) throws {
        let result = try Self.segment(letter: name)
        #expect(result.profile == .questions)
        let questions = result.items.filter { $0.kind == .question }
        #expect(questions.count == count)
        #expect(questions.map(\.number) == (1...count).map { String($0) })
        #expect(questions.allSatisfy { $0.response != nil && !$0.text.isEmpty })
        #expect(result.items.count == count)
        #expect(questions.allSatisfy { $0.actor != nil })
        // Letterhead text is never an item.
        #expect(!result.items.contains { $0.text.contains("Postbus") || $0.text.contains("Ons kenmerk") })
    }

    @Test func groupedAnswersAreShared() throws {
        let kv02 = try Self.segment(letter: "kv-02.docx")
        let grouped = kv02.items.filter { ["4", "5", "6", "7"].contains($0.number ?? "") }
        #expect(grouped.allSatisfy { $0.response?.answersItemIds == ["q-4", "q-5", "q-6", "q-7"] })
        #expect(kv02.items.first?.actor == "Lahlah en Chakor (GroenLinks-PvdA)")

        // kv-01 answers question 3 out of order, together with 8, at the end.
        let kv01 = try Self.segment(letter: "kv-01.docx")
        let late = kv01.items.filter { $0.number == "3" || $0.number == "8" }
        #expect(late.allSatisfy { $0.response?.answersItemIds == ["q-3", "q-8"] })
        #expect(kv01.references.contains { $0.kind == .zaak && $0.value == "2024Z11859" })

        let kv03 = try Self.segment(letter: "kv-03.docx")
        let seven = try #require(kv03.items.first { $0.number == "7" })
        #expect(seven.response?.references.compactMap(\.itemId) == ["q-4", "q-5"])
    }

    @Test(arguments: ["kv-01.docx", "kv-02.docx", "kv-03.docx", "kv-04.docx", "kv-05.docx",
                      "pm-0787ced2-629a-4d32-ab8f-4b97a7680248.docx", "pm-09b97518-8d7c-4a90-a090-28e45bc44920.docx"])
    func lettersHaveNoRecommendations(_ name: String) throws {
        let result = try Self.segment(letter: name, profile: .recommendations)
        #expect(!result.items.contains { $0.kind == .recommendation })
        #expect(result.diagnostics.contains { $0.code == "no-items" } || result.items.allSatisfy { $0.kind == .other })
    }

    @Test func autoChoosesPerDocument() throws {
        for name in Self.layouts { #expect(try Self.segment(sample: name).profile == .recommendations) }
        for number in 1...5 { #expect(try Self.segment(letter: "kv-0\(number).docx").profile == .questions) }
    }
}
