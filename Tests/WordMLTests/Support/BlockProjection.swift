import Foundation
import WordML

/// Turns the block model into the plain shapes `Tests/Fixtures/expected.json` uses, so
/// fixture expectations can be compared as JSON-like values.
enum BlockProjection {
    /// A paragraph's or table's fields as the expectations name them.
    static func project(_ block: Block) -> [String: Any] {
        switch block {
        case .paragraph(let paragraph): return project(paragraph)
        case .textBox(let box): return ["kind": "textBox", "blocks": box.blocks.map(project)]
        case .table(let table): return project(table)
        }
    }

    static func project(_ paragraph: Paragraph) -> [String: Any] {
        var result: [String: Any] = [
            "kind": "paragraph",
            "text": paragraph.text,
            "normalizedText": normalize(paragraph.text),
            "heading": paragraph.headingLevel.map { $0 as Any } ?? NSNull(),
            "list": paragraph.list.map { list -> Any in
                ["bullet": list.isBullet, "level": list.level, "marker": list.marker, "numId": list.numId]
            } ?? NSNull(),
            "runs": paragraph.runs.filter { !$0.text.isEmpty }.map { run -> [String: Any] in
                var fields: [String: Any] = ["text": run.text]
                if run.bold { fields["bold"] = true }
                if run.italic { fields["italic"] = true }
                if run.underline { fields["underline"] = true }
                if run.verticalAlign == "superscript" { fields["superscript"] = true }
                return fields
            },
            "hyperlinks": hyperlinks(paragraph.runs),
            "footnoteRefs": paragraph.runs.compactMap(\.footnoteId),
            "endnoteRefs": paragraph.runs.compactMap(\.endnoteId),
        ]
        if let id = paragraph.styleId {
            result["style"] = ["id": id, "name": paragraph.styleName.map { $0 as Any } ?? NSNull()]
        }
        return result
    }

    /// Consecutive runs with one link target, as `{text, url}` or `{text, anchor}`.
    static func hyperlinks(_ runs: [Run]) -> [[String: Any]] {
        var links: [[String: Any]] = []
        var current: (target: String, text: String)?
        func flush() {
            guard let link = current else { return }
            if link.target.hasPrefix("#") {
                links.append(["text": link.text, "anchor": String(link.target.dropFirst())])
            } else {
                links.append(["text": link.text, "url": link.target])
            }
            current = nil
        }
        for run in runs {
            if let target = run.hyperlink, target == current?.target {
                current?.text += run.text
            } else {
                flush()
                if let target = run.hyperlink { current = (target, run.text) }
            }
        }
        flush()
        return links
    }

    /// A table with HTML-style spans: a vertical merge start gets `rowSpan`, covered
    /// cells are left out.
    static func project(_ table: Table) -> [String: Any] {
        var rows: [[String: Any]] = []
        for (rowIndex, row) in table.rows.enumerated() {
            var cells: [[String: Any]] = []
            var column = 0
            for cell in row.cells {
                defer { column += cell.columnSpan }
                if cell.verticalMerge == .continue { continue }
                var fields: [String: Any] = ["blocks": cell.blocks.map(project)]
                if cell.columnSpan > 1 { fields["colSpan"] = cell.columnSpan }
                if cell.verticalMerge == .restart {
                    fields["rowSpan"] = 1 + continuationCount(table, below: rowIndex, column: column)
                }
                cells.append(fields)
            }
            rows.append(["cells": cells])
        }
        return ["kind": "table", "rows": rows, "headerRows": table.rows.prefix { $0.isHeader }.count]
    }

    private static func continuationCount(_ table: Table, below rowIndex: Int, column: Int) -> Int {
        var count = 0
        for row in table.rows.dropFirst(rowIndex + 1) {
            var start = 0
            let cell = row.cells.first { cell in
                defer { start += cell.columnSpan }
                return start == column
            }
            guard cell?.verticalMerge == .continue else { break }
            count += 1
        }
        return count
    }

    /// The contract's normalization: NFC, whitespace runs collapsed to one space, trimmed.
    static func normalize(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The plain text of a list of blocks, paragraphs joined by newlines.
    static func text(of blocks: [Block]) -> String {
        blocks.map { block -> String in
            switch block {
            case .paragraph(let paragraph): return paragraph.text
            case .textBox(let box): return text(of: box.blocks)
            case .table(let table): return table.rows.flatMap(\.cells).map { text(of: $0.blocks) }.joined(separator: "\n")
            }
        }.joined(separator: "\n")
    }
}
