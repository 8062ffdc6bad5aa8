import ArgumentParser
import Foundation
import DocxPackage
import IngestCore
import Pipeline
import XMLStreaming

/// `tkingest floor IN.docx…`: the benchmark floor — inflate the main part and run a SAX2
/// text pass over it, nothing else. Any correct converter pays at least this much.
/// `--inflate-only` drops the SAX2 pass: the unzip stage alone. `--all-parts` runs the same
/// text pass over every XML part `convert` reads (relationships, styles, numbering, notes,
/// core properties, main part): the floor of a converter that reads them all.
/// `--paired-convert DIR` takes turns with the full conversion per document
/// (``PairedBenchmark``) and reports both CPU times and their ratio.
struct FloorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor",
        abstract: "Benchmark floor: unzip the main part and count its text with SAX2.",
        shouldDisplay: false
    )

    @Argument(help: "The .docx files to read.")
    var inputs: [String]

    @Flag(help: "Only open the package and inflate the main part (bytes discarded), no XML parsing.")
    var inflateOnly = false

    @Flag(help: "Run the text pass over every XML part convert reads, not only the main part.")
    var allParts = false

    @Option(help: "Also convert each input into this folder, taking turns with the floor pass document by document, and report both thread CPU times and their ratio.")
    var pairedConvert: String?

    @Option(help: "Write the summed thread CPU and wall seconds of the pass (stage unzip or floor) to this JSON file.")
    var timings: String?

    func validate() throws {
        if pairedConvert != nil, inflateOnly || allParts {
            throw ValidationError("--paired-convert compares the plain floor pass: no --inflate-only or --all-parts")
        }
    }

    func run() throws {
        if let pairedConvert { return try runPaired(into: pairedConvert) }
        let stage: StageClock.Stage = inflateOnly ? .unzip : .floor
        var clock = StageClock()
        let wallStart = StageClock.wallNow()
        var bytes = 0
        var failures = 0
        for input in inputs {
            do {
                bytes += try clock.time(stage) { () throws(IngestError) in
                    let package = try DocxPackage(path: input)
                    if inflateOnly {
                        return try package.inflate(part: package.mainPart) { _ in }
                    }
                    if !allParts { return try Self.textPass(package) }
                    let counter = TextCounter()
                    try Self.passAllParts(package, counter)
                    return counter.bytes
                }
            } catch {
                failures += 1
            }
        }
        let wall = StageClock.wallNow() - wallStart
        let command = inflateOnly ? "floor --inflate-only" : allParts ? "floor --all-parts" : "floor"
        print("\(inputs.count - failures) documents, \(bytes) \(inflateOnly ? "bytes inflated" : "text bytes"), \(failures) failed")
        if let timings {
            let json = try clock.json(stages: [stage], extra: [
                "command": command, "documents": inputs.count, "failed": failures,
                "jobs": 1, "wallSeconds": StageClock.rounded(wall),
                "processCpuSeconds": StageClock.rounded(StageClock.processCPUSeconds()),
            ])
            try OutputFile.write(json, to: timings)
        }
    }
}

extension FloorCommand {
    /// The floor pass over the main part of the package at `path`: its text bytes.
    static func textPass(_ path: String) throws(IngestError) -> Int {
        try textPass(DocxPackage(path: path))
    }

    /// The floor pass over every XML part `convert` reads, of the package at `path`: its text bytes.
    static func allPartsPass(_ path: String) throws(IngestError) -> Int {
        let counter = TextCounter()
        try passAllParts(DocxPackage(path: path), counter)
        return counter.bytes
    }

    private static func textPass(_ package: DocxPackage) throws(IngestError) -> Int {
        let counter = TextCounter()
        try package.parse(part: package.mainPart, handler: counter)
        return counter.bytes
    }

    /// `--paired-convert`: prints and optionally saves both passes' CPU times and the ratio.
    private func runPaired(into folder: String) throws {
        let wallStart = StageClock.wallNow()
        let result = PairedBenchmark(inputs: inputs, outputFolder: folder).run()
        let blocks = result.blockRatios.sorted()
        let median = blocks.isEmpty ? 0 : blocks[blocks.count / 2]
        print("\(inputs.count - result.failures) documents, \(result.textBytes) text bytes, \(result.failures) failed")
        print("floor \(Self.seconds(result.floorTotal)) s, convert \(Self.seconds(result.convertTotal)) s thread CPU: "
            + "convert/floor \(Self.ratio(result.ratio))× (blocks of \(PairedBenchmark.blockSize) documents: median "
            + "\(Self.ratio(median))×, \(Self.ratio(blocks.first ?? 0))–\(Self.ratio(blocks.last ?? 0))×)")
        print("floor over all parts \(Self.seconds(result.floorAllPartsTotal)) s: convert/floor-all "
            + "\(Self.ratio(result.floorAllPartsTotal > 0 ? result.convertTotal / result.floorAllPartsTotal : 0))×, "
            + "floor-all/floor \(Self.ratio(result.floorTotal > 0 ? result.floorAllPartsTotal / result.floorTotal : 0))×")
        let stages: [StageClock.Stage] = [.read, .segment, .emit, .hash, .write]
        print("convert's stages: " + stages.map { stage in
            "\(stage.name) \(Self.seconds(result.clock.cpuSeconds(stage))) s"
        }.joined(separator: ", "))
        if let timings {
            let json = try result.clock.json(stages: [.floor, .floorAllParts, .convert] + stages, extra: [
                "command": "floor --paired-convert", "documents": inputs.count, "failed": result.failures, "jobs": 1,
                "ratio": StageClock.rounded(result.ratio), "blockSize": PairedBenchmark.blockSize,
                "blockRatios": result.blockRatios.map(StageClock.rounded),
                "wallSeconds": StageClock.rounded(StageClock.wallNow() - wallStart),
                "processCpuSeconds": StageClock.rounded(StageClock.processCPUSeconds()),
            ])
            try OutputFile.write(json, to: timings)
        }
        if result.failures > 0 { throw ExitCode(1) }
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
    private static func ratio(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Runs `counter` over every XML part `convert` parses, making the same package calls
    /// (`[Content_Types].xml` and `_rels/.rels` were parsed when the package was opened).
    static func passAllParts(_ package: DocxPackage, _ counter: TextCounter) throws(IngestError) {
        let main = package.mainPart
        for type in [RelationshipType.styles, .numbering, .footnotes, .endnotes] {
            guard let part = try package.relatedPart(of: main, type: type) else { continue }
            if type == .footnotes || type == .endnotes { _ = try package.relationships(of: part) }
            try package.parse(part: part, handler: counter)
        }
        _ = try package.relationships(of: main)
        if let core = try package.relationships(of: "").first(where: { $0.type == .coreProperties && !$0.isExternal }),
           package.contains(part: core.target) {
            try package.parse(part: core.target, handler: counter)
        }
        try package.parse(part: main, handler: counter)
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
