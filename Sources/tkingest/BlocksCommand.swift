import ArgumentParser
import Foundation
import WordML

/// `tkingest blocks IN.docx…`: the block model as JSON.
struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocks",
        abstract: "Print the block model of .docx files as JSON.",
        discussion: """
        With one input and no --output, prints the JSON on stdout. With --output DIR, \
        writes DIR/<name>.blocks.json for each input (to a temporary file, then renamed). \
        Exit status: 0 all inputs read, 1 at least one failed (each failure on stderr as \
        'FILE: code: message'), 2 bad usage.
        """
    )

    @Argument(help: "The .docx files to read.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write <name>.blocks.json files into this folder.")
    var output: String?

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if inputs.count > 1, output == nil {
            throw ValidationError("give --output DIR to read more than one file")
        }
    }

    func run() throws {
        let failures = InputBatch(inputs: inputs, limits: limits.limits).forEach { input, document in
            let json = try BlockJSON.encode(document)
            if let output {
                try OutputFile.write(json, to: OutputFile.path(for: input, in: output, suffix: ".blocks.json"))
            } else {
                FileHandle.standardOutput.write(json)
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
