import ArgumentParser

/// A command whose positional arguments are its input files.
protocol InputListCommand: ParsableCommand {
    var inputs: [String] { get set }
}

extension ConvertCommand: InputListCommand {}
extension TextCommand: InputListCommand {}
extension BlocksCommand: InputListCommand {}
extension FloorCommand: InputListCommand {}

/// Parses a command line that ends in many input files in time linear in their number.
///
/// ArgumentParser stores each value of a repeated positional argument by copying every value
/// before it and the set of their positions, so N inputs cost O(N²): 1,000 files took 331 M
/// instructions (~0.1 s) before the first document was opened, 4,000 took 0.9 s and 16,000
/// took 11 s (a shell glob of a year's attachments). A command line that ends in a long run of
/// plain values (none starts with `-`; the run begins after the last option, if any) is parsed
/// with that run cut to its first two values. When adding the run's third value to the cut adds
/// exactly that value to the command's inputs and changes nothing else, no option takes values
/// from the run past its start, so the rest of the run is appended to the inputs without
/// ArgumentParser. Any other outcome returns nil: the caller parses the whole command line as
/// before, errors included.
enum LongInputList {
    /// Runs shorter than this are left to ArgumentParser (a few milliseconds at most).
    static let minimumRun = 64

    /// The parsed command, or nil when the command line is not one this shortcut handles.
    /// - Parameter arguments: The command line without the program name.
    static func parse(_ arguments: [String]) -> (any ParsableCommand)? {
        let runStart = arguments.lastIndex { $0.hasPrefix("-") }.map { $0 + 1 } ?? 0
        guard arguments.count - runStart >= minimumRun else { return nil }
        let cut = Array(arguments[..<(runStart + 2)])
        let third = arguments[runStart + 2]
        guard var command = (try? TKIngest.parseAsRoot(cut)) as? any InputListCommand,
              let probe = try? TKIngest.parseAsRoot(cut + [third]) else { return nil }
        var expected = command
        expected.inputs.append(third)
        guard described(probe) == described(expected) else { return nil }
        command.inputs += arguments[(runStart + 2)...]
        // The cut passed validation with two of the inputs; the whole list must pass too.
        guard (try? command.validate()) != nil else { return nil }
        return command
    }

    /// Every stored property of `command`, values included.
    static func described(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }
}
