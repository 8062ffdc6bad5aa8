public import IngestCore
public import DocxPackage
import XMLStreaming

/// Reads a `.docx` into its block model (the Parse stage): styles, numbering, notes,
/// core properties and the body, each part streamed once.
public enum WordDocumentReader {
    /// Reads the document at `path`.
    /// - Throws: an ``IngestError`` with a stable code when the input cannot be read.
    public static func read(path: String, limits: Limits = .default) throws(IngestError) -> WordDocument {
        try read(package: DocxPackage(path: path, limits: limits))
    }

    /// Reads a document held in memory, streaming parts in chunks of `chunkSize` bytes.
    public static func read(bytes: [UInt8], limits: Limits = .default, chunkSize: Int = 64 * 1024) throws(IngestError) -> WordDocument {
        let package = try DocxPackage(bytes: bytes, limits: limits)
        package.chunkSize = chunkSize
        return try read(package: package)
    }

    /// Reads the document of an opened package.
    public static func read(package: DocxPackage) throws(IngestError) -> WordDocument {
        let main = package.mainPart
        let styles = try readStyles(package)
        let numbering = try readNumbering(package)

        let footnotes = try readNotes(package, .footnotes, .footnote, styles: styles, numbering: numbering)
        let endnotes = try readNotes(package, .endnotes, .endnote, styles: styles, numbering: numbering)

        let context = ReadContext(styles: styles, numbering: numbering, limits: package.limits, package: package, part: main)
        let body = BodyReader(context: context, relationships: try package.relationships(of: main))
        try package.parse(part: main, handler: body)
        body.finishBody()

        reportMissingNotes(body.footnoteReferences, known: footnotes, code: DiagnosticCode.footnoteMissing, package: package)
        reportMissingNotes(body.endnoteReferences, known: endnotes, code: DiagnosticCode.endnoteMissing, package: package)

        var properties = try readCoreProperties(package)
        if properties.language == nil { properties.language = styles.defaultLanguage }

        return WordDocument(
            mainPart: main,
            properties: properties,
            blocks: body.blocks,
            footnotes: footnotes,
            endnotes: endnotes,
            diagnostics: diagnostics(package, numbering: numbering)
        )
    }

    // MARK: - Parts

    /// Parses the part related to the main part by `type` into `handler`; nil when the
    /// package has no such part. A malformed auxiliary part is a diagnostic, not a failure:
    /// the body still converts without it. A DOCTYPE, a zip error or a limit still fails.
    private static func readAuxiliary<Handler: XMLEventHandler>(
        _ package: DocxPackage, _ type: RelationshipType, _ handler: Handler
    ) throws(IngestError) -> Handler? {
        guard let part = try package.relatedPart(of: package.mainPart, type: type) else { return nil }
        return try isWellFormed(package, part, { () throws(IngestError) in try package.parse(part: part, handler: handler) })
            ? handler : nil
    }

    /// The numbering part, inflated now and parsed when a paragraph first names a list
    /// (``LazyNumbering``). A part larger than ``LazyNumbering/maxDeferredBytes``, or one
    /// whose read failed, is parsed now as it streams, as before.
    private static func readNumbering(_ package: DocxPackage) throws(IngestError) -> LazyNumbering {
        guard let part = try package.relatedPart(of: package.mainPart, type: .numbering) else {
            return LazyNumbering(definitions: NumberingDefinitions())
        }
        if let fingerprint = package.fingerprint(of: part), fingerprint.size <= LazyNumbering.maxDeferredBytes,
           let contents = try? package.contents(of: part) {
            return LazyNumbering(package: package, part: part, contents: contents)
        }
        // A failed read counts no bytes; streaming reads and reports the part as before.
        let reader = NumberingReader()
        let parsed = try isWellFormed(package, part, { () throws(IngestError) in try package.parse(part: part, handler: reader) })
        return LazyNumbering(definitions: parsed ? reader.definitions : NumberingDefinitions())
    }

    /// The package's diagnostics, with those of parsing the numbering part placed where they
    /// came when the part was parsed before the notes and the body.
    private static func diagnostics(_ package: DocxPackage, numbering: LazyNumbering) -> [Diagnostic] {
        var diagnostics = package.diagnostics
        if !numbering.diagnostics.isEmpty {
            diagnostics.insert(contentsOf: numbering.diagnostics, at: min(numbering.diagnosticIndex, diagnostics.count))
        }
        return diagnostics
    }

    /// The styles part, taken from ``StylesCache`` when an earlier document had the same bytes.
    /// A part small enough to cache is read whole and parsed without its latent styles
    /// (``LatentStylesElision``); a larger one, or one whose read failed, streams.
    private static func readStyles(_ package: DocxPackage) throws(IngestError) -> StyleSheet {
        guard let part = try package.relatedPart(of: package.mainPart, type: .styles) else { return .empty }
        let limits = package.limits
        let reader = StylesReader()
        if let fingerprint = package.fingerprint(of: part), fingerprint.size <= StylesCache.maxPartBytes,
           let bytes = try? package.contents(of: part) {
            if let content = StylesCache.content(for: bytes, fingerprint: fingerprint, limits: limits) {
                return StyleSheet(content)
            }
            guard try isWellFormed(package, part, { () throws(IngestError) in
                try package.parse(contents: LatentStylesElision.elided(from: bytes) ?? bytes, part: part, handler: reader)
            }) else { return .empty }
            StylesCache.store(reader.content, for: bytes, fingerprint: fingerprint, limits: limits)
            return StyleSheet(reader.content)
        }
        // A failed read above counts no bytes; streaming reads and reports the part as before.
        guard try isWellFormed(package, part, { () throws(IngestError) in
            try package.parse(part: part, handler: reader)
        }) else { return .empty }
        return StyleSheet(reader.content)
    }

    /// Runs `parse` over auxiliary `part`; false when the part is not well-formed XML, which
    /// is a diagnostic, not a failure: the body still converts without it. A DOCTYPE, a zip
    /// error or a limit still fails.
    private static func isWellFormed(
        _ package: DocxPackage, _ part: String, _ parse: () throws(IngestError) -> Void
    ) throws(IngestError) -> Bool {
        do {
            try parse()
            return true
        } catch where error.code == .xmlMalformed {
            package.report(unreadablePart(part, error))
            return false
        }
    }

    /// The diagnostic of auxiliary `part`, ignored because parsing it failed with `error`.
    static func unreadablePart(_ part: String, _ error: IngestError) -> Diagnostic {
        Diagnostic(code: DiagnosticCode.partUnreadable,
                   "\(part) is not well-formed XML and was ignored: \(error.message)", part: part)
    }

    private static func readNotes(
        _ package: DocxPackage, _ type: RelationshipType, _ kind: Note.Kind,
        styles: StyleSheet, numbering: LazyNumbering
    ) throws(IngestError) -> [Note] {
        guard let part = try package.relatedPart(of: package.mainPart, type: type) else { return [] }
        let context = ReadContext(styles: styles, numbering: numbering, limits: package.limits, package: package, part: part)
        let reader = BodyReader(context: context, relationships: try package.relationships(of: part), notesKind: kind)
        return try readAuxiliary(package, type, reader)?.notes ?? []
    }

    private static func readCoreProperties(_ package: DocxPackage) throws(IngestError) -> DocumentProperties {
        let relationship = try package.relationships(of: "").first { $0.type == .coreProperties && !$0.isExternal }
        guard let part = relationship?.target, package.contains(part: part) else { return DocumentProperties() }
        let reader = CorePropertiesReader()
        _ = try isWellFormed(package, part, { () throws(IngestError) in try package.parse(part: part, handler: reader) })
        return reader.properties
    }

    private static func reportMissingNotes(_ references: [String], known: [Note], code: String, package: DocxPackage) {
        let ids = Set(known.map(\.id))
        var reported: Set<String> = []
        for id in references where !ids.contains(id) && reported.insert(id).inserted {
            package.report(Diagnostic(code: code, "note \(id) is referenced in the text but not defined", part: package.mainPart))
        }
    }
}
