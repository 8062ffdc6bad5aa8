import Foundation
import Testing
@testable import WordML

/// ``Run`` keeps its rare fields in one shared ``RunExtras`` reference; against a run with
/// every field stored (the previous layout, with synthesized equality and hashing) it reads,
/// compares, hashes, encodes and merges the same.
@Suite struct RunTests {
    /// The previous layout: every field stored, `Hashable` synthesized.
    private struct StoredRun: Hashable {
        var text: String
        var bold = false, italic = false, underline = false, strike = false
        var verticalAlign: String?, hyperlink: String?, footnoteId: String?, endnoteId: String?, imageDescription: String?

        /// The merge rule as it was defined on the stored fields.
        func canMerge(with other: StoredRun) -> Bool {
            footnoteId == nil && endnoteId == nil && other.footnoteId == nil && other.endnoteId == nil
                && imageDescription == nil && other.imageDescription == nil
                && bold == other.bold && italic == other.italic && underline == other.underline
                && strike == other.strike && verticalAlign == other.verticalAlign && hyperlink == other.hyperlink
        }
    }

    /// Pairs of runs in both layouts: plain, each flag, each rare field set, two rare fields.
    private static let samples: [(Run, StoredRun)] = {
        var result: [(Run, StoredRun)] = []
        for text in ["", "a"] {
            for variant in 0..<10 {
                var run = Run(text: text)
                var stored = StoredRun(text: text)
                switch variant {
                case 1: run.bold = true; stored.bold = true
                case 2: run.strike = true; stored.strike = true
                case 3: run.verticalAlign = "superscript"; stored.verticalAlign = "superscript"
                case 4: run.hyperlink = "#a"; stored.hyperlink = "#a"
                case 5: run.footnoteId = "1"; stored.footnoteId = "1"
                case 6: run.endnoteId = "2"; stored.endnoteId = "2"
                case 7: run.imageDescription = "logo"; stored.imageDescription = "logo"
                case 8:
                    run.hyperlink = "https://example.org"; stored.hyperlink = "https://example.org"
                    run.verticalAlign = "subscript"; stored.verticalAlign = "subscript"
                case 9:
                    // Set, then cleared again: the same as never set.
                    run.hyperlink = "#b"
                    run.hyperlink = nil
                    run.italic = true; stored.italic = true
                default: break
                }
                result.append((run, stored))
            }
        }
        return result
    }()

    @Test func eachFieldReadsBackAsSet() {
        for (run, stored) in Self.samples {
            #expect(run.text == stored.text && run.bold == stored.bold && run.italic == stored.italic)
            #expect(run.underline == stored.underline && run.strike == stored.strike)
            #expect(run.verticalAlign == stored.verticalAlign && run.hyperlink == stored.hyperlink)
            #expect(run.footnoteId == stored.footnoteId && run.endnoteId == stored.endnoteId)
            #expect(run.imageDescription == stored.imageDescription)
        }
    }

    @Test func equalityHashingAndMergingMatchTheStoredLayout() {
        for (first, storedFirst) in Self.samples {
            #expect(first.hashValue == storedFirst.hashValue)
            for (second, storedSecond) in Self.samples {
                #expect((first == second) == (storedFirst == storedSecond))
                #expect(first.canMerge(with: second) == storedFirst.canMerge(with: storedSecond))
            }
        }
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        var original = Run(text: "x")
        original.hyperlink = "#a"
        var copy = original
        copy.hyperlink = "#b"
        copy.footnoteId = "3"
        #expect(original.hyperlink == "#a" && original.footnoteId == nil)
        #expect(copy.hyperlink == "#b" && copy.footnoteId == "3")
        #expect(original != copy)
        copy.hyperlink = "#a"
        copy.footnoteId = nil
        #expect(original == copy)
    }

    @Test func encodingWritesEachSetFieldInOrder() throws {
        var run = Run(text: "t")
        run.bold = true
        run.verticalAlign = "superscript"
        run.hyperlink = "#h"
        run.footnoteId = "1"
        run.endnoteId = "2"
        run.imageDescription = "d"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(run), as: UTF8.self)
        #expect(json == ##"{"bold":true,"endnoteId":"2","footnoteId":"1","hyperlink":"#h","imageDescription":"d","text":"t","verticalAlign":"superscript"}"##)
        #expect(String(decoding: try encoder.encode(Run(text: "p")), as: UTF8.self) == #"{"text":"p"}"#)
    }
}
