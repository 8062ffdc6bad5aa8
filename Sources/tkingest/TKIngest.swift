import ArgumentParser
import Foundation
import Pipeline

/// The `tkingest` command: turns Tweede Kamer Word attachments into analysable data.
@main
struct TKIngest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tkingest",
        abstract: "Turn Word (.docx) attachments of the Tweede Kamer into normalized JSON.",
        version: ToolVersion.current,
        subcommands: [ConvertCommand.self, RunCommand.self, BlocksCommand.self, TextCommand.self, FloorCommand.self]
    )

    /// Runs the command; bad usage exits with status 2 (ArgumentParser's default is 64),
    /// as documented: 0 all inputs converted, 1 some input failed, 2 bad usage.
    static func main() {
        // libzip turns every zip entry's DOS date into a time with mktime, and glibc without
        // TZ re-reads /etc/localtime's metadata on each call (~18 stat calls per document).
        // Naming the same zone once makes those calls read nothing; a TZ the user set stays.
        setenv("TZ", ":/etc/localtime", 0)
        do {
            var command = try LongInputList.parse(Array(CommandLine.arguments.dropFirst())) ?? parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
