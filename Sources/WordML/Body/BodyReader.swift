import XMLStreaming
import IngestCore
import DocxPackage

/// Reads WordprocessingML block content — the main document body, or the notes of
/// `footnotes.xml` / `endnotes.xml` — into blocks, streaming.
///
/// Tracked changes are accepted (insertions kept, deletions dropped), one branch of
/// every `mc:AlternateContent` is read, wrappers (`w:sdt`, `w:smartTag`, `w:customXml`,
/// `w:fldSimple`, hyperlinks) pass their content through, and only field results — never
/// field instructions — become text.
final class BodyReader: XMLEventHandler {
    /// The element contexts that decide what a child element means.
    private enum Context {
        case paragraph, paragraphProperties, numbering, markProperties
        case run, runProperties, table, tableProperties, row, rowProperties, cell, cellProperties
        case hyperlink, simpleField, note, other
    }

    private enum TextTarget { case none, text, instruction }

    private let context: ReadContext
    private let relationships: [String: Relationship]
    private let notesKind: Note.Kind?

    private let stack = ElementStack<Context>()
    private var skipping = 0
    private var alternateContent = AlternateContentChooser()
    private var math = MathLinearizer()
    private var containers: [BlockContainer] = [BlockContainer(kind: .root)]
    private var paragraphs: [ParagraphBuilder] = []
    private var tables: [TableBuilder] = []
    private var runFormatting = RunFormatting()
    private var runStyle: String?
    private var runStyleKey = StyleKeys.none
    private var styleKeys = StyleKeys()
    private var hyperlinks: [String?] = []
    private var fields: [FieldState] = []
    /// The run templates made last (``currentLook()``): consecutive pieces of text mostly
    /// share a look.
    private var looks = RunLooks()
    private var textTarget = TextTarget.none
    /// The text element being read (`w:t`, `w:instrText`, `m:t`).
    private let textBuffer = TextBytes()
    /// The open paragraphs' last-run text, innermost last (``ParagraphBuilder``): one buffer
    /// whose capacity every paragraph reuses.
    private let openRunText = TextBytes()
    /// Text the reader adds itself (a tab, a break, a symbol), kept apart from
    /// ``textBuffer``, which may hold a text element's first characters.
    private let literalText = TextBytes()
    /// The formatting a run inherits from its character and paragraph styles and the
    /// document defaults, for the last few pairs of styles asked about (a document
    /// alternates between a handful), most recent last.
    private var inheritedFormatting: [(paragraphStyleKey: Int, runStyleKey: Int, formatting: RunFormatting)] = []

    /// The blocks of the body (or of the notes' content, unused).
    private(set) var blocks: [Block] = []
    /// The notes read from a notes part.
    private(set) var notes: [Note] = []
    /// Footnote and endnote ids referenced from the text, in order.
    private(set) var footnoteReferences: [String] = []
    private(set) var endnoteReferences: [String] = []

    private(set) var failure: IngestError?
    var wantsCharacters: Bool { textTarget != .none }

    /// - Parameters:
    ///   - context: Styles, numbering, limits and diagnostics shared by the document's parts.
    ///   - relationships: The part's relationships, by id (hyperlink targets).
    ///   - notesKind: Set when reading `footnotes.xml` or `endnotes.xml`.
    init(context: ReadContext, relationships: [Relationship], notesKind: Note.Kind? = nil) {
        self.context = context
        var byId: [String: Relationship] = [:]
        for relationship in relationships where byId[relationship.id] == nil { byId[relationship.id] = relationship }
        self.relationships = byId
        self.notesKind = notesKind
    }

    // MARK: - Events

    func tag(for name: XMLName) -> Int {
        BodyElement.tag(for: name)
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        if skipping > 0 { skipping += 1; return }
        if alternateContent.shouldSkip(start: name, attributes: attributes) { return }
        let parent = stack.last ?? .other
        switch BodyElement(tag: name.tag) {
        case .mathText:
            stack.append(.other)
            startText(.text)
        case .math:
            stack.append(.other)
            if let text = math.start(name.localName, attributes: attributes) { appendText(text) }
        case .drawingDescription:
            stack.append(.other)
            imageDescription(attributes)
        case .foreign:
            stack.append(.other)
        case let element:
            if let pushed = startW(element, parent: parent, attributes: attributes) {
                stack.append(pushed)
            }
        }
    }

    func endElement(_ name: XMLName) {
        if skipping > 0 { skipping -= 1; return }
        if alternateContent.shouldSkip(end: name) { return }
        guard let current = stack.popLast() else { return }
        let element = BodyElement(tag: name.tag)
        switch element {
        case .t, .instrText, .mathText:
            if textTarget != .none { endText() }
        case .math:
            if let text = math.end(name.localName) { appendText(text) }
        default: break
        }
        switch element {
        case .mathText, .math, .drawingDescription, .foreign: return
        default: endW(element, context: current)
        }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard textBuffer.count + utf8.count <= context.limits.maxParagraphTextBytes else {
            fail(IngestError(.limitExceeded,
                "a text element has more than \(context.limits.maxParagraphTextBytes) bytes (limit maxParagraphTextBytes)"))
            return
        }
        textBuffer.append(utf8)
    }

    // MARK: - Start

    /// Handles a WordprocessingML start tag; returns the context to push, or nil when the
    /// element's whole content is skipped.
    private func startW(_ element: BodyElement, parent: Context, attributes: XMLAttributes) -> Context? {
        if element.isSkippedContent {
            skipping = 1
            return nil
        }
        switch element {
        // Content that is not part of the accepted text.
        case .del, .moveFrom:
            switch parent {
            case .markProperties: paragraphs.indices.last.map { paragraphs[$0].markDeleted = true }
            case .rowProperties: tables.indices.last.map { tables[$0].rowDeleted = true }
            case .cellProperties: containers[containers.count - 1].cellDeleted = true
            default: break
            }
            skipping = 1
            return nil
        case .cellDel:
            if parent == .cellProperties { containers[containers.count - 1].cellDeleted = true }
            skipping = 1
            return nil

        // Blocks.
        case .p:
            startParagraph()
            return .paragraph
        case .pPr:
            return parent == .paragraph ? .paragraphProperties : .other
        case .tbl:
            tables.append(TableBuilder())
            return .table
        case .tblPr:
            return parent == .table ? .tableProperties : .other
        case .tblCaption, .tblDescription:
            // The caption wins over the longer description when a table has both.
            if parent == .tableProperties, let caption = attributes.value("val"), !tables.isEmpty,
               element == .tblCaption || tables[tables.count - 1].caption == nil {
                tables[tables.count - 1].caption = caption
            }
            return .other
        case .tr:
            if let index = tables.indices.last {
                tables[index].cells = []
                tables[index].rowDeleted = false
                tables[index].rowIsHeader = false
            }
            return .row
        case .tblHeader:
            if parent == .rowProperties, attributes.isOn(), let index = tables.indices.last {
                tables[index].rowIsHeader = true
            }
            return .other
        case .trPr:
            return parent == .row ? .rowProperties : .other
        case .tc:
            containers.append(BlockContainer(kind: .cell))
            return .cell
        case .tcPr:
            return parent == .cell ? .cellProperties : .other
        case .txbxContent:
            containers.append(BlockContainer(kind: .textBox))
            return .other
        case .footnote, .endnote:
            guard notesKind != nil else { return .other }
            let type = attributes.value("type") ?? "normal"
            if type == "separator" || type == "continuationSeparator" || type == "continuationNotice" {
                skipping = 1
                return nil
            }
            containers.append(BlockContainer(kind: .note(id: attributes.value("id") ?? "")))
            return .note

        // Properties.
        case .rPr:
            switch parent {
            case .run: return .runProperties
            case .paragraphProperties: return .markProperties
            default: return .other
            }
        case .numPr:
            return parent == .paragraphProperties ? .numbering : .other
        case .pStyle, .outlineLvl, .jc, .ind, .framePr, .ilvl, .numId, .gridSpan, .vMerge, .rStyle:
            readProperty(element, parent: parent, attributes: attributes)
            return .other

        // Inline content.
        case .r:
            startRun()
            return .run
        case .t:
            startText(.text)
            return .other
        case .instrText:
            startText(.instruction)
            return .other
        case .tab, .ptab:
            if parent == .run { appendText("\t") }
            return .other
        case .br:
            let type = attributes.value("type") ?? "textWrapping"
            if parent == .run, type == "textWrapping" { appendText("\n") }
            return .other
        case .cr:
            if parent == .run { appendText("\n") }
            return .other
        case .noBreakHyphen:
            appendText("-")
            return .other
        case .sym:
            if let code = attributes.value("char").flatMap({ UInt32($0, radix: 16) }),
               let scalar = Unicode.Scalar(code < 0x100 ? code + 0xF000 : code) {
                appendText(SymbolFonts.visible(scalar, font: attributes.value("font")))
            }
            return .other
        case .footnoteReference, .endnoteReference:
            noteReference(element, id: attributes.value("id"))
            return .other
        case .hyperlink:
            hyperlinks.append(hyperlinkTarget(attributes))
            return .hyperlink
        case .fldSimple:
            fields.append(FieldState(instruction: attributes.value("instr") ?? "", phase: .result))
            return .simpleField
        case .fldChar:
            fieldCharacter(attributes.value("fldCharType"))
            return .other
        case .rFonts:
            if parent == .runProperties { runFormatting.applyFont(utf8: attributes.utf8Value("ascii") ?? attributes.utf8Value("hAnsi")) }
            return .other
        case .b, .i, .u, .strike, .dstrike, .vertAlign:
            if parent == .runProperties {
                runFormatting.apply(element.rawValue, isOn: attributes.isOn(), value: attributes.value("val"))
            }
            return .other
        default:
            return .other
        }
    }

    private func readProperty(_ element: BodyElement, parent: Context, attributes: XMLAttributes) {
        guard let index = paragraphs.indices.last else {
            if parent == .cellProperties { readCellProperty(element, attributes) }
            return
        }
        switch (parent, element) {
        case (.paragraphProperties, .pStyle):
            let style = styleKeys.idAndKey(utf8: attributes.utf8Value("val"))
            paragraphs[index].styleId = style.id
            paragraphs[index].styleKey = style.key
        case (.paragraphProperties, .outlineLvl): paragraphs[index].outlineLevel = attributes.int("val")
        case (.paragraphProperties, .jc): paragraphs[index].alignment = attributes.value("val")
        case (.paragraphProperties, .framePr):
            let dropCap = attributes.value("dropCap") ?? "none"
            paragraphs[index].isDropCap = dropCap == "drop" || dropCap == "margin"
        case (.paragraphProperties, .ind):
            paragraphs[index].indentLeft = attributes.int("left") ?? attributes.int("start")
        case (.numbering, .ilvl): paragraphs[index].numLevel = attributes.int("val")
        case (.numbering, .numId): paragraphs[index].numId = attributes.int("val")
        case (.runProperties, .rStyle):
            (runStyle, runStyleKey) = styleKeys.idAndKey(utf8: attributes.utf8Value("val"))
        case (.cellProperties, _): readCellProperty(element, attributes)
        default: break
        }
    }

    private func readCellProperty(_ element: BodyElement, _ attributes: XMLAttributes) {
        let index = containers.count - 1
        guard case .cell = containers[index].kind else { return }
        switch element {
        case .gridSpan: containers[index].cellSpan = max(1, attributes.int("val") ?? 1)
        case .vMerge: containers[index].cellMerge = attributes.value("val") == "restart" ? .restart : .continue
        default: break
        }
    }

    // MARK: - End

    /// Inlined into ``endElement(_:)``: most end tags close a context with nothing to do,
    /// answered without a call.
    @inline(__always)
    private func endW(_ element: BodyElement, context current: Context) {
        switch current {
        case .paragraph: endParagraph()
        case .run: break
        case .table: endTable()
        case .row: endRow()
        case .cell: endCell()
        case .hyperlink: _ = hyperlinks.popLast()
        case .simpleField: _ = fields.popLast()
        case .note: endNote()
        default:
            if element == .txbxContent { endTextBox() }
        }
    }

    // MARK: - Paragraphs

    private func startParagraph() {
        paragraphs.append(ParagraphBuilder())
        context.paragraphCount += 1
        if context.paragraphCount > context.limits.maxParagraphs {
            fail(IngestError(.limitExceeded, "more than \(context.limits.maxParagraphs) paragraphs (limit maxParagraphs)"))
        }
    }

    private func endParagraph() {
        guard var builder = paragraphs.popLast() else { return }
        builder.closeText(openText: openRunText)
        if builder.markDeleted || builder.isDropCap {
            containers[containers.count - 1].carriedRuns += builder.runs
            appendTextBoxes(builder.textBoxes)
            return
        }
        let carried = containers[containers.count - 1].carriedRuns
        if !carried.isEmpty {
            containers[containers.count - 1].carriedRuns = []
            builder.runs = ParagraphBuilder.merged(carried + builder.runs)
        }
        appendTextBoxes(builder.textBoxes)
        do {
            let paragraph = try context.finish(&builder)
            containers[containers.count - 1].blocks.append(.paragraph(paragraph))
        } catch {
            // The list definitions could not be read (see ``LazyNumbering``).
            fail(error)
        }
    }

    private func appendTextBoxes(_ boxes: [TextBox]) {
        for box in boxes { containers[containers.count - 1].blocks.append(.textBox(box)) }
    }

    // MARK: - Runs and text

    private func startRun() {
        runFormatting = RunFormatting()
        runStyle = nil
        runStyleKey = StyleKeys.none
    }

    private func startText(_ target: TextTarget) {
        textTarget = target
        textBuffer.removeAll()
    }

    private func endText() {
        let target = textTarget
        textTarget = .none
        switch target {
        case .text:
            appendText(collected: textBuffer)
        case .instruction:
            if let index = fields.indices.last, fields[index].phase == .instruction {
                fields[index].instruction += textBuffer.string(from: 0)
            }
        case .none: break
        }
        // The buffer is emptied by the next ``startText(_:)``, the only way text is collected.
    }

    /// Adds visible text to the open paragraph in the current run's formatting.
    private func appendText(_ raw: String) {
        literalText.removeAll()
        literalText.append(raw)
        appendText(collected: literalText)
    }

    /// Adds the visible UTF-8 text in `collected` to the open paragraph in the current run's
    /// formatting; `collected` is normalized in place (``normalizeCharacters(_:)``).
    private func appendText(collected: TextBytes) {
        guard !paragraphs.isEmpty, !fields.contains(where: { $0.phase == .instruction }) else { return }
        collected.rewrite(from: 0) { Self.normalizeCharacters($0) }
        collected.withBytes(from: 0) { appendText(normalized: $0) }
    }

    /// ``appendText(collected:)`` once the text is normalized.
    private func appendText(normalized text: UnsafeBufferPointer<UInt8>) {
        guard !text.isEmpty else { return }
        context.textCharacters += text.count
        if context.textCharacters > context.limits.maxTextCharacters {
            fail(IngestError(.limitExceeded, "more than \(context.limits.maxTextCharacters) bytes of text (limit maxTextCharacters)"))
            return
        }
        paragraphs[paragraphs.count - 1].textBytes += text.count
        if paragraphs[paragraphs.count - 1].textBytes > context.limits.maxParagraphTextBytes {
            fail(IngestError(.limitExceeded,
                "a paragraph has more than \(context.limits.maxParagraphTextBytes) bytes of text (limit maxParagraphTextBytes)"))
            return
        }
        let look = currentLook()
        // Symbol-font text stored as private-use characters (U+F0xx, encoded EF 80 80 – EF 83 BF)
        // shows as the font's glyphs.
        if let symbolFont = look.symbolFont, text.contains(0xEF) {
            let string = String(decoding: text, as: UTF8.self)
            if string.unicodeScalars.contains(where: { (0xF000...0xF0FF).contains($0.value) }) {
                let visible = Array(SymbolFonts.visible(text: string, font: symbolFont.rawValue).utf8)
                visible.withUnsafeBufferPointer {
                    paragraphs[paragraphs.count - 1].append(text: $0, look: look, openText: openRunText)
                }
                return
            }
        }
        paragraphs[paragraphs.count - 1].append(text: text, look: look, openText: openRunText)
    }

    /// A run carrying the current formatting and link, without text.
    private func currentRunTemplate() -> Run {
        currentLook().run
    }

    /// The current run template and the symbol font its text is in, kept in ``looks``
    /// (returned by reference: the text path reads it without copying the run).
    private func currentLook() -> RunLook {
        // No style (key none) is the document's default paragraph style.
        let paragraphStyleKey = paragraphs.isEmpty ? StyleKeys.none : paragraphs[paragraphs.count - 1].styleKey
        let hyperlink = fields.last(where: { $0.hyperlink != nil })?.hyperlink ?? hyperlinks.last(where: { $0 != nil }) ?? nil
        if let known = looks.look(paragraphStyleKey: paragraphStyleKey, runStyleKey: runStyleKey,
                                  direct: runFormatting, hyperlink: hyperlink) {
            return known
        }
        let styleId = paragraphs.isEmpty ? context.styles.defaultParagraphStyleId
            : paragraphs[paragraphs.count - 1].styleId ?? context.styles.defaultParagraphStyleId
        let formatting = runFormatting.inheriting(from: inherited(paragraphStyle: styleId, key: paragraphStyleKey))
        var piece = Run(text: "")
        piece.bold = formatting.bold ?? false
        piece.italic = formatting.italic ?? false
        piece.underline = formatting.underline ?? false
        piece.strike = formatting.strike ?? false
        piece.verticalAlign = (formatting.verticalAlign ?? nil)?.rawValue
        piece.hyperlink = hyperlink
        let look = RunLook(paragraphStyleKey: paragraphStyleKey, runStyleKey: runStyleKey, direct: runFormatting,
                           run: piece, symbolFont: formatting.symbolFont ?? nil)
        looks.remember(look)
        return look
    }

    /// What a run inherits below its direct formatting: character style, then paragraph
    /// style, then the document defaults. `key` is `paragraphStyle`'s ``StyleKeys`` key
    /// (``StyleKeys/none`` for the default style); the last 8 answers are kept by key.
    private func inherited(paragraphStyle: String?, key paragraphStyleKey: Int) -> RunFormatting {
        if let index = inheritedFormatting.lastIndex(where: {
            $0.paragraphStyleKey == paragraphStyleKey && $0.runStyleKey == runStyleKey
        }) {
            return inheritedFormatting[index].formatting
        }
        var formatting = RunFormatting()
        if let runStyle { formatting = formatting.inheriting(from: context.characterFormatting(runStyle)) }
        if let paragraphStyle {
            formatting = formatting.inheriting(from: context.styles.resolvedParagraph(paragraphStyle).runFormatting)
        }
        formatting = formatting.inheriting(from: context.styles.defaultRunFormatting)
        if inheritedFormatting.count == 8 { inheritedFormatting.removeFirst() }
        inheritedFormatting.append((paragraphStyleKey, runStyleKey, formatting))
        return formatting
    }

    /// Soft hyphens (U+00AD, bytes C2 AD) dropped, no-break spaces (U+00A0, C2 A0) as
    /// spaces. 0xC2 is always a lead byte in UTF-8, so a byte scan finds exactly these.
    /// In place: the text never grows, so each kept byte moves down to where the result
    /// has reached (no second buffer). Returns how many bytes of `bytes` the result keeps.
    static func normalizeCharacters(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        guard ByteBlocks.contains(0xC2, in: UnsafeBufferPointer(bytes)) else { return count }
        var kept = 0
        var index = 0
        while index < count {
            if bytes[index] == 0xC2, index + 1 < count, bytes[index + 1] == 0xAD || bytes[index + 1] == 0xA0 {
                if bytes[index + 1] == 0xA0 {
                    bytes[kept] = 0x20
                    kept += 1
                }
                index += 2
                continue
            }
            bytes[kept] = bytes[index]
            kept += 1
            index += 1
        }
        return kept
    }

    private func noteReference(_ element: BodyElement, id: String?) {
        guard let id, !paragraphs.isEmpty else { return }
        var anchor = currentRunTemplate()
        if element == .footnoteReference {
            anchor.footnoteId = id
            footnoteReferences.append(id)
        } else {
            anchor.endnoteId = id
            endnoteReferences.append(id)
        }
        paragraphs[paragraphs.count - 1].append(anchor, openText: openRunText)
    }

    /// A drawing's description (`wp:docPr descr`, else `title`) as an image run.
    private func imageDescription(_ attributes: XMLAttributes) {
        guard !paragraphs.isEmpty else { return }
        let description = [attributes.value("descr"), attributes.value("title")]
            .compactMap { $0?.trimmingASCIISpaces }.first { !$0.isEmpty }
        guard let description else { return }
        var image = currentRunTemplate()
        image.imageDescription = description
        paragraphs[paragraphs.count - 1].append(image, openText: openRunText)
    }

    private func hyperlinkTarget(_ attributes: XMLAttributes) -> String? {
        let anchor = attributes.value("anchor")
        if let id = attributes.value("id", in: .officeRelationships), let relationship = relationships[id] {
            let base = relationship.target
            return anchor.map { "\(base)#\($0)" } ?? base
        }
        return anchor.map { "#\($0)" }
    }

    private func fieldCharacter(_ type: String?) {
        switch type {
        case "begin": fields.append(FieldState(phase: .instruction))
        case "separate": if let index = fields.indices.last { fields[index].separate() }
        case "end": _ = fields.popLast()
        default: break
        }
    }

    // MARK: - Tables, text boxes, notes

    private func endCell() {
        guard containers.count > 1, let container = containers.popLast() else { return }
        guard !container.cellDeleted, !tables.isEmpty else { return }
        tables[tables.count - 1].cells.append(
            TableCell(blocks: container.blocks, columnSpan: container.cellSpan, verticalMerge: container.cellMerge))
    }

    private func endRow() {
        guard let index = tables.indices.last else { return }
        let table = tables[index]
        if !table.rowDeleted, !table.cells.isEmpty {
            tables[index].rows.append(TableRow(cells: table.cells, isHeader: table.rowIsHeader))
        }
        tables[index].cells = []
    }

    private func endTable() {
        guard let table = tables.popLast() else { return }
        containers[containers.count - 1].blocks.append(.table(Table(caption: table.caption, rows: table.rows)))
    }

    private func endTextBox() {
        guard containers.count > 1, let container = containers.popLast() else { return }
        let box = TextBox(blocks: container.blocks)
        guard !box.blocks.isEmpty else { return }
        if paragraphs.isEmpty {
            containers[containers.count - 1].blocks.append(.textBox(box))
        } else {
            paragraphs[paragraphs.count - 1].textBoxes.append(box)
        }
    }

    private func endNote() {
        guard containers.count > 1, let container = containers.popLast(), let kind = notesKind,
              case .note(let id) = container.kind else { return }
        notes.append(Note(id: id, kind: kind, blocks: container.blocks))
    }

    /// Ends reading: the body's blocks are final.
    func finishBody() {
        blocks = containers.first?.blocks ?? []
    }

    private func fail(_ error: IngestError) {
        if failure == nil { failure = error }
    }
}
