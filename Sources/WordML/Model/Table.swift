/// A table (`w:tbl`): rows of cells, each cell holding blocks (nested tables included).
public struct Table: Sendable, Hashable, Encodable {
    /// The table's caption (`w:tblCaption`, else `w:tblDescription`): the accessibility text Word keeps in the table properties.
    public let caption: String?
    public let rows: [TableRow]
}

/// A table row (`w:tr`). Rows deleted as a tracked change are not kept.
public struct TableRow: Sendable, Hashable, Encodable {
    public let cells: [TableCell]
    /// Whether the row repeats as a header on each page (`w:tblHeader`).
    public let isHeader: Bool

    public func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case cells, isHeader }
        var container = encoder.container(keyedBy: Key.self)
        if isHeader { try container.encode(true, forKey: .isHeader) }
        try container.encode(cells, forKey: .cells)
    }
}

/// A table cell (`w:tc`).
public struct TableCell: Sendable, Hashable, Encodable {
    /// How a cell takes part in a vertical merge (`w:vMerge`).
    public enum VerticalMerge: String, Sendable, Hashable, Encodable {
        /// The first cell of a merged column range; holds the content.
        case restart
        /// A cell covered by the cell above; normally empty.
        case `continue`
    }

    /// The cell's content.
    public let blocks: [Block]
    /// How many grid columns the cell spans (`w:gridSpan`), 1 by default.
    public let columnSpan: Int
    /// The cell's part in a vertical merge, if any.
    public let verticalMerge: VerticalMerge?

    public func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case blocks, columnSpan, verticalMerge }
        var container = encoder.container(keyedBy: Key.self)
        if columnSpan != 1 { try container.encode(columnSpan, forKey: .columnSpan) }
        try container.encodeIfPresent(verticalMerge, forKey: .verticalMerge)
        try container.encode(blocks, forKey: .blocks)
    }
}
