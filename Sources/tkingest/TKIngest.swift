import ArgumentParser

/// The `tkingest` command: turns Tweede Kamer Word attachments into analysable data.
@main
struct TKIngest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tkingest",
        abstract: "Turn Word (.docx) attachments of the Tweede Kamer into normalized JSON.",
        version: ToolVersion.current,
        subcommands: [BlocksCommand.self, TextCommand.self]
    )
}

/// The tool's version, part of every output that records provenance.
enum ToolVersion {
    static let current = "0.1.0"
}
