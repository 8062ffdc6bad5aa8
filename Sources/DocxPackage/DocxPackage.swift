import Foundation
public import IngestCore
public import XMLStreaming

/// An opened `.docx` (or `.docm`, `.dotx`, `.dotm`) package: the Unzip stage.
///
/// Opening sniffs the format, reads the zip directory, refuses ambiguous archives, and
/// finds the main document part through `_rels/.rels` and `[Content_Types].xml`. Parts
/// are then streamed on demand, never extracted to disk and never held whole; external
/// relationships are never followed.
///
/// Not thread-safe: one package per worker.
public final class DocxPackage {
    /// The main document part, e.g. `word/document.xml`.
    public let mainPart: String
    /// Whether the main document uses ISO/IEC 29500 Strict relationship types.
    public let isStrict: Bool
    /// Problems found in the package that did not stop the conversion.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The limits this package is read under.
    public let limits: Limits

    private let archive: ZipArchive
    private let entriesByKey: [String: ZipEntry]
    private let contentTypes: ContentTypesReader?
    private var relationshipCache: [String: [Relationship]] = [:]
    /// `_rels/.rels` as opening the package read it, so it is not parsed again.
    private let packageRelationships: [RelationshipsReader.Raw]?
    private var bytesRead = 0

    /// The size of the chunks parts are streamed in.
    public var chunkSize = 64 * 1024

    /// Opens the package at `path`.
    /// - Throws: `input-unreadable`, `input-too-large` and everything ``init(bytes:limits:)`` throws.
    public convenience init(path: String, limits: Limits = .default) throws(IngestError) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = (attributes?[.size] as? NSNumber)?.intValue else {
            throw IngestError(.inputUnreadable, "cannot read \(path)")
        }
        guard size <= limits.maxInputBytes else {
            throw IngestError(.inputTooLarge, "the file has \(size) bytes, more than the limit of \(limits.maxInputBytes) (maxInputBytes)")
        }
        // Refused before reading: Foundation leaks the buffer it allocates for an empty file.
        guard size > 0 else { throw IngestError(.inputEmpty, "the file is empty (0 bytes)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(.inputUnreadable, "cannot read \(path)")
        }
        let archive = data.withUnsafeBytes { raw in
            Result { () throws(IngestError) in try Self.openArchive(raw, limits: limits) }
        }
        try self.init(archive: archive.get(), limits: limits)
    }

    /// Opens a package held in memory.
    /// - Throws: `input-empty`, `unsupported-format`, `encrypted-document`, `zip-corrupt`,
    ///   `zip-unsafe`, `limit-exceeded`, `missing-main-part`, or an XML error in the
    ///   content types or package relationships.
    public convenience init(bytes: [UInt8], limits: Limits = .default) throws(IngestError) {
        let archive = bytes.withUnsafeBytes { raw in
            Result { () throws(IngestError) in try Self.openArchive(raw, limits: limits) }
        }
        try self.init(archive: archive.get(), limits: limits)
    }

    /// Sniffs, opens and vets the zip archive in `raw` (copied; `raw` may die after).
    private static func openArchive(_ raw: UnsafeRawBufferPointer, limits: Limits) throws(IngestError) -> ZipArchive {
        guard raw.count <= limits.maxInputBytes else {
            throw IngestError(.inputTooLarge, "the input has \(raw.count) bytes, more than the limit of \(limits.maxInputBytes) (maxInputBytes)")
        }
        try FormatSniffer.requireZip(raw)
        let archive = try ZipArchive(bytes: raw)
        if let directory = CentralDirectory(raw) {
            try directory.requireUnambiguous(raw)
            try directory.requireConsistentNames(with: archive.entries.map(\.name))
        }
        return archive
    }

    private init(archive: ZipArchive, limits: Limits) throws(IngestError) {
        guard archive.entries.count <= limits.maxEntries else {
            throw IngestError(.limitExceeded, "the archive has \(archive.entries.count) entries, more than \(limits.maxEntries) (maxEntries)")
        }
        var diagnostics: [Diagnostic] = []
        var byKey = [String: ZipEntry](minimumCapacity: archive.entries.count)
        for entry in archive.entries {
            if PartName.isSuspicious(entry.name) {
                diagnostics.append(Diagnostic(code: DiagnosticCode.zipSuspiciousEntryName,
                                              "ignored zip entry with an unsafe name: \(entry.name)"))
                continue
            }
            let key = PartName.key(entry.name)
            if byKey[key] != nil {
                throw IngestError(.zipUnsafe, "two entries resolve to the part \(entry.name)")
            }
            byKey[key] = entry
        }
        self.archive = archive
        self.entriesByKey = byKey
        self.limits = limits

        var contentTypes: ContentTypesReader?
        if let entry = byKey[PartName.key("[Content_Types].xml")] {
            let reader = ContentTypesReader()
            try Self.parse(archive: archive, entry: entry, part: "[Content_Types].xml", handler: reader, limits: limits)
            contentTypes = reader
        } else {
            diagnostics.append(Diagnostic(code: DiagnosticCode.partMissing, "the package has no [Content_Types].xml"))
        }
        self.contentTypes = contentTypes

        var packageRels: [RelationshipsReader.Raw] = []
        var packageRelsRead = false
        if let entry = byKey[PartName.key("_rels/.rels")] {
            let reader = RelationshipsReader()
            try Self.parse(archive: archive, entry: entry, part: "_rels/.rels", handler: reader, limits: limits)
            packageRels = reader.relationships
            packageRelsRead = true
        }
        self.packageRelationships = packageRelsRead ? packageRels : nil
        let (main, strict) = try Self.findMainPart(
            packageRels: packageRels, contentTypes: contentTypes, entries: byKey, diagnostics: &diagnostics)
        self.mainPart = main
        self.isStrict = strict
        self.diagnostics = diagnostics
    }

    // MARK: - Public API

    /// Whether the package has a readable part named `part`.
    public func contains(part: String) -> Bool {
        entriesByKey[PartName.key(part)] != nil
    }

    /// The content type of `part`, from `[Content_Types].xml`.
    public func contentType(of part: String) -> String? {
        contentTypes?.contentType(of: part)
    }

    /// The relationships whose source is `part` (empty when it has none). Internal targets
    /// that leave the package are dropped with a diagnostic.
    public func relationships(of part: String) throws(IngestError) -> [Relationship] {
        if let cached = relationshipCache[part] { return cached }
        let relsPart = PartName.relationshipsPart(of: part)
        var result: [Relationship] = []
        if let entry = entriesByKey[PartName.key(relsPart)] {
            var raws = part.isEmpty ? packageRelationships : nil
            if raws == nil {
                let reader = RelationshipsReader()
                try parse(entry: entry, part: relsPart, handler: reader)
                raws = reader.relationships
            }
            for raw in raws ?? [] {
                if raw.isExternal {
                    result.append(Relationship(id: raw.id, type: RelationshipType(uri: raw.type), target: raw.target, isExternal: true))
                } else if let resolved = PartName.resolve(target: raw.target, from: part) {
                    result.append(Relationship(id: raw.id, type: RelationshipType(uri: raw.type), target: resolved, isExternal: false))
                } else {
                    diagnostics.append(Diagnostic(code: DiagnosticCode.relationshipTargetOutsidePackage,
                        "relationship \(raw.id) of \(part) points outside the package (\(raw.target)); not followed", part: relsPart))
                }
            }
        }
        relationshipCache[part] = result
        return result
    }

    /// The first existing internal part related to `part` by `type`; a relationship whose
    /// target is missing gets a diagnostic.
    public func relatedPart(of part: String, type: RelationshipType) throws(IngestError) -> String? {
        for relationship in try relationships(of: part) where relationship.type == type && !relationship.isExternal {
            if contains(part: relationship.target) { return relationship.target }
            diagnostics.append(Diagnostic(code: DiagnosticCode.relationshipTargetMissing,
                "relationship \(relationship.id) of \(part) points to \(relationship.target), which is not in the package", part: part))
        }
        return nil
    }

    /// Streams `part` through a SAX parser into `handler`.
    /// - Throws: the zip and XML errors of the part, and limit errors.
    public func parse(part: String, handler: any XMLEventHandler) throws(IngestError) {
        guard let entry = entriesByKey[PartName.key(part)] else {
            throw IngestError(.internalError, "no part \(part)")
        }
        try parse(entry: entry, part: part, handler: handler)
    }

    /// The size and CRC-32 the zip directory records for `part`: equal fingerprints make
    /// equal bytes likely, not certain, so compare the bytes before relying on them.
    public func fingerprint(of part: String) -> PartFingerprint? {
        entriesByKey[PartName.key(part)].map { PartFingerprint(size: $0.uncompressedSize, crc32: $0.crc32) }
    }

    /// The inflated bytes of `part`, read under the same limits as ``parse(part:handler:)``.
    /// - Throws: the zip errors of the part, and limit errors.
    public func contents(of part: String) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        try inflate(part: part) { chunk in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Parses `contents`, the bytes of `part` read by ``contents(of:)``, into `handler`, fed
    /// in chunks of ``chunkSize`` as ``parse(part:handler:)`` feeds them (libxml2's push
    /// parser gives the same events however the bytes are chunked).
    /// - Throws: the XML errors of the part, and limit errors.
    public func parse(contents: [UInt8], part: String, handler: any XMLEventHandler) throws(IngestError) {
        let parser = SAXParser(handler: handler, partName: part, maxDepth: limits.maxXMLDepth)
        let size = max(1, chunkSize)
        let result = contents.withUnsafeBytes { raw in
            Result { () throws(IngestError) in
                var offset = 0
                while offset < raw.count {
                    let end = min(offset + size, raw.count)
                    try parser.feed(UnsafeRawBufferPointer(rebasing: raw[offset..<end]))
                    offset = end
                }
                try parser.finish()
            }
        }
        do {
            try result.get()
        } catch {
            throw error.inPart(part)
        }
    }

    /// Streams the inflated bytes of `part` to `body`, unparsed, in chunks of ``chunkSize``
    /// under the same limits as ``parse(part:handler:)``; returns the byte count. For the
    /// benchmark's unzip stage (`tkingest floor --inflate-only`).
    /// - Throws: the zip errors of the part, and limit errors.
    @discardableResult
    public func inflate(part: String, body: (UnsafeRawBufferPointer) throws(IngestError) -> Void) throws(IngestError) -> Int {
        guard let entry = entriesByKey[PartName.key(part)] else {
            throw IngestError(.internalError, "no part \(part)")
        }
        let remaining = limits.maxTotalBytes - bytesRead
        do {
            let read = try archive.read(entry, chunkSize: chunkSize, maxBytes: min(limits.maxPartBytes, remaining),
                                        limits: limits, body: body)
            bytesRead += read
            return read
        } catch {
            throw error.inPart(part)
        }
    }

    /// Records a diagnostic found by a later stage while reading this package.
    public func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    // MARK: - Reading

    private func parse(entry: ZipEntry, part: String, handler: any XMLEventHandler) throws(IngestError) {
        let remaining = limits.maxTotalBytes - bytesRead
        let read = try Self.parse(archive: archive, entry: entry, part: part, handler: handler, limits: limits,
                                  maxBytes: min(limits.maxPartBytes, remaining), chunkSize: chunkSize)
        bytesRead += read
    }

    @discardableResult
    private static func parse(archive: ZipArchive, entry: ZipEntry, part: String, handler: any XMLEventHandler,
                              limits: Limits, maxBytes: Int? = nil, chunkSize: Int = 64 * 1024) throws(IngestError) -> Int {
        let parser = SAXParser(handler: handler, partName: part, maxDepth: limits.maxXMLDepth)
        do {
            let read = try archive.read(entry, chunkSize: chunkSize, maxBytes: maxBytes ?? limits.maxPartBytes,
                                        limits: limits) { (chunk) throws(IngestError) in
                try parser.feed(chunk)
            }
            try parser.finish()
            return read
        } catch {
            throw error.inPart(part)
        }
    }

    /// The WordprocessingML main part: the target of the package's `officeDocument`
    /// relationship, which must exist and have a WordprocessingML content type.
    private static func findMainPart(
        packageRels: [RelationshipsReader.Raw],
        contentTypes: ContentTypesReader?,
        entries: [String: ZipEntry],
        diagnostics: inout [Diagnostic]
    ) throws(IngestError) -> (String, Bool) {
        let candidates = packageRels.filter { RelationshipType(uri: $0.type) == .officeDocument }
        for raw in candidates {
            if raw.isExternal { continue }
            guard let part = PartName.resolve(target: raw.target, from: "") else {
                throw IngestError(.missingMainPart, "the officeDocument relationship points outside the package (\(raw.target))")
            }
            guard entries[PartName.key(part)] != nil else { continue }
            if let type = contentTypes?.contentType(of: part), !isWordprocessingML(type) {
                throw IngestError(.missingMainPart, "the package's main part \(part) is \(type), not a Word document body")
            }
            return (part, raw.type.hasPrefix("http://purl.oclc.org/ooxml/"))
        }
        if let target = candidates.first?.target {
            throw IngestError(.missingMainPart, "the officeDocument relationship points to \(target), which is not in the package")
        }
        if packageRels.isEmpty, let contentTypes {
            let mains = contentTypes.byPart.filter { isWordprocessingML($0.value) }.map(\.key).sorted()
            if mains.count == 1, let key = mains.first, let entry = entries[key] {
                diagnostics.append(Diagnostic(code: DiagnosticCode.partMissing,
                    "the package has no _rels/.rels; the main part \(entry.name) was found through [Content_Types].xml"))
                return (entry.name, false)
            }
        }
        throw IngestError(.missingMainPart, "the package has no officeDocument relationship to a Word document body")
    }

    private static func isWordprocessingML(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.hasSuffix(".main+xml") && (type.contains("wordprocessingml") || type.contains("ms-word"))
    }
}

/// A part's size and CRC-32 as the zip directory records them (``DocxPackage/fingerprint(of:)``).
public struct PartFingerprint: Hashable, Sendable {
    public let size: Int
    public let crc32: UInt32
}
