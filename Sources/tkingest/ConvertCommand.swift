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

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if stdout, inputs.count > 1 { throw ValidationError("--stdout takes one input") }
        if meta != nil, inputs.count > 1 { throw ValidationError("--meta takes one input") }
    }

    func run() throws {
        let tk = try meta.map(Self.readMetadata) ?? .null
        let converter = DocumentConverter(limits: limits.limits, profile: profile)
        let failures = InputBatch(inputs: inputs, limits: limits.limits).forEachInput { input in
            let json = try converter.convert(path: input, tk: tk)
            if stdout {
                FileHandle.standardOutput.write(Data(json))
            } else {
                try OutputFile.write(Data(json), to: OutputFile.path(for: input, in: output, suffix: ".json"))
            }
        }
        if failures > 0 { throw ExitCode(1) }
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
