import IngestCore

/// Renders a ``WordDocument`` as plain text in reading order — the form to diff against
/// `pandoc -t plain`: one block per paragraph separated by blank lines, list markers
/// before list items (not before numbered headings), table cells in order, note references as `[n]` and the notes
/// themselves at the end, numbered in order of first reference.
public enum PlainTextRenderer {
    /// The plain text of `document`.
    public static func render(_ document: WordDocument) -> String {
        var state = State(document: document)
        state.render(document.blocks)
        var output = state.lines.joined(separator: "\n\n")
        var notes: [String] = []
        let footnotes = Dictionary(document.footnotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let endnotes = Dictionary(document.endnotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var index = 0
        while index < state.noteOrder.count {
            let (kind, id) = state.noteOrder[index]
            index += 1
            let note = (kind == .footnote ? footnotes : endnotes)[id]
            var noteState = state
            noteState.lines = []
            noteState.render(note?.blocks ?? [])
            state.noteOrder = noteState.noteOrder
            state.noteNumbers = noteState.noteNumbers
            notes.append("[\(index)] " + noteState.lines.joined(separator: "\n\n"))
        }
        if !notes.isEmpty { output += (output.isEmpty ? "" : "\n\n") + notes.joined(separator: "\n\n") }
        return output.isEmpty ? "" : output + "\n"
    }

    private struct State {
        let document: WordDocument
        var lines: [String] = []
        var noteOrder: [(Note.Kind, String)] = []
        var noteNumbers: [String: Int] = [:]

        mutating func render(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    let text = text(of: paragraph)
                    // Headings print without their outline number, as pandoc does; the
                    // block model keeps it in `list.marker`.
                    let marker = paragraph.headingLevel == nil ? paragraph.list?.marker ?? "" : ""
                    let line = marker.isEmpty ? text : marker + " " + text
                    if !line.trimming(" ").isEmpty { lines.append(line) }
                case .table(let table):
                    if let caption = table.caption { lines.append(caption) }
                    for row in table.rows {
                        for cell in row.cells { render(cell.blocks) }
                    }
                case .textBox(let box):
                    render(box.blocks)
                }
            }
        }

        mutating func text(of paragraph: Paragraph) -> String {
            var result = ""
            for run in paragraph.runs {
                if let id = run.footnoteId { result += "[\(number(.footnote, id))]" }
                else if let id = run.endnoteId { result += "[\(number(.endnote, id))]" }
                else if let image = run.imageDescription { result += "[\(image)]" }
                result += run.text
            }
            return result
        }

        mutating func number(_ kind: Note.Kind, _ id: String) -> Int {
            let key = "\(kind.rawValue):\(id)"
            if let known = noteNumbers[key] { return known }
            noteOrder.append((kind, id))
            noteNumbers[key] = noteOrder.count
            return noteOrder.count
        }
    }
}
