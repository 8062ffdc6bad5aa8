import IngestCore
public import Segmentation
public import WordML

/// Writes the normalized document JSON of contract v1 straight from the stages' results:
/// the same bytes as `JSONWriter.write(ContractDocument.build(…))`, without building a
/// ``JSONValue`` tree first. Each object's keys are written in their sorted order.
public enum ContractWriter {
    /// The contract JSON text of one converted document, ending with a newline.
    /// - Parameters:
    ///   - source: The input file's identity.
    ///   - document: The block model (properties, notes, parse diagnostics).
    ///   - segmented: Items and replies.
    ///   - tk: Tweede Kamer metadata supplied by the caller, or `.null`.
    public static func write(source: SourceInfo, document: WordDocument, segmented: SegmentedDocument,
                             tk: JSONValue = .null) -> [UInt8] {
        JSONStream.text(capacity: estimatedSize(document, segmented)) { json in
            json.openObject()
            json.key("backMatter")
            matter(segmented.backMatter, into: &json)
            json.key("diagnostics")
            diagnostics(document, segmented, into: &json)
            json.key("footnotes")
            footnotes(document, into: &json)
            json.key("frontMatter")
            matter(segmented.frontMatter, into: &json)
            json.key("items")
            json.array(segmented.items) { item, json in self.item(item, into: &json) }
            json.key("profile")
            json.openObject()
            json.member("name", segmented.profile.rawValue)
            json.member("reason", segmented.profileReason)
            json.closeObject()
            json.key("properties")
            properties(document.properties, into: &json)
            json.key("references")
            references(segmented.references, into: &json)
            json.member("schemaVersion", ContractDocument.schemaVersion)
            json.key("sections")
            sections(segmented.sections, into: &json)
            json.key("source")
            self.source(source, into: &json)
            json.key("tk")
            json.value(tk)
            json.closeObject()
        }
    }

    /// A generous guess at the output's size, so that the buffer seldom grows: the texts
    /// (reply paragraphs twice, as a list and joined) plus room for keys and indentation.
    private static func estimatedSize(_ document: WordDocument, _ segmented: SegmentedDocument) -> Int {
        var size = 8 * 1024 + 600 * (document.footnotes.count + document.endnotes.count)
            + 200 * (document.diagnostics.count + segmented.diagnostics.count + segmented.references.count)
        for item in segmented.items {
            size += 600 + item.text.utf8.count
            for paragraph in item.response?.paragraphs ?? [] { size += 16 + 2 * paragraph.utf8.count }
        }
        for entry in segmented.frontMatter { size += 80 + entry.text.utf8.count }
        for entry in segmented.backMatter { size += 80 + entry.text.utf8.count }
        for section in segmented.sections { size += 120 + section.title.utf8.count }
        return size
    }

    private static func source(_ source: SourceInfo, into json: inout JSONStream) {
        json.openObject()
        json.member("byteSize", source.byteSize)
        json.member("documentNumber", source.documentNumber)
        json.member("fileName", source.fileName)
        json.member("sha256", source.sha256)
        json.closeObject()
    }

    private static func properties(_ properties: DocumentProperties, into json: inout JSONStream) {
        json.openObject()
        json.member("created", properties.created)
        json.member("creator", properties.creator)
        json.member("language", properties.language)
        json.member("lastModifiedBy", properties.lastModifiedBy)
        json.member("modified", properties.modified)
        json.member("title", properties.title.map(TextNormalizer.normalize))
        json.closeObject()
    }

    private static func matter(_ entries: [MatterEntry], into json: inout JSONStream) {
        json.array(entries) { entry, json in
            json.openObject()
            json.member("role", entry.role)
            json.member("text", entry.text)
            json.closeObject()
        }
    }

    private static func sections(_ sections: [Section], into json: inout JSONStream) {
        json.array(sections) { section, json in
            json.openObject()
            json.member("id", section.id)
            json.member("level", section.level)
            json.member("parentId", section.parentId)
            json.member("title", section.title)
            json.closeObject()
        }
    }

    private static func item(_ item: Item, into json: inout JSONStream) {
        json.openObject()
        json.member("actor", item.actor)
        json.key("footnoteIds")
        json.strings(item.footnoteIds)
        json.member("id", item.id)
        json.member("kind", item.kind.rawValue)
        json.member("number", item.number)
        json.key("paragraphRefs")
        json.ints(item.paragraphRefs)
        json.member("parentId", item.parentId)
        json.key("response")
        if let response = item.response {
            self.response(response, into: &json)
        } else {
            json.null()
        }
        json.member("sectionId", item.sectionId)
        json.member("stance", item.stance)
        json.member("text", item.text)
        json.closeObject()
    }

    private static func response(_ response: Response, into json: inout JSONStream) {
        json.openObject()
        json.key("answersItemIds")
        json.strings(response.answersItemIds)
        json.key("footnoteIds")
        json.strings(response.footnoteIds)
        json.key("paragraphs")
        json.strings(response.paragraphs)
        json.key("references")
        json.array(response.references) { reference, json in self.reference(reference, into: &json) }
        // `Response.text`, written without joining the paragraphs into a new string.
        json.key("text")
        json.string(joining: response.paragraphs, separator: "\n\n")
        json.closeObject()
    }

    /// A cross reference; `number` and `paragraph` only when present.
    private static func reference(_ reference: CrossReference, into json: inout JSONStream) {
        json.openObject()
        json.member("itemId", reference.itemId)
        json.member("kind", reference.kind.rawValue)
        if let number = reference.number {
            json.member("number", number)
        }
        if let paragraph = reference.paragraph {
            json.member("paragraph", paragraph)
        }
        json.closeObject()
    }

    private static func footnotes(_ document: WordDocument, into json: inout JSONStream) {
        json.array(ContractNote.all(in: document)) { note, json in
            json.openObject()
            json.member("id", note.id)
            json.member("kind", note.kind.rawValue)
            json.member("text", note.text)
            json.key("urls")
            json.strings(note.urls)
            json.closeObject()
        }
    }

    /// The parse diagnostics (with their part), then the segmenter's (with their item).
    private static func diagnostics(_ document: WordDocument, _ segmented: SegmentedDocument,
                                    into json: inout JSONStream) {
        json.openArray()
        for diagnostic in document.diagnostics {
            diagnosticEntry(severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
                            itemId: nil, part: diagnostic.part, into: &json)
        }
        for diagnostic in segmented.diagnostics {
            diagnosticEntry(severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
                            itemId: diagnostic.itemId, part: nil, into: &json)
        }
        json.closeArray()
    }

    private static func diagnosticEntry(severity: Diagnostic.Severity, code: String, message: String,
                                        itemId: String?, part: String?, into json: inout JSONStream) {
        json.element()
        json.openObject()
        json.member("code", code)
        json.member("itemId", itemId)
        json.member("message", message)
        json.member("part", part)
        json.member("severity", severity.rawValue)
        json.closeObject()
    }

    private static func references(_ references: [DocumentReference], into json: inout JSONStream) {
        json.array(references) { reference, json in
            json.openObject()
            json.member("kind", reference.kind.rawValue)
            json.member("text", reference.text)
            json.member("value", reference.value)
            json.closeObject()
        }
    }
}
