import WordML
import IngestCore

/// Flattens the block model into ``TextUnit``s in reading order: paragraphs of the body,
/// of table cells (row by row) and of text boxes. Empty paragraphs are left out: they
/// carry no content.
enum UnitExtractor {
    /// Characters that start a typed (not numbered) bullet when followed by a space.
    static let typedBullets = Set<Character>("•➢▪◦-–—*·o►✓→\u{F0B7}")

    static func units(of document: WordDocument) -> [TextUnit] {
        units(taking: document.blocks)
    }

    /// The units of the body `blocks`, taken out of the array one by one.
    ///
    /// A block read in place is copied — every string and array of a paragraph retained,
    /// and released after — since the calls made with it could, for all the optimizer
    /// knows, change the array; a block taken out is moved. When the caller holds no other
    /// reference to the array (``Segmenter/segment(takingBlocksOf:profile:)``) nothing is
    /// copied, and each block is freed once its units are made.
    static func units(taking blocks: consuming [Block]) -> [TextUnit] {
        var units: [TextUnit] = []
        // At least one unit per top-level block, in most documents.
        units.reserveCapacity(blocks.count)
        // Taken from the end, so reversed first: `popLast` moves the last block out. Reversed
        // through the buffer, whose swaps are moves; `Array.reverse` checks each access.
        blocks.withUnsafeMutableBufferPointer { $0.reverse() }
        while let block = blocks.popLast() {
            append(block, place: .body, to: &units)
        }
        return units
    }

    /// Appends the units of nested `blocks` (a cell's, a text box's), read in place.
    private static func append(_ blocks: [Block], place: TextUnit.Place, to units: inout [TextUnit]) {
        for block in blocks {
            append(block, place: place, to: &units)
        }
    }

    /// Appends the units of `block`.
    private static func append(_ block: Block, place: TextUnit.Place, to units: inout [TextUnit]) {
        switch block {
        case .paragraph(let paragraph):
            if mayHaveReplyBreak(paragraph), let (item, reply) = splitAtReplyBreak(paragraph) {
                if let unit = unit(item, place: place) { units.append(unit) }
                if let unit = unit(reply, place: place) { units.append(unit) }
            } else if let unit = unit(paragraph, place: place) {
                units.append(unit)
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

    /// A list item whose first line closes like a finished item — with its report
    /// reference, or with "." or ";" — and continues after a line break with a new
    /// sentence ("… (paragraph 204).↵The revised EU-directive …") is two paragraphs: the
    /// item, and the reply as plain text. Nil when the paragraph stays whole.
    static func splitAtReplyBreak(_ paragraph: Paragraph) -> (item: Paragraph, reply: Paragraph)? {
        guard mayHaveReplyBreak(paragraph) else { return nil }
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
        guard closes, rest.first(where: \.isLetter)?.isUppercase == true else { return nil }
        var second = Paragraph(runs: tail)
        second.styleId = paragraph.styleId
        second.styleName = paragraph.styleName
        return (first, second)
    }

    /// Whether the paragraph is a list item with a line break: only those split.
    private static func mayHaveReplyBreak(_ paragraph: Paragraph) -> Bool {
        // The cheap layout test comes before the scan for a line break; runs are read where
        // they are (iterating them copies each).
        guard isNumbered(paragraph) || startsWithTypedBullet(paragraph) else { return false }
        // Sixteen bytes at a time: list items are long texts, and most have no line break.
        return paragraph.runs.indices.contains {
            paragraph.runs[$0].text.withUTF8Bytes { ByteVectors.firstIndex(of: 0x0A, in: $0, from: 0) != nil }
        }
    }

    /// Whether the paragraph has list numbering (tested without copying the `ListInfo`).
    private static func isNumbered(_ paragraph: Paragraph) -> Bool {
        if case .none = paragraph.list { false } else { true }
    }

    /// Whether the paragraph's text starts with one of ``typedBullets``.
    private static func startsWithTypedBullet(_ paragraph: Paragraph) -> Bool {
        // The text's first byte is the first byte of the first run with text.
        guard let run = paragraph.runs.firstIndex(where: { !$0.text.isEmpty }), let lead = paragraph.runs[run].text.utf8.first,
              mayStartBullet(lead) else { return false }
        return paragraph.text.first.map { typedBullets.contains($0) } == true
    }

    /// Whether a character whose first byte is `lead` can be one of ``typedBullets``.
    /// `Character` equality is canonical equivalence (U+0387 equals "·"), so any
    /// non-ASCII lead may; a character starting with an ASCII byte decomposes to one
    /// starting with that byte, so of ASCII leads only the bullets' own ("-", "*", "o").
    static func mayStartBullet(_ lead: UInt8) -> Bool {
        lead >= 0x80 || lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "o")
    }

    static func unit(_ paragraph: Paragraph, place: TextUnit.Place) -> TextUnit? {
        var text = TextNormalizer.normalize(paragraph.text)
        guard !text.isEmpty else { return nil }
        // The list's fields read where they are: binding the `ListInfo` would copy it.
        var marker = paragraph.list?.marker
        if marker?.isEmpty == true { marker = nil }
        var level = paragraph.list?.level
        let indent = paragraph.indentLeft ?? 0
        if marker == nil, let lead = text.utf8.first, mayStartBullet(lead), let first = text.first, typedBullets.contains(first),
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
