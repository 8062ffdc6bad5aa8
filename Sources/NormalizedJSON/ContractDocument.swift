import IngestCore
public import Segmentation
public import WordML

/// Builds the normalized document JSON of contract v1 (`docs/output-contract.md`,
/// schema in `schema/document.schema.json`) from the stages' results.
public enum ContractDocument {
    /// The contract version written in `schemaVersion`.
    public static let schemaVersion = "1"

    /// The contract JSON value of one converted document.
    /// - Parameters:
    ///   - source: The input file's identity.
    ///   - document: The block model (properties, notes, parse diagnostics).
    ///   - segmented: Items and replies.
    ///   - tk: Tweede Kamer metadata supplied by the caller, or `.null`.
    public static func build(source: SourceInfo, document: WordDocument, segmented: SegmentedDocument,
                             tk: JSONValue = .null) -> JSONValue {
        [
            "schemaVersion": .string(schemaVersion),
            "source": [
                "fileName": .string(source.fileName),
                "sha256": .string(source.sha256),
                "byteSize": .int(source.byteSize),
                "documentNumber": .string(source.documentNumber),
            ],
            "tk": tk,
            "profile": [
                "name": .string(segmented.profile.rawValue),
                "reason": .string(segmented.profileReason),
            ],
            "properties": properties(document.properties),
            "frontMatter": .array(segmented.frontMatter.map(matter)),
            "backMatter": .array(segmented.backMatter.map(matter)),
            "sections": .array(segmented.sections.map(section)),
            "items": .array(segmented.items.map(item)),
            "footnotes": .array(footnotes(document)),
            "diagnostics": .array(diagnostics(document, segmented)),
            "references": .array(segmented.references.map { reference in
                ["kind": .string(reference.kind.rawValue), "value": .string(reference.value), "text": .string(reference.text)]
            }),
        ]
    }

    private static func properties(_ properties: DocumentProperties) -> JSONValue {
        [
            "title": .string(properties.title.map(TextNormalizer.normalize)),
            "creator": .string(properties.creator),
            "lastModifiedBy": .string(properties.lastModifiedBy),
            "created": .string(properties.created),
            "modified": .string(properties.modified),
            "language": .string(properties.language),
        ]
    }

    private static func matter(_ entry: MatterEntry) -> JSONValue {
        ["role": .string(entry.role), "text": .string(entry.text)]
    }

    private static func section(_ section: Section) -> JSONValue {
        ["id": .string(section.id), "level": .int(section.level), "title": .string(section.title),
         "parentId": .string(section.parentId)]
    }

    private static func item(_ item: Item) -> JSONValue {
        [
            "id": .string(item.id),
            "kind": .string(item.kind.rawValue),
            "number": .string(item.number),
            "text": .string(item.text),
            "actor": .string(item.actor),
            "stance": .string(item.stance),
            "paragraphRefs": .array(item.paragraphRefs.map(JSONValue.int)),
            "sectionId": .string(item.sectionId),
            "parentId": .string(item.parentId),
            "footnoteIds": .array(item.footnoteIds.map(JSONValue.string)),
            "response": item.response.map(response) ?? .null,
        ]
    }

    private static func response(_ response: Response) -> JSONValue {
        [
            "text": .string(response.text),
            "paragraphs": .array(response.paragraphs.map(JSONValue.string)),
            "references": .array(response.references.map(reference)),
            "footnoteIds": .array(response.footnoteIds.map(JSONValue.string)),
            "answersItemIds": .array(response.answersItemIds.map(JSONValue.string)),
        ]
    }

    private static func reference(_ reference: CrossReference) -> JSONValue {
        var fields: [String: JSONValue] = ["kind": .string(reference.kind.rawValue), "itemId": .string(reference.itemId)]
        if let paragraph = reference.paragraph { fields["paragraph"] = .int(paragraph) }
        if let number = reference.number { fields["number"] = .string(number) }
        return .object(fields)
    }

    /// Footnotes and endnotes with their text and URLs (see ``ContractNote``).
    private static func footnotes(_ document: WordDocument) -> [JSONValue] {
        ContractNote.all(in: document).map { note -> JSONValue in
            ["id": .string(note.id), "kind": .string(note.kind.rawValue), "text": .string(note.text),
             "urls": .array(note.urls.map(JSONValue.string))]
        }
    }

    private static func diagnostics(_ document: WordDocument, _ segmented: SegmentedDocument) -> [JSONValue] {
        let parse: [JSONValue] = document.diagnostics.map { diagnostic in
            ["severity": .string(diagnostic.severity.rawValue), "code": .string(diagnostic.code),
             "message": .string(diagnostic.message), "itemId": .null, "part": .string(diagnostic.part)]
        }
        let segment: [JSONValue] = segmented.diagnostics.map { diagnostic in
            ["severity": .string(diagnostic.severity.rawValue), "code": .string(diagnostic.code),
             "message": .string(diagnostic.message), "itemId": .string(diagnostic.itemId), "part": .null]
        }
        return parse + segment
    }
}

