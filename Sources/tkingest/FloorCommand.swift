import ArgumentParser
import Foundation
import DocxPackage
import IngestCore
import XMLStreaming

/// `tkingest floor IN.docx…`: the benchmark floor — inflate the main part and run a SAX2
/// text pass over it, nothing else. Any correct converter pays at least this much.
struct FloorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor",
        abstract: "Benchmark floor: unzip the main part and count its text with SAX2.",
        shouldDisplay: false
    )

    @Argument(help: "The .docx files to read.")
    var inputs: [String]

    func run() throws {
        var characters = 0
        var failures = 0
        for input in inputs {
            do {
                let package = try DocxPackage(path: input)
                let counter = TextCounter()
                try package.parse(part: package.mainPart, handler: counter)
                characters += counter.bytes
            } catch {
                failures += 1
            }
        }
        print("\(inputs.count - failures) documents, \(characters) text bytes, \(failures) failed")
    }
}

/// Counts the text bytes of `w:t` elements.
final class TextCounter: XMLEventHandler {
    private(set) var bytes = 0
    private var inText = false
    var wantsCharacters: Bool { inText }
    var failure: IngestError? { nil }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        if name.isW("t") { inText = true }
    }

    func endElement(_ name: XMLName) {
        if name.isW("t") { inText = false }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes += utf8.count
    }
}
