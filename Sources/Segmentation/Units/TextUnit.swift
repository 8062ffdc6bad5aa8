import IngestCore

/// One paragraph of the document, flattened out of tables and text boxes, with the
/// layout cues the segmenter needs and its text normalized.
struct TextUnit: Sendable, Hashable {
    /// Where the paragraph sits.
    enum Place: Sendable, Hashable {
        case body
        /// A table cell: the column index and how many columns the row has.
        case cell(column: Int, columns: Int)
        case textBox
    }

    /// Normalized text without list marker or footnote marks.
    var text: String
    var place: Place
    var headingLevel: Int?
    var styleName: String?
    var isBold: Bool
    /// A list marker from numbering or typed at the start of the text (`•`, `➢`, `-`).
    var marker: String?
    /// The list level: `w:ilvl` for numbered lists, derived from indentation for typed ones.
    var listLevel: Int?
    var indentLeft: Int
    var footnoteIds: [String]

    /// Whether the unit is laid out as a list item (numbered or with a typed marker).
    var isListItem: Bool { marker != nil }

    /// Whether the unit sits in the first column of a table of two or more columns.
    var isFirstColumn: Bool {
        if case .cell(let column, let columns) = place { return column == 0 && columns >= 2 }
        return false
    }

    /// Whether the unit sits in a later column of a multi-column table.
    var isLaterColumn: Bool {
        if case .cell(let column, let columns) = place { return column > 0 && columns >= 2 }
        return false
    }

    /// Whether the first letter is lower-case ("ensuring that …").
    var startsLowercase: Bool {
        text.withUTF8Bytes(Self.asciiStartsLowercase) ?? text.first(where: \.isLetter)?.isLowercase ?? false
    }

    /// ``startsLowercase`` read on bytes while they are ASCII, nil from the first character
    /// that is not. An ASCII byte followed by another (or by nothing) is a character of its
    /// own — only "\r\n" joins two ASCII bytes, and neither is a letter — so the first
    /// ASCII letter met decides: a–z.
    static func asciiStartsLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 else { return nil }
            // `| 0x20` lower-cases an ASCII letter and turns no other byte into one.
            if (0x61...0x7A).contains(byte | 0x20) { return byte >= 0x61 }
        }
        return false
    }

    /// Whether the text has at most `limit` words — runs of characters between spaces, as
    /// `split(separator: " ")` counts them. Counts on bytes and stops past the limit.
    func hasAtMost(words limit: Int) -> Bool {
        Self.text(text, hasAtMostWords: limit)
    }

    /// ``hasAtMost(words:)`` of a unit's `text`, for a caller that holds only the text.
    static func text(_ text: String, hasAtMostWords limit: Int) -> Bool {
        text.withUTF8Bytes { bytes in
            var count = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count > limit { return false }
                }
            }
            return true
        }
    }

    /// Whether the text has at most `limit` characters; walks at most `limit` of them.
    func hasAtMost(characters limit: Int) -> Bool {
        Self.text(text, hasAtMostCharacters: limit)
    }

    /// ``hasAtMost(characters:)`` of a unit's `text`, for a caller that holds only the text.
    static func text(_ text: String, hasAtMostCharacters limit: Int) -> Bool {
        text.utf8.count <= limit || text.dropFirst(limit).isEmpty
    }
}
