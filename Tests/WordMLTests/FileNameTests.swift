import Foundation
import Testing
@testable import NormalizedJSON
import Pipeline
@testable import tkingest

/// Names taken from paths without `URL` (whose paths cost a `stat` each) must equal what
/// `URL` gives; so must the output paths and the document numbers found in file names.
@Suite struct FileNameTests {
    static let inputs = [
        "2026D06192.docx", "dir/a.docx", "/abs/dir/a.b.docx", "a..docx", "-a_b.DOCX", "noext", "x/y/a.", "a.docx.",
        ".hidden.docx", "..docx", "x/.docx", "a b%20c é.docx", "./a.docx", "../x/a.docx", "a.docx ", "a.do cx", "a.é",
        "a.tar.gz", "weird:name.docx", "a.d-x", "a.d_x", "~", "~/a.docx", "x/..", "x/.", "dir/", "/", "Kamerbrief (1).docx",
    ]

    @Test(arguments: inputs)
    func fileNamesAreWhatURLGives(_ path: String) {
        #expect(DocumentConverter.fileName(of: path) == URL(fileURLWithPath: path).lastPathComponent)
    }

    @Test(arguments: ["Output", "./out", "out/", "/tmp/x//y", "..", "", "/", "a/./b", "out dir", "/tmp"])
    func outputPathsAreWhatURLGives(_ directory: String) {
        for input in Self.inputs where !input.hasSuffix("/") {
            let base = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
            let expected = URL(fileURLWithPath: directory).appendingPathComponent(base + ".json").path
            #expect(OutputFile.path(for: input, in: directory, suffix: ".json") == expected, "\(input) in \(directory)")
        }
    }

    /// The folder is made when missing; a relative path writes into the working folder;
    /// no temporary file stays behind.
    @Test func writesCreateMissingFoldersAndLeaveNoTemporaryFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tkingest-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("a/b/c.json").path
        try OutputFile.write(Data("one".utf8), to: nested)
        try OutputFile.write(Data("two".utf8), to: nested)
        #expect(FileManager.default.contents(atPath: nested) == Data("two".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("a/b").path) == ["c.json"])
    }

    @Test(arguments: [
        "2026D06192.docx", "kv-2026d06192-x.docx", "12026D06192.docx", "2026D061921.docx", "x2026D06192", "2026D0619",
        "a 2025D12345 b 2026D00001", "2026-D06192", "é2026D06192.docx", "2026D06192\u{301}.docx", "\u{301}2026D06192",
        "2026D06192é", "x\r\n2026D06192", "", "2026D06192",
    ])
    func documentNumbersMatchTheCharacterRule(_ name: String) {
        #expect(SourceInfo.documentNumber(inFileName: name) == Self.characterRule(name))
    }

    /// The rule on characters, as it was written before the ASCII scan.
    static func characterRule(_ name: String) -> String? {
        let characters = Array(name)
        guard characters.count >= 10 else { return nil }
        let isDigit = { (character: Character) in character.isASCII && character.isNumber }
        for start in 0...(characters.count - 10) {
            let slice = characters[start..<(start + 10)]
            let end = start + 10
            if slice.prefix(4).allSatisfy(isDigit), slice[start + 4] == "D" || slice[start + 4] == "d",
               slice.suffix(5).allSatisfy(isDigit), start == 0 || !isDigit(characters[start - 1]),
               end == characters.count || !isDigit(characters[end]) {
                return String(slice).uppercased()
            }
        }
        return nil
    }
}
