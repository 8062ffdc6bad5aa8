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
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                let word = bytes[start..<end]
                if let first = word.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "w"),
                   urlPrefixes.contains(where: { word.starts(with: $0) }) {
                    // Words end at ASCII spaces, so they are whole UTF-8 sequences.
                    let url = String(decoding: UnsafeBufferPointer(rebasing: word), as: UTF8.self).trimming(".,;:)(")
                    if !urls.contains(url) { urls.append(url) }
                }
                start = end + 1
            }
        }
    }
}
