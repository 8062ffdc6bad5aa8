/// Where finished blocks go while the body is read: the body itself, a table cell, a
/// text box or a note.
struct BlockContainer {
    enum Kind {
        case root
        case cell
        case textBox
        case note(id: String)
    }

    var kind: Kind
    var blocks: [Block] = []
    /// Runs of a paragraph whose mark was deleted (tracked change): accepting the change
    /// joins them to the start of the next paragraph in this container.
    var carriedRuns: [Run] = []
    /// Cell properties (`w:tcPr`), for cell containers.
    var cellSpan = 1
    var cellMerge: TableCell.VerticalMerge?
    var cellDeleted = false
}

/// A table being read: finished rows plus the row in progress.
struct TableBuilder {
    var caption: String?
    var rows: [TableRow] = []
    var cells: [TableCell] = []
    var rowDeleted = false
    var rowIsHeader = false
}

/// A paragraph being read: its direct properties and runs so far.
struct ParagraphBuilder {
    var styleId: String?
    /// ``styleId``'s key in the part's ``StyleKeys``.
    var styleKey = StyleKeys.none
    var numId: Int?
    var numLevel: Int?
    var outlineLevel: Int?
    var alignment: String?
    var indentLeft: Int?
    var markDeleted = false
    /// A drop cap (`w:framePr w:dropCap`): its letter belongs to the next paragraph.
    var isDropCap = false
    var runs: [Run] = []
    /// Bytes of text so far (the paragraph size limit).
    var textBytes = 0
    /// Text boxes anchored in this paragraph, placed before it.
    var textBoxes: [TextBox] = []

    /// The last run's text as bytes while text is still being added to it (``append(text:look:)``);
    /// ``closeText()`` writes it into the run.
    private var openText: [UInt8] = []
    private var hasOpenText = false

    init() {}

    /// A builder that collects text in `textBuffer`, an empty buffer with capacity from
    /// ``takeTextBuffer()``.
    init(textBuffer: [UInt8]) {
        openText = textBuffer
    }

    /// The buffer the text was collected in, emptied with its capacity kept, for the next
    /// paragraph's builder: each paragraph does not grow a buffer of its own. Call after
    /// ``closeText()``.
    mutating func takeTextBuffer() -> [UInt8] {
        hasOpenText = false
        openText.removeAll(keepingCapacity: true)
        defer { openText = [] }
        return openText
    }

    /// Appends a run, merging it into the previous one when the formatting is equal.
    mutating func append(_ run: Run) {
        closeText()
        if let last = runs.last, last.canMerge(with: run) {
            runs[runs.count - 1].text += run.text
        } else {
            runs.append(run)
        }
    }

    /// Appends UTF-8 text in `look` (its run has no text): merged into the last run when the
    /// looks are equal. The bytes are collected and become the run's `String` once, in
    /// ``closeText()``, however many pieces a run is split into.
    mutating func append(text: [UInt8], look: RunLook) {
        if let index = runs.indices.last, runs[index].canMerge(with: look.run) {
            if !hasOpenText {
                openText.removeAll(keepingCapacity: true)
                openText.append(contentsOf: runs[index].text.utf8)
                hasOpenText = true
            }
            openText.append(contentsOf: text)
        } else {
            closeText()
            runs.append(look.run)
            openText.removeAll(keepingCapacity: true)
            openText.append(contentsOf: text)
            hasOpenText = true
        }
    }

    /// Writes the collected text into the last run; call before reading ``runs``.
    mutating func closeText() {
        guard hasOpenText, !runs.isEmpty else { return }
        runs[runs.count - 1].text = String(decoding: openText, as: UTF8.self)
        hasOpenText = false
    }
}
