import XMLStreaming
import IngestCore

/// Reads `docProps/core.xml` (Dublin Core metadata) into ``DocumentProperties``.
final class CorePropertiesReader: XMLEventHandler {
    private(set) var properties = DocumentProperties()
    private var field: WritableKeyPath<DocumentProperties, String?>?
    private var buffer: [UInt8] = []
    private var depth = 0

    var wantsCharacters: Bool { field != nil }
    var failure: IngestError? { nil }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        depth += 1
        guard depth == 2 else { return }
        switch (name.namespace, name.localName) {
        case (.dublinCore, "title"): field = \.title
        case (.dublinCore, "subject"): field = \.subject
        case (.dublinCore, "creator"): field = \.creator
        case (.dublinCore, "language"): field = \.language
        case (.coreProperties, "lastModifiedBy"): field = \.lastModifiedBy
        case (.dublinCoreTerms, "created"): field = \.created
        case (.dublinCoreTerms, "modified"): field = \.modified
        default: field = nil
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func endElement(_ name: XMLName) {
        defer { depth -= 1 }
        guard depth == 2, let field else { return }
        let value = String(decoding: buffer, as: UTF8.self).trimmingASCIISpaces
        if !value.isEmpty, properties[keyPath: field] == nil { properties[keyPath: field] = value }
        self.field = nil
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: utf8)
    }
}
