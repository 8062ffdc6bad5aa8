import WordML
import IngestCore

/// Flattens the block model into ``TextUnit``s in reading order: paragraphs of the body,
/// of table cells (row by row) and of text boxes. Empty paragraphs are left out: they
/// carry no content.
enum UnitExtractor {
    /// Characters that start a typed (not numbered) bullet when followed by a space.
    static let typedBullets = Set<Character>("•➢▪◦-–—*·o►✓→\u{F0B7}")

    static func units(of document: WordDocument) -> [TextUnit] {
        var units: [TextUnit] = []
        append(document.blocks, place: .body, to: &units)
        return units
    }

    private static func append(_ blocks: [Block], place: TextUnit.Place, to units: inout [TextUnit]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                for part in splitAtReplyBreak(paragraph) {
                    if let unit = unit(part, place: place) { units.append(unit) }
                }
            case .textBox(let box):
                append(box.blocks, place: .textBox, to: &units)
            case .table(let table):
                for row in table.rows {
                    let columns = row.cells.count
                    for (column, cell) in row.cells.enumerated() where cell.verticalMerge != .continue {
                        append(cell.blocks, place: .cell(column: column, columns: columns), to: &units)
                    }
                }
            }
        }
    }

    /// A list item whose first line closes like a finished item — with its report
    /// reference, or with "." or ";" — and continues after a line break with a new
    /// sentence ("… (paragraph 204).↵The revised EU-directive …") is two paragraphs: the
    /// item, and the reply as plain text.
    static func splitAtReplyBreak(_ paragraph: Paragraph) -> [Paragraph] {
        guard paragraph.runs.contains(where: { $0.text.utf8Contains(0x0A) }),
              paragraph.list != nil || paragraph.text.first.map({ typedBullets.contains($0) }) == true
        else { return [paragraph] }
        var head: [Run] = []
        var tail: [Run] = []
        var seenBreak = false
        for run in paragraph.runs {
            if seenBreak { tail.append(run); continue }
            guard let newline = run.text.firstIndex(of: "\n") else { head.append(run); continue }
            var before = run
            before.text = String(run.text[..<newline])
            var after = run
            after.text = String(run.text[run.text.index(after: newline)...])
            head.append(before)
            tail.append(after)
            seenBreak = true
        }
        var first = paragraph
        first.runs = head
        let firstLine = TextNormalizer.normalize(first.text)
        let rest = TextNormalizer.normalize(tail.map(\.text).joined())
        let closes = ParagraphReferences.endsWithReference(firstLine) || firstLine.hasSuffix(".") || firstLine.hasSuffix(";")
        guard closes, rest.first(where: \.isLetter)?.isUppercase == true else { return [paragraph] }
        var second = Paragraph(runs: tail)
        second.styleId = paragraph.styleId
        second.styleName = paragraph.styleName
        return [first, second]
    }

    static func unit(_ paragraph: Paragraph, place: TextUnit.Place) -> TextUnit? {
        var text = TextNormalizer.normalize(paragraph.text)
        guard !text.isEmpty else { return nil }
        var marker = paragraph.list.flatMap { $0.marker.isEmpty ? nil : $0.marker }
        var level = paragraph.list?.level
        let indent = paragraph.indentLeft ?? 0
        if marker == nil, let first = text.first, typedBullets.contains(first),
           text.dropFirst().first == " " {
            marker = String(first)
            text = String(text.dropFirst(2))
            level = max(0, Int((Double(indent) / 360).rounded()) - 1)
        }
        return TextUnit(
            text: text, place: place, headingLevel: paragraph.headingLevel, styleName: paragraph.styleName,
            isBold: paragraph.isBold, marker: marker, listLevel: level, indentLeft: indent,
            footnoteIds: paragraph.runs.compactMap(\.footnoteId)
        )
    }
}
