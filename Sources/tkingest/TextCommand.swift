import ArgumentParser
import Foundation
import WordML

/// `tkingest text IN.docx…`: plain text in reading order.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the plain text of .docx files in reading order.",
        discussion: """
        List markers are included; footnotes and endnotes follow the body, numbered [1], \
        [2]… in order of reference. The form to compare with `pandoc -f docx -t plain`.
        """
    )

    @Argument(help: "The .docx files to read.")
    var inputs: [String]

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let failures = InputBatch(inputs: inputs, limits: limits.limits).forEach { _, document in
            FileHandle.standardOutput.write(Data(PlainTextRenderer.render(document).utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
