public import ArgumentParser
import Foundation
import IngestCore
import NormalizedJSON
import Pipeline
import Segmentation

/// `tkingest convert IN.docx…`: the normalized contract JSON.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert .docx files to normalized JSON (contract v1).",
        discussion: """
        Writes DIR/<input base name>.json for each input (default DIR: Output), to a \
        temporary file that is then renamed, or prints to stdout with --stdout (one input). \
        With --jobs, inputs convert on several workers (one document each at a time); \
        messages still come in input order. \
        Exit status: 0 all converted, 1 at least one failed (each on stderr as \
        'FILE: code: message'; the rest still convert), 2 bad usage.
        """
    )

    @Argument(help: "The .docx files to convert.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Folder for the JSON files.")
    var output: String = "Output"

    @Flag(help: "Print the JSON on stdout instead (one input only).")
    var stdout = false

    @Option(help: "Segmentation profile: auto, recommendations or questions.")
    var profile: Segmenter.ProfileChoice = .auto

    @Option(help: "Tweede Kamer metadata (a JSON object) for the tk block (one input only).")
    var meta: String?

    @Option(help: "Workers converting at once, one document each; 0 = one per core.")
    var jobs: Int = 0

    @Option(help: "Write the thread CPU and wall seconds of each stage (read, segment, emit, hash, write), summed over all documents, to this JSON file.")
    var timings: String?

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if stdout, inputs.count > 1 { throw ValidationError("--stdout takes one input") }
        if meta != nil, inputs.count > 1 { throw ValidationError("--meta takes one input") }
        if jobs < 0 { throw ValidationError("--jobs must be 0 or more") }
    }

    func run() throws {
        let tk = try meta.map(Self.readMetadata) ?? .null
        let converter = DocumentConverter(limits: limits.limits, profile: profile)
        let timed = timings != nil
        let (stdout, output) = (stdout, output)
        let wallStart = StageClock.wallNow()
        let (failures, clocks) = InputBatch(inputs: inputs, limits: limits.limits).forEachInput(
            jobs: jobs,
            serialKey: { input in stdout ? input : OutputFile.path(for: input, in: output, suffix: ".json") },
            makeState: { timed ? StageClock() : nil }
        ) { (input, clock: inout StageClock?) -> Data? in
            let json = try converter.convert(path: input, tk: tk, clock: &clock)
            if stdout { return Data(json) }
            try clock.time(.write) {
                try OutputFile.write(json, to: OutputFile.path(for: input, in: output, suffix: ".json"))
            }
            return nil
        }
        if let timings {
            var total = StageClock()
            for clock in clocks { total.add(clock ?? StageClock()) }
            try Self.writeTimings(total, to: timings, extra: [
                "command": "convert", "documents": inputs.count, "failed": failures, "jobs": clocks.count,
                "wallSeconds": StageClock.rounded(StageClock.wallNow() - wallStart),
                "processCpuSeconds": StageClock.rounded(StageClock.processCPUSeconds()),
            ])
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The `--timings` file; a failure to write it is reported like a failed input (exit 1).
    static func writeTimings(_ clock: StageClock, to path: String, extra: [String: Any]) throws {
        do {
            let json = try clock.json(stages: [.read, .segment, .emit, .hash, .write], extra: extra)
            try OutputFile.write(json, to: path)
        } catch {
            InputBatch.report(path, "cannot write the timings: \(error)")
            throw ExitCode(1)
        }
    }

    static func readMetadata(_ path: String) throws -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data), object is [String: Any] else {
            throw ValidationError("--meta \(path): not a readable JSON object")
        }
        return JSONValue(foundation: object)
    }
}

extension Segmenter.ProfileChoice: ExpressibleByArgument {}
