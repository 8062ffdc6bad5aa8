import XMLStreaming
import IngestCore

/// Collects the `Relationship` elements of a `.rels` part. Matches on local name in the
/// package-relationships namespace, whatever the prefix (`r:Relationship` occurs).
final class RelationshipsReader: XMLEventHandler {
    struct Raw {
        let id: String
        let type: String
        let target: String
        let isExternal: Bool
    }

    private(set) var relationships: [Raw] = []
    let wantsCharacters = false
    var failure: IngestError? { nil }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        guard name.localName == "Relationship",
              name.namespace == .packageRelationships || name.namespace == .none else { return }
        guard let target = attributes.value("Target") else { return }
        relationships.append(Raw(
            id: attributes.value("Id") ?? "",
            type: attributes.value("Type") ?? "",
            target: target,
            isExternal: attributes.value("TargetMode")?.lowercased() == "external"
        ))
    }

    func endElement(_ name: XMLName) {}
    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}
}

/// Reads `[Content_Types].xml`: `Default` entries by extension and `Override` entries by part.
final class ContentTypesReader: XMLEventHandler {
    private(set) var byExtension: [String: String] = [:]
    private(set) var byPart: [String: String] = [:]
    let wantsCharacters = false
    var failure: IngestError? { nil }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        guard let type = attributes.value("ContentType") else { return }
        switch name.localName {
        case "Default":
            if let ext = attributes.value("Extension") { byExtension[ext.lowercased()] = type }
        case "Override":
            if let part = attributes.value("PartName") {
                byPart[PartName.key(String(part.drop(while: { $0 == "/" })))] = type
            }
        default: break
        }
    }

    func endElement(_ name: XMLName) {}
    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}

    /// The content type of a part, from its override or its extension.
    func contentType(of part: String) -> String? {
        if let type = byPart[PartName.key(part)] { return type }
        guard let dot = part.lastIndex(of: "."), !part[dot...].contains("/") else { return nil }
        return byExtension[String(part[part.index(after: dot)...]).lowercased()]
    }
}
