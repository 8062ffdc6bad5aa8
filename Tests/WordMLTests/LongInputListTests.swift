import ArgumentParser
import Testing
@testable import tkingest

/// A long list of input files is parsed without ArgumentParser's per-value copying, into the
/// same command the full parse gives; anything else is left to the full parse.
@Suite struct LongInputListTests {
    static let files = (0..<(LongInputList.minimumRun + 6)).map { "in/doc-\($0).docx" }

    @Test(arguments: [
        ["convert"],
        ["convert", "-o", "out"],
        ["convert", "--jobs", "2", "--profile", "questions"],
        ["convert", "--max-xml-depth", "50", "-o", "out dir"],
        ["convert", "--"],
        ["convert", "--", "-dash.docx"],
        ["text"],
        ["blocks", "-o", "blocks"],
        ["floor", "--all-parts"],
        ["floor", "--paired-convert", "pairs"],
    ])
    func longListsParseAsTheFullParserDoes(_ head: [String]) throws {
        let arguments = head + Self.files
        let shortcut = try #require(LongInputList.parse(arguments))
        let full = try TKIngest.parseAsRoot(arguments)
        #expect(LongInputList.described(shortcut) == LongInputList.described(full))
        let inputs = try #require((shortcut as? any InputListCommand)?.inputs)
        #expect(inputs.suffix(Self.files.count) == Self.files[...])
    }

    @Test(arguments: [
        ["convert", "--stdout"],                 // one input only: the full parse's error
        ["convert", "--meta", "tk.json"],        // one input only
        ["run"],                                 // not a command of input files
        [],                                      // no subcommand
        ["convert", "--jobs"],                   // the option takes the first file as its value
    ])
    func anythingElseIsLeftToTheFullParser(_ head: [String]) {
        #expect(LongInputList.parse(head + Self.files) == nil)
    }

    /// The run counts every plain value after the last option, its value included.
    @Test func shortRunsAreLeftToTheFullParser() {
        let run = Array(Self.files.prefix(LongInputList.minimumRun - 2))
        #expect(LongInputList.parse(["convert", "--jobs", "1"] + run) == nil)
        #expect(LongInputList.parse(["convert", "--jobs", "1"] + run + ["one-more.docx"]) != nil)
    }

    /// End to end: `text` over a long list reads every input, in order.
    @Test func theBinaryReadsEveryInputOfALongList() throws {
        let fixture = TestPaths.fixture("docx/tables.docx")
        let single = try CommandLineTests.run(["text", fixture])
        let many = try CommandLineTests.run(["text"] + Array(repeating: fixture, count: LongInputList.minimumRun + 1))
        #expect(single.status == 0 && many.status == 0)
        #expect(many.stdout == String(repeating: single.stdout, count: LongInputList.minimumRun + 1))
    }
}
