import Testing
@testable import WordML

/// The paragraph builder's shortcuts against their definitions: text in the same run look
/// merges exactly as ``Run/canMerge(with:)`` says, and nested paragraphs share the text buffer.
@Suite struct ParagraphBuilderTests {
    private static func look(bold: Bool = false, link: String? = nil) -> RunLook {
        var run = Run(text: "")
        run.bold = bold
        run.hyperlink = link
        var direct = RunFormatting()
        direct.bold = bold
        return RunLook(paragraphStyleKey: StyleKeys.none, runStyleKey: StyleKeys.none, direct: direct, run: run, symbolFont: nil)
    }

    /// Runs made by appending `pieces`, each in its look.
    private static func runs(_ pieces: [(String, RunLook)], noteAfter: Int? = nil) -> [Run] {
        var builder = ParagraphBuilder()
        let openText = TextBytes()
        for (index, piece) in pieces.enumerated() {
            builder.append(text: piece.0, look: piece.1, openText: openText)
            if index == noteAfter {
                var anchor = piece.1.run
                anchor.footnoteId = "1"
                builder.append(anchor, openText: openText)
            }
        }
        builder.closeText(openText: openText)
        #expect(openText.isEmpty)
        return builder.runs
    }

    @Test func textInTheSameLookObjectMergesLikeTextInAnEqualLook() {
        let plain = Self.look()
        let bold = Self.look(bold: true)
        let sameLook: [(String, RunLook)] = [("a", plain), ("b", plain), ("c", bold), ("d", bold), ("e", plain)]
        let equalLooks: [(String, RunLook)] = [("a", Self.look()), ("b", Self.look()), ("c", Self.look(bold: true)),
                                               ("d", Self.look(bold: true)), ("e", Self.look())]
        let merged = Self.runs(sameLook)
        #expect(merged == Self.runs(equalLooks))
        #expect(merged.map(\.text) == ["ab", "cd", "e"])
        // A note reference closes the text: what follows starts a new run.
        #expect(Self.runs(sameLook, noteAfter: 0).map(\.text) == ["a", "", "b", "cd", "e"])
        #expect(Self.runs([("x", Self.look(link: "#a")), ("y", Self.look(link: "#a")), ("z", Self.look(link: "#b"))])
            .map(\.text) == ["xy", "z"])
    }

    @Test func aNestedParagraphKeepsTheOuterParagraphsOpenText() {
        let plain = Self.look()
        let openText = TextBytes()
        var outer = ParagraphBuilder()
        outer.append(text: "out", look: plain, openText: openText)
        var inner = ParagraphBuilder()
        inner.append(text: "in", look: plain, openText: openText)
        inner.append(text: "ner", look: plain, openText: openText)
        inner.closeText(openText: openText)
        outer.append(text: "er", look: plain, openText: openText)
        outer.closeText(openText: openText)
        #expect(inner.runs.map(\.text) == ["inner"])
        #expect(outer.runs.map(\.text) == ["outer"])
        #expect(openText.isEmpty)
    }

    @Test func mergedJoinsRunsWithEqualFormatting() {
        var bold = Run(text: "b")
        bold.bold = true
        #expect(ParagraphBuilder.merged([Run(text: "a"), Run(text: "c"), bold, bold]).map(\.text) == ["ac", "bb"])
    }
}

private extension ParagraphBuilder {
    /// ``append(text:look:openText:)`` with the bytes of a string.
    mutating func append(text: String, look: RunLook, openText: TextBytes) {
        Array(text.utf8).withUnsafeBufferPointer { append(text: $0, look: look, openText: openText) }
    }
}
