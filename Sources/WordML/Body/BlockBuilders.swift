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
///
/// The last run's text is collected as UTF-8 bytes at the end of a buffer the reader
/// shares between its open paragraphs (`openText` below): paragraphs nest (a text box
/// inside a paragraph), so the innermost open paragraph's bytes are always the buffer's
/// last ones, and a builder holds no buffer of its own to allocate and copy.
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

    /// While text is still being added to the last run (``append(text:look:openText:)``):
    /// where its bytes start in `openText`. ``closeText(openText:)`` writes them into the run.
    private var openTextStart: Int?
    /// The look the open text was last added in: more text in the same look merges into the
    /// last run without comparing runs (``Run/canMerge(with:)`` holds for a template and itself).
    private var openLook: RunLook?

    /// Appends a run, merging it into the previous one when the formatting is equal. Open
    /// text is closed first.
    mutating func append(_ run: Run, openText: TextBytes) {
        closeText(openText: openText)
        Self.append(run, to: &runs)
    }

    /// `runs` with every run merged into the one before it when their formatting is equal.
    static func merged(_ runs: [Run]) -> [Run] {
        var result: [Run] = []
        for run in runs { append(run, to: &result) }
        return result
    }

    private static func append(_ run: Run, to runs: inout [Run]) {
        if let last = runs.last, last.canMerge(with: run) {
            runs[runs.count - 1].text += run.text
        } else {
            runs.append(run)
        }
    }

    /// Appends UTF-8 text in `look` (its run has no text): merged into the last run when the
    /// looks are equal. The bytes are collected at the end of `openText` and become the
    /// run's `String` once, in ``closeText(openText:)``, however many pieces a run is split into.
    mutating func append(text: UnsafeBufferPointer<UInt8>, look: RunLook, openText: TextBytes) {
        if openTextStart != nil, openLook === look {
            openText.append(text)
            return
        }
        if let index = runs.indices.last, runs[index].canMerge(with: look.run) {
            if openTextStart == nil {
                openTextStart = openText.count
                openText.append(runs[index].text)
            }
        } else {
            closeText(openText: openText)
            // Most paragraphs have one run: a literal allocates its storage directly, which
            // costs less than growing the empty array.
            if runs.isEmpty { runs = [look.run] } else { runs.append(look.run) }
            openTextStart = openText.count
        }
        openLook = look
        openText.append(text)
    }

    /// Writes the collected text into the last run and drops it from the end of `openText`;
    /// call before reading ``runs``.
    mutating func closeText(openText: TextBytes) {
        openLook = nil
        guard let start = openTextStart else { return }
        openTextStart = nil
        if !runs.isEmpty {
            runs[runs.count - 1].text = openText.string(from: start)
        }
        openText.removeSubrange(from: start)
    }
}
