import IngestCore
import Segmentation
import WordML

/// A footnote or endnote as the contract lists it: its id (endnotes prefixed `e` so both
/// kinds can share one list), kind, normalized text, and URLs (hyperlink targets, then
/// URLs written in the text, each once).
struct ContractNote {
    let id: String
    let kind: Note.Kind
    let text: String
    let urls: [String]

    /// The document's footnotes, then its endnotes.
    static func all(in document: WordDocument) -> [ContractNote] {
        document.footnotes.map { ContractNote($0, id: $0.id) } + document.endnotes.map { ContractNote($0, id: "e" + $0.id) }
    }

    init(_ note: Note, id: String) {
        // The paragraphs' texts joined by spaces, and the hyperlinks of their runs, in one pass.
        var joined = ""
        var urls: [String] = []
        var isFirstParagraph = true
        Self.forEachParagraph(in: note.blocks) { paragraph in
            if !isFirstParagraph { joined.append(" ") }
            isFirstParagraph = false
            for run in paragraph.runs {
                joined.append(run.text)
                if let link = run.hyperlink, !link.hasPrefix("#"), !urls.contains(link) { urls.append(link) }
            }
        }
        let text = TextNormalizer.normalize(joined)
        Self.appendWrittenURLs(in: text, to: &urls)
        self.id = id
        self.kind = note.kind
        self.text = text
        self.urls = urls
    }

    /// Calls `body` with every paragraph in `blocks`, inside text boxes and tables too, in order.
    private static func forEachParagraph(in blocks: [Block], _ body: (Paragraph) -> Void) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): body(paragraph)
            case .textBox(let box): forEachParagraph(in: box.blocks, body)
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells { forEachParagraph(in: cell.blocks, body) }
                }
            }
        }
    }

    private static let urlPrefixes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]

    /// Appends the space-separated words of `text` that start like a URL, without
    /// surrounding punctuation, unless already listed.
    private static func appendWrittenURLs(in text: String, to urls: inout [String]) {
        text.withUTF8Bytes { bytes in
            forEachWordStartingWithHOrW(in: bytes) { start in
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                let word = bytes[start..<end]
                if urlPrefixes.contains(where: { word.starts(with: $0) }) {
                    let url = trimmedURL(UnsafeBufferPointer(rebasing: word))
                    if !urls.contains(url) { urls.append(url) }
                }
            }
        }
    }

    /// `word` as a string without leading and trailing ".,;:)(" characters. An ASCII word
    /// (most URLs) is trimmed on its bytes, each of which is then a character of its own
    /// ("\r\n" joins two, but neither is trimmed): `trimming` walks `Character`s.
    static func trimmedURL(_ word: UnsafeBufferPointer<UInt8>) -> String {
        guard ByteVectors.isASCII(word) else {
            // Words end at ASCII spaces, so they are whole UTF-8 sequences.
            return String(decoding: word, as: UTF8.self).trimming(urlTrimmed)
        }
        let isTrimmed = { (byte: UInt8) in urlTrimmedBytes.contains(byte) }
        var start = 0
        var end = word.count
        while start < end, isTrimmed(word[start]) { start += 1 }
        while end > start, isTrimmed(word[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: word[start..<end]), as: UTF8.self)
    }

    /// The characters trimmed off a URL written in the text, and their bytes.
    private static let urlTrimmed = ".,;:)("
    private static let urlTrimmedBytes = Array(urlTrimmed.utf8)

    /// Calls `body`, in order, with the start of every word (a run of bytes after the
    /// start or a space) whose first byte is "h" or "w", as every URL prefix's is. Sixteen
    /// starts at a time: walking the text word by word costs a test per byte, and most
    /// notes have no URL.
    static func forEachWordStartingWithHOrW(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let base = bytes.baseAddress, let first = bytes.first else { return }
        let isCandidate = { (byte: UInt8) in byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w") }
        if isCandidate(first) { body(0) }
        var index = 1
        while index + ByteVectors.width <= bytes.count {
            let block = ByteVectors.load(base, at: index)
            let previous = ByteVectors.load(base, at: index - 1)
            let starts = (previous .== ByteVectors.splat(0x20))
                .& ((block .== ByteVectors.splat(UInt8(ascii: "h"))) .| (block .== ByteVectors.splat(UInt8(ascii: "w"))))
            _ = ByteVectors.contains(lanesOf: starts) { lane in
                body(index + lane)
                return false
            }
            index += ByteVectors.width
        }
        while index < bytes.count {
            if bytes[index - 1] == 0x20, isCandidate(bytes[index]) { body(index) }
            index += 1
        }
    }
}
